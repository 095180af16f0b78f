/**
 * Where an export may write (issue 13, path 3). An export never replaces a plan:
 *  - not the open plan, compared as the same file on disk (device and inode), so a symlink, a
 *    hard link or another spelling on a case-insensitive disk is caught as well as the path;
 *  - not any file named with the plan extension, existing or not (a CSV named .s3plan would
 *    be offered as a plan);
 *  - not any SQLite database, read from its header, so a plan renamed to "list.csv" is caught;
 *  - not a plan's journal beside it (replacing a hot journal corrupts the plan).
 * Refusals are `file/wouldReplacePlan` with detail 'open', 'plan' or 'database'.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fail } from '../../../shared/contract/errors';
import { APPLICATION_ID, PLAN_EXTENSION, readHeader } from '../storage/file-format';

export type PlanTarget = 'open' | 'plan' | 'database';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** The file's identity (device and inode) after following links; null when it does not exist. */
function identity(file: string): { dev: bigint; ino: bigint } | null {
  try {
    const s = fs.statSync(file, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/** The first 100 bytes of a regular file (following links), or null. Never blocks on a FIFO. */
function headerBytes(file: string): Buffer | null {
  let fd: number | null = null;
  try {
    if (!fs.statSync(file).isFile()) return null;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const bytes = Buffer.alloc(100);
    const n = fs.readSync(fd, bytes, 0, 100, 0);
    return bytes.subarray(0, n);
  } catch {
    return null;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** What plan, if any, writing `target` would replace. */
export function planAt(target: string, openPlan: string | null): PlanTarget | null {
  const here = identity(target);
  const open = openPlan ? identity(openPlan) : null;
  if (here && open && here.dev === open.dev && here.ino === open.ino) return 'open';
  // Names compared without case: on Windows and macOS "Plan.S3PLAN" is a plan too.
  const name = path.basename(target).toLowerCase();
  if (name.endsWith(PLAN_EXTENSION)) return 'plan';
  const journal = /^(.*)-(journal|wal|shm)$/.exec(target);
  if (journal && headerBytes(journal[1]!)?.toString('latin1', 0, 16) === SQLITE_MAGIC) return 'plan';
  if (!here) return null;
  const bytes = headerBytes(target);
  if (!bytes || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) return null;
  return readHeader(bytes)?.applicationId === APPLICATION_ID ? 'plan' : 'database';
}

/** Refuses an export to `target` when it would replace a plan (see the module comment). */
export function refusePlanTarget(target: string, openPlan: string | null): void {
  const found = planAt(target, openPlan);
  if (found) fail({ kind: 'file', reason: 'wouldReplacePlan', file: path.basename(target), detail: found });
}
