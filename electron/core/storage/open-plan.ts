import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract/errors';
import { APPLICATION_ID, readHeader } from './file-format';
import { connect, quickCheckOk, type Db, type OpenOptions } from './connection';
import { fileError, problemOf } from './file-errors';
import { migrate } from './migrate';
import { currentSchemaVersion } from './migrations';
import { planProblem } from './plan-shape';
import { recoverJournal } from './journal';
import { acquireLock, type PlanLock } from './lock-file';
import { removeStrayTemps, syncDir, syncFile, tempBeside } from './temp-files';

/** Why a plan is open read-only: the user may not write it ('file'), or chose so ('chosen'); null: editable. */
export type ReadOnlyReason = 'file' | 'chosen' | null;

/** Which file a connection has open: a plan replaced or deleted since is told apart by this. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

export interface OpenedPlan {
  db: Db;
  readOnly: ReadOnlyReason;
  /** The plan's lock file while it is open for editing (null when read-only). */
  lock: PlanLock | null;
  identity: FileIdentity | null;
}

export const identityOf = (file: string): FileIdentity | null => {
  try {
    const s = fs.statSync(file, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
};

/**
 * Checks a file's header bytes (https://sqlite.org/fileformat.html) without opening it with
 * SQLite, so a foreign or damaged file is never touched: size, magic, application_id and a
 * schema version this app wrote. Returns the schema version.
 */
export function inspectHeader(file: string): number {
  let size: number;
  let head = Buffer.alloc(100);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return fileError('notSqlite', file);
    size = stat.size;
    const fd = fs.openSync(file, 'r');
    try {
      head = head.subarray(0, fs.readSync(fd, head, 0, 100, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), file);
  }
  if (size === 0) return fileError('empty', file);
  const header = readHeader(head);
  if (!header) return fileError('notSqlite', file);
  if (size % header.pageSize !== 0 || size < header.pageCount * header.pageSize) return fileError('truncated', file);
  if (header.applicationId !== APPLICATION_ID) return fileError('foreign', file);
  if (header.userVersion > currentSchemaVersion) return fileError('newerSchema', file, { detail: String(header.userVersion) });
  // Every plan the app writes has schema 1 or later (a new file is migrated before it gets its name).
  if (header.userVersion < 1) return fileError('corrupt', file, { detail: `user_version ${header.userVersion}` });
  return header.userVersion;
}

/**
 * Checks a file is a healthy plan of this version with SQLite read-only (quick_check and the
 * app's checks), touching nothing. Refused files stay byte-identical.
 */
export function inspectPlanFile(file: string, options: OpenOptions = {}, { acceptOlder = false } = {}): number {
  const version = inspectHeader(file);
  let db: Db | undefined;
  try {
    db = connect(file, { ...options, readonly: true });
    requireGoodPlan(db, file, options, { acceptOlder });
    return version;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    // A read-only connection cannot read past a hot journal: not this file's fault.
    if ((e as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK') return fileError('readOnly', file, { detail: 'journal' });
    return fileError(problemOf(e), file);
  } finally {
    db?.close();
  }
}

const canWrite = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    // The rollback journal (and the lock file) are created beside the file.
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Brings an older plan to the current schema on a copy: VACUUM INTO a temp file beside it,
 * migrate and check the copy, keep the old file as `<file>.v<N>.backup`, then rename the copy
 * over the file. A migration that fails or a result that is not a good plan leaves the file
 * byte-identical and nothing beside it.
 */
function migrateOnCopy(file: string, version: number, options: OpenOptions): void {
  const source = connect(file, { ...options, readonly: true });
  try {
    replaceViaTemp(file, (temp) => {
      source.prepare('VACUUM INTO ?').run(temp);
      const copy = connect(temp, options);
      try {
        try {
          migrate(copy);
        } catch (e) {
          fileError('unexpectedSchema', file, { detail: e instanceof Error ? e.message : String(e) });
        }
        requireGoodPlan(copy, file, options);
      } finally {
        copy.close();
      }
      syncFile(temp);
      backupTo(source, `${file}.v${version}.backup`, options);
      source.close();
    });
  } finally {
    if (source.open) source.close();
  }
}

/** Refuses a file SQLite opened that is not a good plan of this app (planProblem says why). */
function requireGoodPlan(db: Db, file: string, options: OpenOptions, checks: { acceptOlder?: boolean } = {}): void {
  const problem = planProblem(db, options, checks);
  if (problem) fileError(problem.problem, file, problem.detail ? { detail: problem.detail } : {});
}

/**
 * Writes `target` by way of a temp file beside it: `write` fills the temp file, which is then
 * renamed over the target and the folder synced. On any failure the temp file goes and the
 * target stays as it was; an error that is not already the app's is a file error on `target`.
 */
function replaceViaTemp(target: string, write: (temp: string) => void): void {
  const temp = tempBeside(target);
  try {
    write(temp);
    fs.renameSync(temp, target);
    syncDir(path.dirname(target));
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof AppFailure) throw e;
    fileError(problemOf(e), target);
  }
}

export interface OpenPlanOptions extends OpenOptions {
  /** The user chose to open it read-only (it is open elsewhere). */
  readOnly?: boolean;
  /** The plan's lock, when the caller already holds it (reopening the open plan, a new file it just wrote). */
  lock?: PlanLock;
  /** Tools that open a plan for a moment (benchmarks) take no lock. */
  withoutLock?: boolean;
}

/**
 * Opens a plan file: header checks; the lock (or read-only when the user chose so or may not
 * write it); temp files of a crash removed; a leftover journal recovered on a copy; an older
 * schema migrated on a copy; SQLite's and the app's checks. Anything refused leaves the file,
 * its journal and its folder as they were (a lock taken here is released).
 */
export function openPlan(file: string, options: OpenPlanOptions = {}): OpenedPlan {
  const { readOnly: chosen, lock: held, withoutLock, ...connectOptions } = options;
  let version = inspectHeader(file);
  let readOnly: ReadOnlyReason = chosen ? 'chosen' : canWrite(file) ? null : 'file';
  let lock: PlanLock | null = held ?? null;
  let db: Db | undefined;
  try {
    if (!readOnly && !lock && !withoutLock) {
      lock = acquireLock(file);
      if (!lock) readOnly = 'file';
    }
    if (readOnly) {
      // Updating an older plan writes it; read-only, it is refused instead (Save As needs this version's format).
      if (version < currentSchemaVersion) fileError('readOnly', file, { detail: `schema ${version}` });
      // A hot journal cannot be rolled back read-only: SQLITE_READONLY_ROLLBACK, refused as read-only below.
      db = connect(file, { ...connectOptions, readonly: true });
      requireGoodPlan(db, file, connectOptions);
    } else {
      removeStrayTemps(file);
      if (recoverJournal(file, connectOptions)) version = inspectHeader(file);
      if (version < currentSchemaVersion) {
        inspectPlanFile(file, connectOptions, { acceptOlder: true });
        migrateOnCopy(file, version, connectOptions);
      } else inspectPlanFile(file, connectOptions);
      db = connect(file, connectOptions);
    }
    return { db, readOnly, lock, identity: identityOf(file) };
  } catch (e) {
    db?.close();
    if (lock && lock !== held) lock.release();
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), file);
  }
}

/** Opens a plan for editing without a lock and returns its connection (benchmarks and tools). */
export function openPlanFile(file: string, options: OpenOptions = {}): Db {
  return openPlan(file, { ...options, withoutLock: true }).db;
}

/** Writes a new, empty plan file with the current schema; `fill` writes its first rows. Open it with openPlan. */
export function createPlanFile(file: string, fill: (db: Db) => void, options: OpenOptions & { overwrite?: boolean } = {}): void {
  if (fs.existsSync(file) && !options.overwrite) fileError('exists', file);
  replaceViaTemp(file, (temp) => {
    fs.closeSync(fs.openSync(temp, 'wx'));
    const fresh = connect(temp, options);
    try {
      fresh.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(fresh);
      fresh.transaction(() => fill(fresh))();
    } finally {
      fresh.close();
    }
  });
}

/**
 * Writes a consistent copy of an open plan with SQLite's own VACUUM INTO into a temporary
 * file beside the target, checks it, then renames it over the target: never a byte copy.
 */
export function backupTo(db: Db, target: string, options: OpenOptions = {}): void {
  removeStrayTemps(target);
  replaceViaTemp(target, (temp) => {
    db.prepare('VACUUM INTO ?').run(temp);
    const check = connect(temp, { ...options, readonly: true });
    try {
      if (!quickCheckOk(check)) fileError('corrupt', temp);
    } finally {
      check.close();
    }
    syncFile(temp);
  });
}
