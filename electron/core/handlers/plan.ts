import path from 'node:path';
import fs from 'node:fs';
import type { Handlers } from './types';
import type { CoreContext } from '../context';
import type { PlanFile } from '../../../shared/schemas/plan';
import { AppFailure, fail } from '../../../shared/contract/errors';
import { PLAN_EXTENSION } from '../storage/file-format';
import { backupTo, createPlanFile, openPlan, type OpenedPlan } from '../storage/open-plan';
import { acquireLock, type PlanLock } from '../storage/lock-file';
import { getPlan, insertBuiltInFundingSources, insertPlan, updatePlan } from '../storage/repos/plan-repo';
import { deleteImpact } from '../storage/repos/impact-repo';
import { updateLabel } from '../storage/repos/versions';
import { writeExamplePlan, exampleFileName } from '../example/example-plan';
import { History } from '../storage/undo';

/** Plans are `.s3plan` files; a path typed without the extension gets it. */
const withExtension = (file: string) => {
  const abs = path.resolve(file);
  return abs.toLowerCase().endsWith(PLAN_EXTENSION) ? abs : abs + PLAN_EXTENSION;
};

function describe(ctx: CoreContext): PlanFile {
  const open = ctx.plan ?? fail({ kind: 'noPlanOpen' });
  const plan = getPlan(open.db) ?? fail({ kind: 'file', reason: 'corrupt', file: open.path });
  return { path: open.path, plan, isExample: open.isExample, readOnly: open.readOnly };
}

/** The lock of a file this core already holds (reopening the open plan), so it is not refused as "open elsewhere". */
const heldLock = (ctx: CoreContext, file: string): PlanLock | undefined => (ctx.plan?.path === file ? (ctx.plan.lock ?? undefined) : undefined);

/**
 * Opens a file as the core's plan. Nothing is replaced until the new plan is good: a refused
 * file leaves the open plan open and no connection or lock of the refused one behind.
 */
function openAt(ctx: CoreContext, file: string, options: { isExample?: boolean; readOnly?: boolean; lock?: PlanLock } = {}): PlanFile {
  const lock = options.lock ?? (options.readOnly ? undefined : heldLock(ctx, file));
  const opened = openPlan(file, { nativeBinding: ctx.options.nativeBinding, ...(options.readOnly ? { readOnly: true } : {}), ...(lock ? { lock } : {}) });
  let history: History;
  try {
    if (!getPlan(opened.db)) fail({ kind: 'file', reason: 'corrupt', file });
    history = new History(opened.db);
  } catch (e) {
    opened.db.close();
    if (opened.lock && opened.lock !== lock) opened.lock.release();
    throw e;
  }
  ctx.setPlan(session(opened, file, options.isExample ?? false, history));
  return describe(ctx);
}

/** Opens a file read-only as the core's plan (a version written out by version.open). */
export const openPlanReadOnly = (ctx: CoreContext, file: string): PlanFile => openAt(ctx, file, { readOnly: true });

const session = (opened: OpenedPlan, file: string, isExample: boolean, history: History) => ({
  db: opened.db,
  path: file,
  isExample,
  history,
  readOnly: opened.readOnly,
  lock: opened.lock,
  identity: opened.identity,
});

/**
 * Takes the lock of a file the core is about to write (create, Save As, a copy), or refuses
 * when another app has it open: a file someone has open is never replaced under them.
 * Null when the folder cannot hold a lock (the write then fails with its own message).
 */
function lockTarget(ctx: CoreContext, file: string): PlanLock | null {
  return heldLock(ctx, file) ?? acquireLock(file);
}

/** Runs `write` under the target's lock, then opens the written file with that lock (released if anything fails). */
function writeThenOpen(ctx: CoreContext, file: string, write: () => void, isExample = false): PlanFile {
  const lock = lockTarget(ctx, file);
  try {
    write();
    return openAt(ctx, file, { isExample, ...(lock ? { lock } : {}) });
  } catch (e) {
    if (lock && lock !== ctx.plan?.lock) lock.release();
    throw e;
  }
}

/** A path for a new example plan that never overwrites one the user may have edited. */
function freeExamplePath(dir: string): string {
  const base = exampleFileName.replace(PLAN_EXTENSION, '');
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? exampleFileName : `${base} (${n})${PLAN_EXTENSION}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function openExample(ctx: CoreContext, recreate: boolean): PlanFile {
  const dir = ctx.exampleDir;
  const existing = path.join(dir, exampleFileName);
  if (!recreate && fs.existsSync(existing)) return openAt(ctx, existing, { isExample: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = recreate ? freeExamplePath(dir) : existing;
  const opened = writeThenOpen(ctx, file, () => writeExamplePlan(file, { nativeBinding: ctx.options.nativeBinding }), true);
  ctx.appState.update({ exampleCreated: true });
  return opened;
}

export const planHandlers = {
  'plan.current': (ctx) => (ctx.plan ? describe(ctx) : null),

  'plan.resume': (ctx) => {
    if (ctx.plan) return describe(ctx);
    const { recentFiles, exampleCreated } = ctx.appState.get();
    const last = recentFiles[0];
    if (last && fs.existsSync(last)) {
      try {
        return openAt(ctx, last, { isExample: path.dirname(last) === ctx.exampleDir });
      } catch (e) {
        // Open in another app: say so (who, since when) rather than start silently without it.
        if (e instanceof AppFailure && e.error.kind === 'file' && e.error.reason === 'locked') throw e;
        // The last plan cannot be opened now (moved, damaged): start without a plan.
        return null;
      }
    }
    return exampleCreated ? null : openExample(ctx, false);
  },

  'plan.create': (ctx, { path: target, fields }) => {
    const file = withExtension(target);
    if (fs.existsSync(file)) fail({ kind: 'file', reason: 'exists', file });
    return writeThenOpen(ctx, file, () =>
      createPlanFile(
        file,
        (fresh) => {
          insertPlan(fresh, fields as Required<typeof fields>);
          insertBuiltInFundingSources(fresh);
        },
        { nativeBinding: ctx.options.nativeBinding },
      ),
    );
  },

  'plan.open': (ctx, { path: target, readOnly }) => openAt(ctx, path.resolve(target), { readOnly }),

  'plan.openCopy': (ctx, { path: source, target, overwrite }) => {
    const from = path.resolve(source);
    const file = withExtension(target);
    if (file === from) fail({ kind: 'file', reason: 'exists', file });
    if (fs.existsSync(file) && !overwrite) fail({ kind: 'file', reason: 'exists', file });
    // The original is only read (as a read-only open would): its lock and bytes stay its owner's.
    const original = openPlan(from, { nativeBinding: ctx.options.nativeBinding, readOnly: true });
    try {
      return writeThenOpen(ctx, file, () => backupTo(original.db, file, { nativeBinding: ctx.options.nativeBinding }));
    } finally {
      original.db.close();
    }
  },

  'plan.openExample': (ctx, { recreate }) => openExample(ctx, recreate),

  'plan.saveAs': (ctx, { path: target, overwrite }) => {
    const open = ctx.plan ?? fail({ kind: 'noPlanOpen' });
    const file = withExtension(target);
    if (file === open.path) return describe(ctx);
    if (fs.existsSync(file) && !overwrite) fail({ kind: 'file', reason: 'exists', file });
    // Like any document app: after Save As, the user edits the new file.
    return writeThenOpen(ctx, file, () => backupTo(open.db, file, { nativeBinding: ctx.options.nativeBinding }));
  },

  'plan.close': (ctx) => {
    ctx.setPlan(null);
    return null;
  },

  'plan.get': (ctx) => getPlan(ctx.db()) ?? fail({ kind: 'noPlanOpen' }),

  'plan.update': (ctx, input) => {
    ctx.stepLabel = updateLabel('plan', updatePlan(ctx.db(), input));
    return getPlan(ctx.db())!;
  },

  /** Asked before a delete, so the UI can say what else goes (or what blocks it) and ask first. */
  'plan.impact': (ctx, { entity, id }) => deleteImpact(ctx.db(), entity, id),
} satisfies Handlers<
  'plan.current' | 'plan.resume' | 'plan.create' | 'plan.open' | 'plan.openCopy' | 'plan.openExample' | 'plan.saveAs' | 'plan.close' | 'plan.get' | 'plan.update' | 'plan.impact'
>;
