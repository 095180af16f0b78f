import os from 'node:os';
import path from 'node:path';
import type { Handlers } from './types';
import { fail } from '../../../shared/contract/errors';
import type { Change } from '../../../shared/domain/plan-diff';
import { contextFor, type ChangeContext } from '../../../shared/domain/change-sentences';
import { originCounts, resolve, type Conflict, type MergeChange } from '../../../shared/domain/plan-merge';
import type { PlanState } from '../../../shared/domain/plan-state';
import { applyState } from '../versions/state';
import { createVersion } from '../versions/store';
import { planMerge, takeInVersions } from '../versions/merge';

const userName = (): string | null => {
  try {
    return os.userInfo().username || null;
  } catch {
    return null;
  }
};

/** What each copy says about a conflict, as changes against the common version (for its two sentences). */
function conflictChanges(c: Conflict, base: PlanState): Change[] {
  if (c.kind === 'field') return [{ table: c.table, key: c.key, kind: 'changed', field: c.field, before: c.base ?? null, after: c.ours }];
  const was = base.tables[c.table]?.[c.key];
  return [{ table: c.table, key: c.key, kind: was ? 'removed' : 'added', ...(was ? { before: was } : { after: c.kept }) }];
}

/** The rows the sentences name, from the common version, the result and both copies. */
function contextOf(changes: readonly MergeChange[], conflicts: readonly Conflict[], states: { base: PlanState; merged: PlanState; ours: PlanState; theirs: PlanState }): ChangeContext {
  const pseudo = conflicts.flatMap((c) => conflictChanges(c, states.base));
  // Rows are named as they were in the common version first (a renamed row by its old name, as
  // both copies knew it), then as the result and each copy have them (rows new since).
  const parts = [
    contextFor([...changes, ...pseudo], states.base, states.base),
    contextFor(changes, states.base, states.merged),
    contextFor(pseudo, states.base, states.ours),
    contextFor(pseudo, states.base, states.theirs),
  ];
  const out: ChangeContext = {};
  for (const part of parts) for (const [table, rows] of Object.entries(part)) out[table] = { ...rows, ...out[table] };
  return out;
}

export const mergeHandlers = {
  /** What merging the other file would do: nothing is written to either file. */
  'plan.merge.preview': (ctx, { path: file }) => {
    const m = planMerge(ctx, file);
    const { ours, theirs } = m.result.inputs;
    return {
      file: path.basename(m.file),
      base: m.base ? { name: m.base.name, createdAt: m.base.createdAt } : null,
      conflicts: m.result.conflicts,
      changes: m.result.origin,
      counts: originCounts(m.result.origin),
      context: contextOf(m.result.origin, m.result.conflicts, { base: m.baseState, merged: m.result.merged, ours, theirs }),
      incomingVersions: m.incoming.length,
    };
  },

  /**
   * The merge with the user's decisions written into the open plan, one undo step: the result's
   * rows (applyState), the other file's versions, and a version naming the merge.
   */
  'plan.merge.apply': (ctx, { path: file, decisions, versionName }) => {
    const m = planMerge(ctx, file, true);
    // Either file changed since the preview, so its conflicts are not the ones decided.
    if (m.result.conflicts.some((c) => !decisions[c.id])) fail({ kind: 'conflict', entity: 'merge', id: path.basename(m.file) });
    const done = resolve(m.result, decisions);
    const db = ctx.db();
    const written = applyState(db, done.merged, m.result.inputs.ours);
    takeInVersions(db, m.incoming, m.chunks);
    const version = createVersion(db, { name: versionName, createdBy: userName() });
    const { ours, theirs } = m.result.inputs;
    return {
      changes: done.origin,
      counts: originCounts(done.origin),
      context: contextOf(done.origin, [], { base: m.baseState, merged: done.merged, ours, theirs }),
      ...written,
      versionId: version.id,
    };
  },
} satisfies Handlers<'plan.merge.preview' | 'plan.merge.apply'>;
