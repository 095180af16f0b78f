import os from 'node:os';
import path from 'node:path';
import type { Handlers } from './types';
import { fail } from '../../../shared/contract/errors';
import { diffStates } from '../../../shared/domain/plan-diff';
import { contextFor } from '../../../shared/domain/change-sentences';
import { applyState, contentTables } from '../versions/state';
import { writeStateFile } from '../versions/state-file';
import { createVersion, getVersion, listVersions, loadVersionState } from '../versions/store';
import { sideSource, tempFolder, versionSource, type Side } from '../versions/sides';
import { DbSource, sparseStates } from '../versions/sources';
import { references } from '../versions/merge';
import type { CoreContext } from '../context';
import type { StateSource } from '../versions/sources';
import { openPlanReadOnly } from './plan';

/** Who named a version: the computer's user, as the lock file names who has a plan open. */
const userName = (): string | null => {
  try {
    return os.userInfo().username || null;
  } catch {
    return null;
  }
};

/** A file name from a version's name: the characters no file system takes replaced. */
const fileNameOf = (name: string) =>
  [...name].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '-' : ch)).join('').slice(0, 120);

/** The sides' rows that can differ, with the rows they refer to (all compare and restore need). */
const sparse = (ctx: CoreContext, sources: StateSource[]) => {
  const db = ctx.db();
  return sparseStates(sources, references(db), contentTables(db).map((t) => t.name));
};

export const versionHandlers = {
  'version.list': (ctx) => listVersions(ctx.db()),

  'version.create': (ctx, { name }) => createVersion(ctx.db(), { name, createdBy: userName() }),

  /** The version's content becomes the plan's (a new state, one undo step); the versions themselves stay. */
  'version.restore': (ctx, { id }) => {
    const db = ctx.db();
    if (!getVersion(db, id)) fail({ kind: 'notFound', entity: 'version', id });
    const version = versionSource(ctx, id);
    try {
      const [target, now] = sparse(ctx, [version.source, DbSource.of(db)]);
      return applyState(db, target!, now);
    } finally {
      version.close();
    }
  },

  /**
   * The version as a plan of its own, read-only: its state written to a new file in the temp
   * folder (migrated if it is older), then opened read-only in place of the plan.
   */
  'version.open': (ctx, { id }) => {
    const db = ctx.db();
    const info = getVersion(db, id) ?? fail({ kind: 'notFound', entity: 'version', id });
    const stored = loadVersionState(db, id)!;
    const plan = db.prepare('SELECT name FROM plan').pluck().get() as string;
    const file = path.join(tempFolder().dir, `${fileNameOf(`${plan} – ${info.name}`)}.s3plan`);
    writeStateFile(stored, file, ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {});
    return openPlanReadOnly(ctx, file);
  },

  'version.compare': (ctx, { from, to }) => {
    const sides: Side[] = [];
    try {
      sides.push(sideSource(ctx, from));
      sides.push(sideSource(ctx, to));
      const [a, b] = sparse(ctx, sides.map((s) => s.open.source));
      const changes = diffStates(a!, b!);
      return { from: sides[0]!.info, to: sides[1]!.info, changes, context: contextFor(changes, a!, b!) };
    } finally {
      for (const s of sides) s.open.close();
    }
  },
} satisfies Handlers<'version.list' | 'version.create' | 'version.restore' | 'version.open' | 'version.compare'>;
