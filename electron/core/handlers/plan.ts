import path from 'node:path';
import fs from 'node:fs';
import type { Handlers } from './types';
import type { CoreContext } from '../context';
import type { PlanFile } from '../../../shared/schemas/plan';
import { fail } from '../../../shared/contract/errors';
import { PLAN_EXTENSION } from '../storage/file-format';
import { backupTo, createPlanFile, openPlanFile } from '../storage/open-plan';
import { getPlan, insertBuiltInFundingSources, insertPlan, updatePlan } from '../storage/repos/plan-repo';
import { deleteImpact } from '../storage/repos/impact-repo';
import { updateLabel } from '../storage/repos/versions';
import { writeExamplePlan, exampleFileName } from '../example/example-plan';
import { History } from '../storage/undo';
import type { Db } from '../storage/connection';

/** Plans are `.s3plan` files; a path typed without the extension gets it. */
const withExtension = (file: string) => {
  const abs = path.resolve(file);
  return abs.toLowerCase().endsWith(PLAN_EXTENSION) ? abs : abs + PLAN_EXTENSION;
};

function describe(ctx: CoreContext): PlanFile {
  const open = ctx.plan ?? fail({ kind: 'noPlanOpen' });
  const plan = getPlan(open.db) ?? fail({ kind: 'file', reason: 'corrupt', file: open.path });
  return { path: open.path, plan, isExample: open.isExample };
}

function openAt(ctx: CoreContext, file: string, isExample = false): PlanFile {
  const db = openPlanFile(file, { nativeBinding: ctx.options.nativeBinding });
  if (!getPlan(db)) {
    db.close();
    fail({ kind: 'file', reason: 'corrupt', file });
  }
  ctx.setPlan(session(db, file, isExample));
  return describe(ctx);
}

const session = (db: Db, file: string, isExample: boolean) => ({ db, path: file, isExample, history: new History(db) });

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
  if (!recreate && fs.existsSync(existing)) return openAt(ctx, existing, true);
  fs.mkdirSync(dir, { recursive: true });
  const file = recreate ? freeExamplePath(dir) : existing;
  const db = writeExamplePlan(file, { nativeBinding: ctx.options.nativeBinding });
  ctx.appState.update({ exampleCreated: true });
  ctx.setPlan(session(db, file, true));
  return describe(ctx);
}

export const planHandlers = {
  'plan.current': (ctx) => (ctx.plan ? describe(ctx) : null),

  'plan.resume': (ctx) => {
    if (ctx.plan) return describe(ctx);
    const { recentFiles, exampleCreated } = ctx.appState.get();
    const last = recentFiles[0];
    if (last && fs.existsSync(last)) {
      try {
        return openAt(ctx, last, path.dirname(last) === ctx.exampleDir);
      } catch {
        // The last plan cannot be opened now (moved, damaged): start without a plan.
        return null;
      }
    }
    return exampleCreated ? null : openExample(ctx, false);
  },

  'plan.create': (ctx, { path: target, fields }) => {
    const file = withExtension(target);
    const db = createPlanFile(
      file,
      (fresh) => {
        insertPlan(fresh, fields as Required<typeof fields>);
        insertBuiltInFundingSources(fresh);
      },
      { nativeBinding: ctx.options.nativeBinding },
    );
    ctx.setPlan(session(db, file, false));
    return describe(ctx);
  },

  'plan.open': (ctx, { path: target }) => openAt(ctx, path.resolve(target)),

  'plan.openExample': (ctx, { recreate }) => openExample(ctx, recreate),

  'plan.saveAs': (ctx, { path: target, overwrite }) => {
    const open = ctx.plan ?? fail({ kind: 'noPlanOpen' });
    const file = withExtension(target);
    if (file === open.path) return describe(ctx);
    if (fs.existsSync(file) && !overwrite) fail({ kind: 'file', reason: 'exists', file });
    backupTo(open.db, file, { nativeBinding: ctx.options.nativeBinding });
    // Like any document app: after Save As, the user edits the new file.
    return openAt(ctx, file);
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
  'plan.current' | 'plan.resume' | 'plan.create' | 'plan.open' | 'plan.openExample' | 'plan.saveAs' | 'plan.close' | 'plan.get' | 'plan.update' | 'plan.impact'
>;
