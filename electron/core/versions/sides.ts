import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fail } from '../../../shared/contract/errors';
import type { PlanState } from '../../../shared/domain/plan-state';
import type { CompareSide } from '../../../shared/schemas/version';
import type { CoreContext } from '../context';
import { connect, type OpenOptions } from '../storage/connection';
import { migrate } from '../storage/migrate';
import { currentSchemaVersion } from '../storage/migrations';
import { inspectPlanFile } from '../storage/open-plan';
import { readState } from './state';
import { upgradeState } from './state-file';
import { getVersion, loadVersionState } from './store';

/** A folder of the app's own in the system's temp folder, removed by `done`. */
export function tempFolder(): { dir: string; done: () => void } {
  const dir = path.join(os.tmpdir(), `s3-versions-${randomUUID()}`);
  fs.mkdirSync(dir, { recursive: true });
  return { dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const options = (ctx: CoreContext): OpenOptions => (ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {});

/** A version's state brought to the open plan's schema (older ones through a temporary file). */
export function versionState(ctx: CoreContext, id: string): PlanState {
  const db = ctx.db();
  const stored = loadVersionState(db, id) ?? fail({ kind: 'notFound', entity: 'version', id });
  if (stored.schemaVersion === currentSchemaVersion) return stored;
  const temp = tempFolder();
  try {
    return upgradeState(stored, path.join(temp.dir, 'version.s3plan'), db, options(ctx));
  } finally {
    temp.done();
  }
}

/**
 * The state of another plan file, read without changing it: checked as a plan file would be
 * on open (refused files name their problem), read through a read-only connection, and an
 * older schema migrated on a copy in the temp folder, never in the user's file.
 */
export function fileState(ctx: CoreContext, file: string): PlanState {
  const opts = options(ctx);
  const version = inspectPlanFile(file, opts, { acceptOlder: true });
  const source = connect(file, { ...opts, readonly: true });
  try {
    if (version === currentSchemaVersion) return readState(source);
    const temp = tempFolder();
    try {
      const copy = path.join(temp.dir, 'copy.s3plan');
      source.prepare('VACUUM INTO ?').run(copy);
      const db = connect(copy, opts);
      try {
        migrate(db);
        return readState(db);
      } finally {
        db.close();
      }
    } finally {
      temp.done();
    }
  } finally {
    source.close();
  }
}

export interface Side {
  state: PlanState;
  info: { kind: CompareSide['kind']; name: string; createdAt: string | null };
}

/** One side of a comparison as a state of the open plan's schema; a file of another plan is refused. */
export function sideState(ctx: CoreContext, side: CompareSide): Side {
  const db = ctx.db();
  if (side.kind === 'current') return { state: readState(db), info: { kind: 'current', name: '', createdAt: null } };
  if (side.kind === 'version') {
    const info = getVersion(db, side.id) ?? fail({ kind: 'notFound', entity: 'version', id: side.id });
    return { state: versionState(ctx, side.id), info: { kind: 'version', name: info.name, createdAt: info.createdAt } };
  }
  const file = path.resolve(side.path);
  const state = fileState(ctx, file);
  const planId = db.prepare('SELECT id FROM plan').pluck().get() as string;
  if (state.planId !== planId) fail({ kind: 'file', reason: 'otherPlan', file });
  return { state, info: { kind: 'file', name: path.basename(file), createdAt: null } };
}
