/**
 * Errors cross the transport as data with codes and params, never as English text:
 * the renderer translates them (`errors.*` and `validation.*` keys in the locales).
 */
export type FileProblem =
  | 'notFound'
  | 'empty'
  | 'notSqlite'
  | 'truncated'
  | 'foreign'
  | 'newerSchema'
  | 'corrupt'
  | 'readOnly'
  | 'exists'
  | 'io'
  /** Import: neither CSV text nor an XLSX workbook (detail: sqlite, png, pdf, jpeg, gif, legacyXls, gzip, zipNotXlsx, binary). */
  | 'notSpreadsheet'
  // Files in and out (issue 13): exports never replace a plan; reading has limits.
  /** An export refused: it would replace a plan (detail: open = the open plan, plan, database). */
  | 'wouldReplacePlan'
  /** The folder cannot be written to (no permission, read-only disk or share). */
  | 'folderReadOnly'
  /** The disk or the user's quota is full. */
  | 'diskFull'
  /** The folder of the path does not exist. */
  | 'folderNotFound'
  /** Not an ordinary file (detail: directory, fifo, device, socket, other). */
  | 'notRegularFile'
  /** Larger than the import reads (IMPORT_MAX_BYTES). */
  | 'tooLarge'

  // Plan files in use (issue 13, paths 5, 7, 8, 9):
  /** The plan is open in another app or on another computer (its lock file names who: `holder`). */
  | 'locked'
  /** SQLite said "database is locked" (SQLITE_BUSY): another program is writing the file now. */
  | 'busy'
  /** The open plan's file was deleted or moved away since it was opened. */
  | 'gone'
  /** The open plan's file was replaced by another file since it was opened. */
  | 'replaced'
  /** The plan is open read-only: a change was refused (Save As makes an editable copy). */
  | 'planReadOnly'
  /** A leftover rollback journal (`<file>-journal`) does not belong to this file (an older copy was put back). */
  | 'journalMismatch'
  /** The file has tables or columns this version's plans do not have (changed by another program). */
  | 'unexpectedSchema'
  // Versions, compare and merge (issue 21):
  /** A plan file of another plan (another plan id): compare and merge take only copies of the open plan. */
  | 'otherPlan';

/** The largest file an import reads: far above any real spreadsheet, far below what would exhaust memory. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** Who holds a plan's lock file: the OS user, the computer, the process and since when (ISO-8601). */
export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  since: string;
}

export interface ValidationIssue {
  /** Field path, e.g. "name" or "funding.0.plannedCents". Empty for the whole input. */
  path: string;
  /** zod issue code (too_big, too_small, invalid_type, invalid_value, invalid_format, custom, ...). */
  code: string;
  /** Values a translation may interpolate (maximum, minimum, expected, key...). */
  params?: Record<string, string | number>;
}

export type AppError =
  | { kind: 'validation'; issues: ValidationIssue[] }
  | { kind: 'notFound'; entity: string; id: string }
  | { kind: 'conflict'; entity: string; id: string }
  | { kind: 'file'; reason: FileProblem; file: string; detail?: string; holder?: LockHolder }
  | { kind: 'noPlanOpen' }
  | { kind: 'unknownChannel'; channel: string }
  /** A long operation (an import being read or checked) was cancelled by the user: nothing was written. */
  | { kind: 'cancelled'; id: string }
  /** Undo or redo of a step was refused; nothing changed (see UndoRefusal). */
  | ({ kind: 'undoRefused' } & UndoRefusal)
  | { kind: 'internal'; ref: string };

/** A row named for people: its table (translated as `table.<name>`) and its name, if it has one. */
export interface ChangedRow {
  entity: string;
  name: string | null;
}

/**
 * Why a window's undo or redo did not run. changedSince: rows the step touched (or would reach
 * through a cascade) were changed since by another window; constraint: the result would break a
 * rule of the plan (e.g. a name taken since); notLatest: other changes of this window came after
 * the step; gone: the step is no longer in this window's history.
 */
export interface UndoRefusal {
  mode: 'undo' | 'redo';
  reason: 'changedSince' | 'constraint' | 'notLatest' | 'gone';
  /** The step's label (a channel name or label key). */
  label: string;
  /** Up to ten of the rows that stood in the way. */
  rows: ChangedRow[];
}

/** The undo step a command recorded: what an "Undo this" button undoes. */
export interface StepInfo {
  id: number;
  label: string;
}

/**
 * A reply. A command's reply also names the undo step it recorded, or null when it changed
 * nothing (so a screen can say "nothing changed" instead of offering to undo something else).
 */
export type Reply<T> = { ok: true; value: T; step?: StepInfo | null } | { ok: false; error: AppError };

/** Thrown inside the core by handlers and repos; the dispatcher turns it into a Reply. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(`${error.kind}${'reason' in error ? `:${error.reason}` : ''}`);
  }
}

export const fail = (error: AppError): never => {
  throw new AppFailure(error);
};

/**
 * Refuses with issues built by the schemas' own helpers (customIssue, questionIssue), for the
 * checks the core makes against stored values: the same codes and params as the schema's.
 */
export const refuse = (...issues: { path: (string | number)[]; message: string; params?: Record<string, string | number> }[]): never =>
  fail({ kind: 'validation', issues: issues.map((i) => ({ path: i.path.join('.'), code: 'custom', params: { message: i.message, ...(i.params ?? {}) } })) });
