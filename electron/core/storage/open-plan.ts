import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppFailure, fail, type FileProblem } from '../../../shared/contract/errors';
import { APPLICATION_ID, readHeader } from './file-format';
import { connect, quickCheckOk, type Db, type OpenOptions } from './connection';
import { migrate } from './migrate';
import { currentSchemaVersion } from './migrations';

const fileError = (reason: FileProblem, file: string, detail?: string): never =>
  fail({ kind: 'file', reason, file, ...(detail ? { detail } : {}) });

const sqliteCode = (e: unknown): string => (e as { code?: string })?.code ?? '';

/** Maps an SQLite or file-system error while reading a plan to the problem a user can act on. */
function problemOf(e: unknown): FileProblem {
  const code = sqliteCode(e);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR_SHORT_READ')) return 'corrupt';
  if (code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'readOnly';
  if (code === 'ENOENT') return 'notFound';
  return 'io';
}

const hasHotJournal = (file: string): boolean => {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
};

/**
 * Checks a file is a healthy plan this version can open, touching nothing: the header bytes
 * first (magic, size, application_id, user_version), then SQLite read-only with quick_check.
 * Refused files stay byte-identical. Returns the schema version found.
 */
export function inspectPlanFile(file: string, options: OpenOptions = {}): { userVersion: number; hotJournal: boolean } {
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
  if (header.userVersion > currentSchemaVersion) {
    return fileError('newerSchema', file, String(header.userVersion));
  }
  const hotJournal = hasHotJournal(file);
  // A hot journal must be rolled back by a read-write connection (never delete it): the
  // caller opens for real and checks afterwards.
  if (hotJournal) return { userVersion: header.userVersion, hotJournal };
  let db: Db | undefined;
  try {
    db = connect(file, { ...options, readonly: true });
    if (!quickCheckOk(db)) return fileError('corrupt', file);
    return { userVersion: header.userVersion, hotJournal };
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), file);
  } finally {
    db?.close();
  }
}

function assertWritable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    // The rollback journal is created beside the file.
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    fileError('readOnly', file);
  }
}

/**
 * Opens a plan file for editing: inspect, then open read-write and migrate to the current
 * schema (with a backup of the old version beside it first).
 */
export function openPlanFile(file: string, options: OpenOptions = {}): Db {
  const { userVersion, hotJournal } = inspectPlanFile(file, options);
  assertWritable(file);
  let db: Db | undefined;
  try {
    db = connect(file, options);
    if (hotJournal && !quickCheckOk(db)) fileError('corrupt', file);
    if (userVersion < currentSchemaVersion) {
      backupTo(db, `${file}.v${userVersion}.backup`);
      migrate(db);
    }
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), file);
  }
}

/** Creates a new, empty plan file with the current schema; `fill` writes its first rows. */
export function createPlanFile(file: string, fill: (db: Db) => void, options: OpenOptions & { overwrite?: boolean } = {}): Db {
  if (fs.existsSync(file) && !options.overwrite) fileError('exists', file);
  const temp = tempBeside(file);
  try {
    fs.closeSync(fs.openSync(temp, 'wx'));
    const fresh = connect(temp, options);
    try {
      fresh.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(fresh);
      fresh.transaction(() => fill(fresh))();
    } finally {
      fresh.close();
    }
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), file);
  }
  return openPlanFile(file, options);
}

const tempBeside = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);

/**
 * Writes a consistent copy of an open plan with SQLite's own VACUUM INTO into a temporary
 * file beside the target, checks it, then renames it over the target: never a byte copy.
 */
export function backupTo(db: Db, target: string, options: OpenOptions = {}): void {
  const temp = tempBeside(target);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const check = connect(temp, { ...options, readonly: true });
    try {
      if (!quickCheckOk(check)) fileError('corrupt', temp);
    } finally {
      check.close();
    }
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), target);
  }
}
