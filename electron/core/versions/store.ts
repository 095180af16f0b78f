import { randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import type { Db } from '../storage/connection';
import { VERSION_TABLE, rowKey, rowCount, type Cell, type PlanState, type Row } from '../../../shared/domain/plan-state';
import { readState } from './state';

/**
 * Versions as rows of the plan file (migration 8). A version's state is stored column-wise
 * (per table: its columns once, then each row's values in that order), as JSON deflated with
 * node:zlib: the column names are not repeated per row and similar values sit together, so it
 * compresses to a fraction of the row-wise JSON (bench: "Version: bytes added").
 */
interface StoredTable {
  columns: string[];
  /** Indexes into `columns` of the primary key, in key order. */
  key: number[];
  rows: Cell[][];
  /** Each row's key as is, only when the key is not found from its columns (never for today's tables). */
  keys?: string[];
}

interface StoredState {
  planId: string;
  schemaVersion: number;
  tables: Record<string, StoredTable>;
}

export function encodeState(state: PlanState): Buffer {
  const tables: Record<string, StoredTable> = {};
  for (const [name, rows] of Object.entries(state.tables)) {
    const entries = Object.entries(rows);
    const first = entries[0];
    const columns = first ? Object.keys(first[1]) : [];
    // The key's columns, found from the first row: the values its key was made from.
    const keyValues = first ? (JSON.parse(first[0]) as Cell[]) : [];
    const key = first ? keyColumns(first[1], keyValues, columns) ?? [] : [];
    const values = entries.map(([, row]) => columns.map((c) => row[c] ?? null));
    const derivable = entries.every(([k], n) => k === rowKey(key.map((i) => values[n]![i] ?? null)));
    tables[name] = derivable ? { columns, key, rows: values } : { columns, key: [], rows: values, keys: entries.map(([k]) => k) };
  }
  const stored: StoredState = { planId: state.planId, schemaVersion: state.schemaVersion, tables };
  return deflateRawSync(Buffer.from(JSON.stringify(stored)), { level: constants.Z_BEST_COMPRESSION });
}

/** Which columns a row's key values come from (in key order); a value matching two columns takes the first. */
function keyColumns(row: Row, values: Cell[], columns: string[]): number[] | null {
  const used = new Set<number>();
  const out: number[] = [];
  for (const v of values) {
    const i = columns.findIndex((c, n) => !used.has(n) && row[c] === v);
    if (i < 0) return null;
    used.add(i);
    out.push(i);
  }
  return out;
}

export function decodeState(bytes: Buffer): PlanState {
  const stored = JSON.parse(inflateRawSync(bytes).toString('utf8')) as StoredState;
  const tables: PlanState['tables'] = {};
  for (const [name, t] of Object.entries(stored.tables)) {
    const rows: Record<string, Row> = {};
    t.rows.forEach((values, n) => {
      const row: Row = {};
      for (let c = 0; c < t.columns.length; c++) row[t.columns[c]!] = values[c] ?? null;
      rows[t.keys ? t.keys[n]! : rowKey(t.key.map((i) => values[i] ?? null))] = row;
    });
    tables[name] = rows;
  }
  return { planId: stored.planId, schemaVersion: stored.schemaVersion, tables };
}

export interface VersionInfo {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
  schemaVersion: number;
  rowCount: number;
  /** The stored (compressed) state's size: what the version adds to the file, give or take a page. */
  bytes: number;
}

const infoColumns = `id, name, created_at AS createdAt, created_by AS createdBy, schema_version AS schemaVersion, row_count AS rowCount, length(state) AS bytes`;

export function listVersions(db: Db): VersionInfo[] {
  return db.prepare(`SELECT ${infoColumns} FROM ${VERSION_TABLE} ORDER BY created_at DESC, name`).all() as VersionInfo[];
}

export function getVersion(db: Db, id: string): VersionInfo | null {
  return (db.prepare(`SELECT ${infoColumns} FROM ${VERSION_TABLE} WHERE id = ?`).get(id) as VersionInfo | undefined) ?? null;
}

/** A version's stored state (of its own schema version); null when there is no such version. */
export function loadVersionState(db: Db, id: string): PlanState | null {
  const bytes = db.prepare(`SELECT state FROM ${VERSION_TABLE} WHERE id = ?`).pluck().get(id) as Buffer | undefined;
  return bytes ? decodeState(bytes) : null;
}

/** Names the plan's content now as a version. `state` when the caller already read it. */
export function createVersion(db: Db, fields: { name: string; createdBy?: string | null; createdAt?: string }, state: PlanState = readState(db)): VersionInfo {
  const id = randomUUID();
  db.prepare(`INSERT INTO ${VERSION_TABLE} (id, name, created_at, created_by, schema_version, row_count, state) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    id,
    fields.name,
    fields.createdAt ?? new Date().toISOString(),
    fields.createdBy ?? null,
    state.schemaVersion,
    rowCount(state),
    encodeState(state),
  );
  return getVersion(db, id)!;
}
