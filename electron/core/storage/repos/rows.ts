import { randomUUID } from 'node:crypto';
import type { Db } from '../connection';

/** The one clock of the core: ISO-8601 UTC. */
export const now = () => new Date().toISOString();

/**
 * Today's date where the user is (the machine's local date, YYYY-MM-DD): what "late" and
 * "overdue" are measured against, the same for the Dashboard, the lists and the detail views.
 */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
export const newId = () => randomUUID();

/**
 * The updatedAt after `previous`: now, but always later than before, so two saves within one
 * millisecond still count as two versions and the conflict check cannot miss the second.
 */
export function nextStamp(previous: string): string {
  const t = now();
  if (t > previous) return t;
  const after = Date.parse(previous) + 1;
  return Number.isNaN(after) ? t : new Date(after).toISOString();
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A database row with snake_case columns as a camelCase record; `flags` are 0/1 columns. */
export function fromRow<T>(row: Record<string, unknown>, flags: readonly string[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  for (const f of flags) out[f] = out[f] === 1;
  return out as T;
}

export type Value = string | number | bigint | null | boolean | undefined;

export const snakeCase = snake;
export const toSql = (v: Value) => (typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v);

/** INSERT of a camelCase record into `table`; column names come from code, never from input. */
export function insertRow(db: Db, table: string, record: Record<string, Value>): void {
  const keys = Object.keys(record);
  const sql = `INSERT INTO ${table} (${keys.map(snake).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
  db.prepare(sql).run(...keys.map((k) => toSql(record[k])));
}

/** INSERT of a new row: a fresh id, created and updated now. Returns the id. */
export function insertNew(db: Db, table: string, record: Record<string, Value>): string {
  const t = now();
  const id = newId();
  insertRow(db, table, { id, ...record, createdAt: t, updatedAt: t });
  return id;
}

/** UPDATE of some columns of one row by id; column names come from code, never from input. */
export function updateRow(db: Db, table: string, id: string, record: Record<string, Value>): void {
  const keys = Object.keys(record);
  if (keys.length === 0) return;
  const sql = `UPDATE ${table} SET ${keys.map((k) => `${snake(k)} = ?`).join(', ')} WHERE id = ?`;
  db.prepare(sql).run(...keys.map((k) => toSql(record[k])), id);
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
