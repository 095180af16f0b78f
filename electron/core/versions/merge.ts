import path from 'node:path';
import { fail } from '../../../shared/contract/errors';
import { VERSION_CHUNK_TABLE, VERSION_TABLE, type PlanState } from '../../../shared/domain/plan-state';
import { mergeStates, type MergeResult, type Reference } from '../../../shared/domain/plan-merge';
import type { CoreContext } from '../context';
import type { Db } from '../storage/connection';
import { DbSource, sparseStates } from './sources';
import { contentTables } from './state';
import { fileSource, versionSource, type OpenSource } from './sides';
import { decodeManifest, listVersions } from './store';
import { digestId } from './buckets';

/**
 * Merging a colleague's copy of the open plan (issue 21): the common version both files carry,
 * the three states, and the versions the other file brings. Neither file is written here;
 * plan.merge.apply writes the result into the open plan in one command.
 */

/** The schema's foreign keys, as SQLite declares them: what a merge must keep whole. */
export function references(db: Db): Reference[] {
  const out: Reference[] = [];
  for (const shape of contentTables(db)) {
    const keys = db.prepare('SELECT id, seq, "table" AS parent, "from" AS col, on_delete AS onDelete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(shape.name) as {
      id: number;
      parent: string;
      col: string;
      onDelete: string;
    }[];
    const byId = new Map<number, Reference>();
    for (const k of keys) {
      const ref = byId.get(k.id) ?? { table: shape.name, columns: [], parent: k.parent, onDelete: onDeleteOf(k.onDelete) };
      (ref.columns as string[]).push(k.col);
      byId.set(k.id, ref);
    }
    out.push(...byId.values());
  }
  return out;
}

const onDeleteOf = (rule: string): Reference['onDelete'] => {
  const r = rule.toLowerCase();
  return r === 'cascade' || r === 'set null' || r === 'restrict' ? r : 'no action';
};

/** A version row as stored: copied as it is into the file that takes it in. */
export interface VersionRow {
  id: string;
  name: string;
  created_at: string;
  created_by: string | null;
  schema_version: number;
  row_count: number;
  state: Buffer;
  format: number;
  bytes: number | null;
}

/** The chunks the versions taken in use, each with the first of them that uses it. */
export type VersionChunks = { id: string; version_id: string; data: Buffer }[];

/** The versions another plan file carries (read from its source, of the current schema). */
function versionsOf(db: Db): VersionRow[] {
  return db.prepare(`SELECT id, name, created_at, created_by, schema_version, row_count, state, format, bytes FROM ${VERSION_TABLE}`).all() as VersionRow[];
}

function chunksOf(db: Db, versions: readonly VersionRow[]): VersionChunks {
  const firstUse = new Map<string, string>();
  for (const v of versions.filter((x) => x.format === 2)) {
    for (const t of Object.values(decodeManifest(v.state).tables)) for (const [, a, b, n] of t.chunks) {
      const id = digestId({ a, b, n });
      if (!firstUse.has(id)) firstUse.set(id, v.id);
    }
  }
  const read = db.prepare(`SELECT data FROM ${VERSION_CHUNK_TABLE} WHERE id = ?`).pluck();
  return [...firstUse].map(([id, version_id]) => {
    const data = read.get(id) as Buffer | undefined;
    if (!data) throw new Error(`version chunk ${id} is missing in the other file`);
    return { id, version_id, data };
  });
}

export interface MergePlan {
  file: string;
  /** The newest version both files carry; null when they share none (every difference is then a conflict). */
  base: { id: string; name: string; createdAt: string } | null;
  /** The common version's rows that can matter (sparseStates): all the sentences and the merge need. */
  baseState: PlanState;
  result: MergeResult;
  /** The other file's versions this plan lacks: taken in, so the next merge finds a newer base. */
  incoming: VersionRow[];
  /** Their chunks, read only for apply. */
  chunks: VersionChunks;
}

/**
 * Everything a merge with `file` needs, read without writing either file. The three states
 * hold only the rows that can differ (sparseStates): rows all three share are left as they are.
 */
export function planMerge(ctx: CoreContext, file: string, forApply = false): MergePlan {
  const db = ctx.db();
  const abs = path.resolve(file);
  const opened: OpenSource[] = [];
  try {
    const theirs = fileSource(ctx, abs);
    opened.push(theirs);
    const ours = DbSource.of(db);
    if (theirs.source.planId !== ours.planId) fail({ kind: 'file', reason: 'otherPlan', file: abs });
    const other = versionsOf(theirs.db!);
    const theirIds = new Set(other.map((v) => v.id));
    const mine = listVersions(db); // newest first
    const common = mine.find((v) => theirIds.has(v.id)) ?? null;
    const base = common ? versionSource(ctx, common.id) : null;
    if (base) opened.push(base);
    const refs = references(db);
    const tables = ours.shapes().map((s) => s.name);
    const states = sparseStates(base ? [base.source, ours, theirs.source] : [ours, theirs.source], refs, tables);
    const [baseState, oursState, theirsState] = base ? states : [null, ...states];
    const mineIds = new Set(mine.map((v) => v.id));
    const incoming = other.filter((v) => !mineIds.has(v.id));
    return {
      file: abs,
      base: common ? { id: common.id, name: common.name, createdAt: common.createdAt } : null,
      baseState: baseState ?? { planId: ours.planId, schemaVersion: ours.schemaVersion, tables: {} },
      result: mergeStates(baseState ?? null, oursState!, theirsState!, refs),
      incoming,
      chunks: forApply ? chunksOf(theirs.db!, incoming) : [],
    };
  } finally {
    for (const o of opened) o.close();
  }
}

/** Takes in the other file's versions with their chunks (inside the caller's transaction). */
export function takeInVersions(db: Db, rows: readonly VersionRow[], chunks: VersionChunks): void {
  // A chunk this plan already holds is shared: its version counts the merge in (see migration 9).
  const ownerOf = db.prepare(`SELECT version_id FROM ${VERSION_CHUNK_TABLE} WHERE id = ?`).pluck();
  const chunk = db.prepare(`INSERT INTO ${VERSION_CHUNK_TABLE} (id, version_id, data) VALUES (@id, @version_id, @data)`);
  const owners = new Set<string>();
  for (const c of chunks) {
    const owner = ownerOf.get(c.id) as string | undefined;
    if (owner) owners.add(owner);
    else chunk.run(c);
  }
  const share = db.prepare(`UPDATE ${VERSION_TABLE} SET shared = shared + 1 WHERE id = ?`);
  for (const owner of owners) share.run(owner);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${VERSION_TABLE} (id, name, created_at, created_by, schema_version, row_count, state, format, bytes) VALUES (@id, @name, @created_at, @created_by, @schema_version, @row_count, @state, @format, @bytes)`,
  );
  for (const row of rows) insert.run(row);
}
