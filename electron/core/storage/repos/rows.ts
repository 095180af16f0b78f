import { randomUUID } from 'node:crypto';
import type { Db } from '../connection';

/** The one clock of the core: ISO-8601 UTC. */
export const now = () => new Date().toISOString();
export const newId = () => randomUUID();

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A database row with snake_case columns as a camelCase record; `flags` are 0/1 columns. */
export function fromRow<T>(row: Record<string, unknown>, flags: readonly string[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  for (const f of flags) out[f] = out[f] === 1;
  return out as T;
}

type Value = string | number | bigint | null | boolean | undefined;

const toSql = (v: Value) => (typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v);

/** INSERT of a camelCase record into `table`; column names come from code, never from input. */
export function insertRow(db: Db, table: string, record: Record<string, Value>): void {
  const keys = Object.keys(record);
  const sql = `INSERT INTO ${table} (${keys.map(snake).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
  db.prepare(sql).run(...keys.map((k) => toSql(record[k])));
}

/** Groups rows of a link table by one column, for lists that carry ids of related things. */
export function groupIds(rows: { owner: string; other: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(r.owner);
    if (list) list.push(r.other);
    else map.set(r.owner, [r.other]);
  }
  return map;
}
