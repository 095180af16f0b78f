import path from 'node:path';
import { fail } from '../../../shared/contract/errors';
import { VERSION_TABLE, type PlanState } from '../../../shared/domain/plan-state';
import { mergeStates, type MergeResult, type Reference } from '../../../shared/domain/plan-merge';
import type { CoreContext } from '../context';
import { connect, type Db } from '../storage/connection';
import { contentTables, readState } from './state';
import { fileState, versionState } from './sides';
import { listVersions } from './store';

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
}

/** The versions another plan file carries (none in a file older than the versions table), read-only. */
function versionsOf(ctx: CoreContext, file: string): VersionRow[] {
  const db = connect(file, { readonly: true, ...(ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {}) });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(VERSION_TABLE);
    return has ? (db.prepare(`SELECT id, name, created_at, created_by, schema_version, row_count, state FROM ${VERSION_TABLE}`).all() as VersionRow[]) : [];
  } finally {
    db.close();
  }
}

export interface MergePlan {
  file: string;
  /** The newest version both files carry; null when they share none (every difference is then a conflict). */
  base: { id: string; name: string; createdAt: string } | null;
  baseState: PlanState;
  result: MergeResult;
  /** The other file's versions this plan lacks: taken in, so the next merge finds a newer base. */
  incoming: VersionRow[];
}

/** Everything a merge with `file` needs, read without writing either file. */
export function planMerge(ctx: CoreContext, file: string): MergePlan {
  const db = ctx.db();
  const abs = path.resolve(file);
  const theirs = fileState(ctx, abs);
  const ours = readState(db);
  if (theirs.planId !== ours.planId) fail({ kind: 'file', reason: 'otherPlan', file: abs });
  const other = versionsOf(ctx, abs);
  const theirIds = new Set(other.map((v) => v.id));
  const mine = listVersions(db); // newest first
  const common = mine.find((v) => theirIds.has(v.id)) ?? null;
  const baseState = common ? versionState(ctx, common.id) : null;
  const mineIds = new Set(mine.map((v) => v.id));
  return {
    file: abs,
    base: common ? { id: common.id, name: common.name, createdAt: common.createdAt } : null,
    baseState: baseState ?? { planId: ours.planId, schemaVersion: ours.schemaVersion, tables: {} },
    result: mergeStates(baseState, ours, theirs, references(db)),
    incoming: other.filter((v) => !mineIds.has(v.id)),
  };
}

/** Takes in the other file's versions (inside the caller's transaction). */
export function takeInVersions(db: Db, rows: readonly VersionRow[]): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${VERSION_TABLE} (id, name, created_at, created_by, schema_version, row_count, state) VALUES (@id, @name, @created_at, @created_by, @schema_version, @row_count, @state)`,
  );
  for (const row of rows) insert.run(row);
}
