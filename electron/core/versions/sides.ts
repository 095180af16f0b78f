import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fail } from '../../../shared/contract/errors';
import type { CompareSide } from '../../../shared/schemas/version';
import type { CoreContext } from '../context';
import { connect, type Db, type OpenOptions } from '../storage/connection';
import { migrate } from '../storage/migrate';
import { currentSchemaVersion } from '../storage/migrations';
import { inspectPlanFile } from '../storage/open-plan';
import { DbSource, type StateSource } from './sources';
import { writeStateFile } from './state-file';
import { VersionSource, decodeManifest, getVersion, loadVersionState, storedVersion } from './store';

/** A folder of the app's own in the system's temp folder, removed by `done`. */
export function tempFolder(): { dir: string; done: () => void } {
  const dir = path.join(os.tmpdir(), `s3-versions-${randomUUID()}`);
  fs.mkdirSync(dir, { recursive: true });
  return { dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const options = (ctx: CoreContext): OpenOptions => (ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {});

/** A side of a compare or merge as a source of the open plan's schema; `close` frees what it opened. */
export interface OpenSource {
  source: StateSource;
  /** The plan file behind the source, when it is one (the other file's versions are read from it). */
  db: Db | null;
  close: () => void;
}

/** A plan file in the temp folder, read as a source; closing it removes the folder. */
function tempSource(ctx: CoreContext, fill: (file: string) => void): OpenSource {
  const temp = tempFolder();
  try {
    const file = path.join(temp.dir, 'side.s3plan');
    fill(file);
    const db = connect(file, options(ctx));
    return { source: new DbSource(db), db, close: () => (db.close(), temp.done()) };
  } catch (e) {
    temp.done();
    throw e;
  }
}

/**
 * A version as a source of the open plan's schema: a chunked version of this schema is read
 * chunk by chunk; an older or whole-state one is written to a temporary plan file first and
 * migrated by the same migrations every plan file takes.
 */
export function versionSource(ctx: CoreContext, id: string): OpenSource {
  const db = ctx.db();
  const stored = storedVersion(db, id) ?? fail({ kind: 'notFound', entity: 'version', id });
  if (stored.format === 2 && stored.schemaVersion === currentSchemaVersion) return { source: new VersionSource(db, decodeManifest(stored.state)), db: null, close: () => {} };
  const state = loadVersionState(db, id)!;
  return tempSource(ctx, (file) => writeStateFile(state, file, options(ctx)));
}

/**
 * Another plan file as a source, read without changing it: checked as a plan file would be on
 * open (refused files name their problem), read through a read-only connection, and an older
 * schema migrated on a copy in the temp folder, never in the user's file.
 */
export function fileSource(ctx: CoreContext, file: string): OpenSource {
  const opts = options(ctx);
  const version = inspectPlanFile(file, opts, { acceptOlder: true });
  const db = connect(file, { ...opts, readonly: true });
  if (version === currentSchemaVersion) {
    try {
      return { source: new DbSource(db), db, close: () => db.close() };
    } catch (e) {
      db.close();
      throw e;
    }
  }
  try {
    return tempSource(ctx, (copy) => {
      db.prepare('VACUUM INTO ?').run(copy);
      const migrated = connect(copy, opts);
      try {
        migrate(migrated);
      } finally {
        migrated.close();
      }
    });
  } finally {
    db.close();
  }
}

export interface Side {
  open: OpenSource;
  info: { kind: CompareSide['kind']; name: string; createdAt: string | null };
}

/** One side of a comparison as a source of the open plan's schema; a file of another plan is refused. */
export function sideSource(ctx: CoreContext, side: CompareSide): Side {
  const db = ctx.db();
  if (side.kind === 'current') return { open: { source: DbSource.of(db), db, close: () => {} }, info: { kind: 'current', name: '', createdAt: null } };
  if (side.kind === 'version') {
    const info = getVersion(db, side.id) ?? fail({ kind: 'notFound', entity: 'version', id: side.id });
    return { open: versionSource(ctx, side.id), info: { kind: 'version', name: info.name, createdAt: info.createdAt } };
  }
  const file = path.resolve(side.path);
  const open = fileSource(ctx, file);
  const planId = db.prepare('SELECT id FROM plan').pluck().get() as string;
  if (open.source.planId !== planId) {
    open.close();
    fail({ kind: 'file', reason: 'otherPlan', file });
  }
  return { open, info: { kind: 'file', name: path.basename(file), createdAt: null } };
}
