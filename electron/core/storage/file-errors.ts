import { fail, type FileProblem, type LockHolder } from '../../../shared/contract/errors';

/** Refuses with a file problem naming the file (the renderer translates `errors.file.<reason>`). */
export const fileError = (reason: FileProblem, file: string, extra: { detail?: string; holder?: LockHolder } = {}): never =>
  fail({ kind: 'file', reason, file, ...(extra.detail ? { detail: extra.detail } : {}), ...(extra.holder ? { holder: extra.holder } : {}) });

const codeOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/**
 * Problems of the disk or of other programs that can happen on any read or write of a plan,
 * not only while opening it: each has its own message instead of an internal error.
 * Null for anything else.
 */
export function diskProblemOf(e: unknown): FileProblem | null {
  const code = codeOf(e);
  // "database is locked": another program holds the file (SQLite waited busy_timeout first).
  if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED') return 'busy';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_IOERR_WRITE_FULL') return 'diskFull';
  // SQLite's own word for "the file was unlinked or renamed under an open connection".
  if (code === 'SQLITE_READONLY_DBMOVED') return 'gone';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'readOnly';
  return null;
}

/** Maps an SQLite or file-system error while reading or writing a plan to the problem a user can act on. */
export function problemOf(e: unknown): FileProblem {
  const code = codeOf(e);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR_SHORT_READ')) return 'corrupt';
  if (code === 'ENOENT') return 'notFound';
  return diskProblemOf(e) ?? 'io';
}
