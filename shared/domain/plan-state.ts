// A plan's content as plain data, generic over tables: what a version stores, what compare
// diffs and what merge combines. Read and written by electron/core/versions/state.ts from the
// schema itself (sqlite_master, pragma table_info), so a table a later migration adds is
// covered without code here.

/** One SQLite value of a plan (plans hold no BLOBs). */
export type Cell = string | number | null;

/** A row: column → value. */
export type Row = Record<string, Cell>;

export interface PlanState {
  planId: string;
  schemaVersion: number;
  /** table → row key (primary-key values JSON-encoded as an array) → column → value */
  tables: Record<string, Record<string, Record<string, Cell>>>;
}

/** The table versions live in (migration 8): never part of a state, or a version would hold all before it. */
export const VERSION_TABLE = 'plan_version';

/** Where format-2 versions keep their rows (migration 9). */
export const VERSION_CHUNK_TABLE = 'plan_version_chunk';

/** The tables that hold versions, not content: never part of a state. */
export const VERSION_TABLES: ReadonlySet<string> = new Set([VERSION_TABLE, VERSION_CHUNK_TABLE]);

/** Columns that record when a row was written, not what it says: no change of content. */
export const BOOKKEEPING_COLUMNS: ReadonlySet<string> = new Set(['created_at', 'updated_at']);

/** The key of a row from its primary-key values, as states store it. */
export const rowKey = (values: readonly Cell[]): string => JSON.stringify(values);

/** The primary-key values back from a row key. */
export const keyValues = (key: string): Cell[] => JSON.parse(key) as Cell[];

/** How many rows a state holds (for sizes and logs). */
export const rowCount = (state: PlanState): number => Object.values(state.tables).reduce((n, rows) => n + Object.keys(rows).length, 0);
