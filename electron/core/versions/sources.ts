import type { Db } from '../storage/connection';
import { rowKey, type Cell, type PlanState, type Row } from '../../../shared/domain/plan-state';
import type { Reference } from '../../../shared/domain/plan-merge';
import { FINEST, bucketOf, coarser, digestTable, hasRowid, readLines, readLinesByKey, readLinesByRowid, rollUp, sameDigest, type Digest, type Level } from './buckets';
import { contentTables, selectColumns, type TableShape } from './state';

/**
 * A plan's content as compare and merge read it: per table, digests of its buckets, the rows of
 * chosen buckets, and one row by its key. A plan file (`DbSource`) and a stored version
 * (`VersionSource`, chunk by chunk) are both sources, so any two or three of them are compared
 * by reading only the buckets whose digests differ (`sparseStates`).
 */
export interface StateSource {
  planId: string;
  schemaVersion: number;
  /** The table's columns as state rows hold them, and its key columns; null when the source lacks the table. */
  shape(table: string): { columns: string[]; keys: string[] } | null;
  /** The finest level the source has the table's buckets at. */
  level(table: string): Level;
  /** The digests at the source's own level. */
  digests(table: string): ReadonlyMap<number, Digest>;
  /** The rows of these buckets (of the source's own level), as JSON lines. */
  lines(table: string, buckets: readonly number[]): string[];
  /** Rows by their primary-key values, as JSON lines (keys without a row are left out). */
  linesByKey(table: string, keys: readonly (readonly Cell[])[]): string[];
}

/** State rows from JSON lines, keyed as readState keys them. */
export function rowsOf(columns: readonly string[], keys: readonly string[], lines: readonly string[], into: Record<string, Row> = {}): Record<string, Row> {
  const keyAt = keys.map((k) => columns.indexOf(k));
  for (const line of lines) {
    const values = JSON.parse(line) as Cell[];
    const row: Row = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]!] = values[c] ?? null;
    into[rowKey(keyAt.map((i) => values[i] ?? null))] = row;
  }
  return into;
}

// The open plan's source, kept while its file is unchanged: a merge's preview and apply, or two
// compares in a row, read its digests once.
const kept = new WeakMap<Db, { stamp: string; source: DbSource }>();

/** What changes with every write to the file: this connection's row changes and any other's commit. */
const stampOf = (db: Db) => `${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`;

/** A plan file's content: each table's digests at the finest level, read when first asked for. */
export class DbSource implements StateSource {
  /** The source of the open plan, the same one again while the file has not changed. */
  static of(db: Db): DbSource {
    const stamp = stampOf(db);
    const hit = kept.get(db);
    if (hit?.stamp === stamp) return hit.source;
    const source = new DbSource(db);
    // Kept only outside a transaction: one that rolls back its writes leaves the stamp as it was.
    if (!db.inTransaction) kept.set(db, { stamp, source });
    return source;
  }

  readonly planId: string;
  readonly schemaVersion: number;
  private readonly tables: Map<string, TableShape>;
  private readonly digested = new Map<string, { digests: Map<number, Digest>; rowids: Map<number, number[]> | null }>();

  constructor(readonly db: Db) {
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    this.planId = (db.prepare('SELECT id FROM plan LIMIT 1').pluck().get() as string | undefined) ?? '';
    this.tables = new Map(contentTables(db).map((t) => [t.name, t]));
  }

  /** The content tables, parents first (the order contentTables gives). */
  shapes(): TableShape[] {
    return [...this.tables.values()];
  }

  shape(table: string) {
    const t = this.tables.get(table);
    return t ? { columns: selectColumns(t), keys: t.keys } : null;
  }

  level(): Level {
    return FINEST;
  }

  digests(table: string): ReadonlyMap<number, Digest> {
    const shape = this.tables.get(table);
    if (!shape) return new Map();
    let d = this.digested.get(table);
    if (!d) {
      const rowids = hasRowid(this.db, table) ? new Map<number, number[]>() : null;
      d = { digests: digestTable(this.db, shape, FINEST, rowids), rowids };
      this.digested.set(table, d);
    }
    return d.digests;
  }

  /** Read right after the digests, on the same connection, with no write between: the rowids still hold. */
  lines(table: string, buckets: readonly number[]): string[] {
    const shape = this.tables.get(table);
    if (!shape || !buckets.length) return [];
    this.digests(table);
    const rowids = this.digested.get(table)!.rowids;
    if (rowids) return readLinesByRowid(this.db, shape, buckets.flatMap((b) => rowids.get(b) ?? []));
    return [...readLines(this.db, shape, FINEST, buckets).values()].flat();
  }

  linesByKey(table: string, keys: readonly (readonly Cell[])[]): string[] {
    const shape = this.tables.get(table);
    return shape && keys.length ? readLinesByKey(this.db, shape, keys) : [];
  }
}

/**
 * The content of `sources` (all of one schema), limited to the rows that can differ: per table,
 * every row of each bucket whose digest is not the same in all sources, plus the rows those
 * rows refer to (recursively, by `references`), which the sentences name and the merge checks.
 * A referred row in a bucket equal everywhere is the same row in every source, so it is added to
 * every state alike. diffStates, mergeStates and contextFor give on these states what they give
 * on the whole states (a test holds them to it): rows left out are equal in every source.
 */
export function sparseStates(sources: readonly StateSource[], references: readonly Reference[], tables: readonly string[]): PlanState[] {
  const states: PlanState[] = sources.map((s) => ({ planId: s.planId, schemaVersion: s.schemaVersion, tables: {} }));
  const plan = new Map<string, { level: Level; differing: Set<number>; columns: string[]; keys: string[] }>();
  for (const table of tables) {
    const shape = sources.map((s) => s.shape(table)).find((x) => x);
    if (!shape) continue;
    const level = Math.min(...sources.map((s) => s.level(table))) as Level;
    const digests = sources.map((s) => rollUp(s.digests(table), s.level(table), level));
    const buckets = new Set(digests.flatMap((d) => [...d.keys()]));
    const differing = new Set([...buckets].filter((b) => digests.some((d) => !sameDigest(d.get(b), digests[0]!.get(b)))));
    plan.set(table, { level, differing, ...shape });
    sources.forEach((s, i) => {
      const own = s.level(table);
      const chosen = differing.size ? [...s.digests(table).keys()].filter((b) => differing.has(coarser(b, own, level))) : [];
      states[i]!.tables[table] = rowsOf(shape.columns, shape.keys, s.lines(table, chosen));
    });
  }
  // The closure over references, a round a level up: rows in equal buckets, the same in every
  // source, read from one (a plan file answers by primary key, a table's rows in one query).
  const reader = sources.find((s) => s instanceof DbSource) ?? sources[0]!;
  const byTable = new Map<string, Reference[]>();
  for (const r of references) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r]);
  const seen = new Set<string>();
  let frontier: { table: string; row: Row }[] = [];
  for (const st of states) for (const [table, rows] of Object.entries(st.tables)) for (const [key, row] of Object.entries(rows)) {
    if (seen.has(`${table}\u0000${key}`)) continue;
    seen.add(`${table}\u0000${key}`);
    frontier.push({ table, row });
  }
  while (frontier.length) {
    const need = new Map<string, Cell[][]>();
    for (const { table, row } of frontier) {
      for (const ref of byTable.get(table) ?? []) {
        const p = plan.get(ref.parent);
        const values = ref.columns.map((c) => row[c] ?? null);
        if (!p || values.some((v) => v === null)) continue;
        if (p.differing.has(bucketOf(values[0]!, p.level))) continue; // read whole in every state already
        const id = `${ref.parent}\u0000${rowKey(values)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        need.set(ref.parent, [...(need.get(ref.parent) ?? []), values]);
      }
    }
    frontier = [];
    for (const [table, keys] of need) {
      const p = plan.get(table)!;
      for (const [key, row] of Object.entries(rowsOf(p.columns, p.keys, reader.linesByKey(table, keys)))) {
        for (const st of states) st.tables[table]![key] = row;
        frontier.push({ table, row });
      }
    }
  }
  return states;
}
