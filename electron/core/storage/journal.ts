import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract/errors';
import { connect, type OpenOptions } from './connection';
import { fileError, problemOf } from './file-errors';
import { planProblem } from './plan-shape';
import { copyBeside, syncDir } from './temp-files';

/**
 * A rollback journal left beside a plan (`<plan>-journal`) by a writer that crashed mid-change.
 * SQLite would roll it into whatever file now has the plan's name, even an older copy put back
 * since, and delete it. Here it is rolled back on a copy of the file and the journal in a
 * temporary folder, and the result checked there; only a good result replaces the user's file
 * (atomically, the original bytes kept beside it until the swap is done). Anything else is
 * refused with the file and the journal left byte-identical.
 */
export const journalPathFor = (file: string) => `${file}-journal`;

/** A journal with content: SQLite may treat it as hot (an empty one is not). */
export function hasJournal(file: string): boolean {
  try {
    return fs.statSync(journalPathFor(file)).size > 0;
  } catch {
    return false;
  }
}

/** SQLite's file change counter (header offset 24): every committed write transaction adds one. */
const changeCounter = (file: string): number => {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(28);
    fs.readSync(fd, head, 0, 28, 0);
    return head.readUInt32BE(24);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * Whether SQLite considers the journal hot, asked without touching anything: a read-only
 * connection refuses to read past a hot journal (it cannot roll it back). A journal that is not
 * hot (a zeroed header, or another program's change in progress holding its lock) reads fine.
 */
function isHot(file: string, options: OpenOptions): boolean {
  let db;
  try {
    db = connect(file, { ...options, readonly: true });
    db.pragma('schema_version');
    return false;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') return true;
    throw e;
  } finally {
    db?.close();
  }
}

/**
 * Recovers a plan whose hot journal is beside it, on a copy first. Returns true when the file
 * was replaced by the recovered, checked copy (and the journal is gone); false when there was no
 * hot journal. Refuses (file and journal untouched) when the rolled-back copy is not a good plan
 * or the journal does not belong to this file.
 */
export function recoverJournal(file: string, options: OpenOptions = {}): boolean {
  const journal = journalPathFor(file);
  if (!hasJournal(file)) return false;
  try {
    if (!isHot(file, options)) return false;
  } catch (e) {
    return fileError(problemOf(e), file);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-recover-'));
  let swapTemp: string | null = null;
  try {
    const copy = path.join(dir, 'plan.s3plan');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(journal, journalPathFor(copy));
    // The first read on a read-write connection rolls the journal back (into the copy).
    const db = connect(copy, options);
    try {
      try {
        db.pragma('schema_version');
      } catch {
        // Judged below: first whether the journal belongs to this file at all.
      }
      if (fs.existsSync(journalPathFor(copy))) fileError('corrupt', file, { detail: 'journal not rolled back' });
      // Page 1 in the journal is the file as it was before the crashed change; the file itself
      // is that count or the next (if the change reached page 1). Any other file (an older or a
      // newer copy put back) is not the one the journal belongs to.
      const before = changeCounter(copy);
      const now = changeCounter(file);
      if (now !== before && now !== before + 1) fileError('journalMismatch', file, { detail: `file ${now}, journal ${before}` });
      // An older plan is checked as far as SQLite goes; its migration runs on its own copy next.
      const problem = planProblem(db, options, { acceptOlder: true });
      if (problem) fileError(problem.problem, file, { detail: `journal: ${problem.detail ?? problem.problem}` });
    } finally {
      db.close();
    }
    // Swap: the recovered copy beside the file, the original bytes kept until the rename is done.
    swapTemp = copyBeside(copy, file);
    const original = copyBeside(file, file);
    try {
      fs.renameSync(swapTemp, file);
      swapTemp = null;
      syncDir(path.dirname(file));
      // The journal belonged to the bytes just replaced; rolling it in again would change nothing.
      fs.rmSync(journal, { force: true });
      syncDir(path.dirname(file));
    } finally {
      fs.rmSync(original, { force: true });
    }
    return true;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    return fileError(problemOf(e), file);
  } finally {
    if (swapTemp) fs.rmSync(swapTemp, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
