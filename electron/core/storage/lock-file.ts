import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LockHolder } from '../../../shared/contract/errors';
import { fileError } from './file-errors';

/**
 * The lock file beside an open plan, as office suites keep one (LibreOffice's `.~lock.<name>#`):
 * who has the plan open, on which computer, in which process and since when. Another app (a
 * second instance, a colleague on a shared drive) sees it and lets its user choose read-only, a
 * copy, or cancel, instead of two writers losing each other's changes. It is removed on close;
 * after a crash it stays, and is stale when it names this computer and a process that is gone.
 */
export const lockPathFor = (file: string) => path.join(path.dirname(file), `.~lock.${path.basename(file)}#`);

const me = (): LockHolder => {
  let user = '';
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? '';
  }
  return { user, host: os.hostname(), pid: process.pid, since: new Date().toISOString() };
};

/** When this process started, in ms: tells this process from an earlier one that had the same pid. */
const processStarted = Math.round(Date.now() - process.uptime() * 1000);

interface LockContent extends LockHolder {
  started?: number;
}

function readContent(file: string): LockContent | null {
  try {
    const value = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as Partial<LockContent>;
    if (typeof value.user !== 'string' || typeof value.host !== 'string' || typeof value.pid !== 'number' || typeof value.since !== 'string') return null;
    return { user: value.user, host: value.host, pid: value.pid, since: value.since, ...(typeof value.started === 'number' ? { started: value.started } : {}) };
  } catch {
    return null;
  }
}

/** The holder a lock file names, or null when it cannot be read as one (empty, cut short, foreign). */
export function readLock(file: string): LockHolder | null {
  const content = readContent(file);
  return content ? { user: content.user, host: content.host, pid: content.pid, since: content.since } : null;
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as { code?: string }).code === 'EPERM';
  }
};

/**
 * Stale: left by a process of this computer that has ended (a crash), or by an earlier process
 * that had this process's pid (containers reuse them). Another computer's lock is never guessed stale.
 */
function isStale(holder: LockContent): boolean {
  if (holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return holder.started !== undefined && Math.abs(holder.started - processStarted) > 2000;
  return !processAlive(holder.pid);
}

const unknownHolder: LockHolder = { user: '', host: '', pid: 0, since: '' };

/** Lock files this process holds, so a second core in the same process (or the same core twice) sees them as taken. */
const heldHere = new Set<string>();

export class PlanLock {
  private released = false;

  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {}

  /** Removes the lock file (only if it is still ours: a stale-lock takeover elsewhere must not lose its lock). */
  release(): void {
    if (this.released) return;
    this.released = true;
    heldHere.delete(lockPathFor(this.file));
    const current = readLock(this.file);
    if (current && current.pid === this.holder.pid && current.host === this.holder.host && current.since === this.holder.since) {
      fs.rmSync(lockPathFor(this.file), { force: true });
    }
  }
}

function create(lock: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    // O_EXCL: of two apps creating it at once, exactly one succeeds.
    fd = fs.openSync(lock, 'wx');
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') return false;
    throw e;
  }
  try {
    fs.writeSync(fd, JSON.stringify({ ...holder, started: processStarted, app: 'S3 Planner' }));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Takes the plan's lock, or refuses with `locked` naming who holds it. A stale lock (this
 * computer, process gone) is taken over silently. Returns null when the folder cannot be
 * written at all: the caller opens the plan read-only then.
 */
export function acquireLock(file: string): PlanLock | null {
  const lock = lockPathFor(file);
  const holder = me();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (!heldHere.has(lock) && create(lock, holder)) {
        heldHere.add(lock);
        return new PlanLock(file, holder);
      }
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return null;
      throw e;
    }
    const other = readContent(file);
    if (other && !heldHere.has(lock) && isStale(other)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    // Held by someone alive (or unreadable: shown as an unknown holder; the user still chooses).
    return fileError('locked', file, { holder: readLock(file) ?? unknownHolder });
  }
  return fileError('locked', file, { holder: readLock(file) ?? unknownHolder });
}
