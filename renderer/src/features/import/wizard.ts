import type { AppError } from '../../../../shared/contract/errors';
import { proposeNumberFormat, type NumberFormat } from '../../../../shared/domain/numbers';
import type { ImportFile, ImportPreview, ImportResult } from '../../../../shared/schemas/import';
import { importTargets, type ImportTarget } from '../../../../shared/domain/import/fields';
import { resolveMapping } from '../../../../shared/domain/import/stage';

/**
 * The import wizard as a pure reducer: every step and what moves between them, with no React and
 * no calls. The screen (use-import-wizard.ts) makes the calls and dispatches what they replied.
 */

export const steps = ['choose', 'read', 'map', 'preview', 'done'] as const;
export type Step = (typeof steps)[number];
export const stepNumber = (s: Step): number => steps.indexOf(s) + 1;

/** The file's column → field key (null: ignored), one per header. */
export type Columns = (string | null)[];

export interface Progress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export interface WizardState {
  step: Step;
  target: ImportTarget;
  path: string;
  /** The path field's own problem (nothing typed); the file's problems are `openError`. */
  pathMissing: boolean;
  openError: AppError | null;
  file: ImportFile | null;
  columns: Columns;
  saveMapping: boolean;
  /** How the file writes decimals: what its own numbers show, else the UI language's way, until the user says. */
  numberFormat: NumberFormat;
  /** The user chose the number format (then it holds whatever the mapped columns show). */
  numberFormatChosen: boolean;
  /** Take only the rows whose cell in a column is one of some values (a region); null: every row. */
  rowFilter: { column: number; values: string[] } | null;
  /** Mapping problems show only once the user tried to go on. */
  mapSubmitted: boolean;
  preview: ImportPreview | null;
  choice: 'good' | 'fix' | null;
  choiceMissing: boolean;
  progress: Progress | null;
  error: AppError | null;
  /** A cancelled read/check ('cancelled') or write ('cancelledWrite'): the locale key under import. */
  notice: 'cancelled' | 'cancelledWrite' | null;
  result: ImportResult | null;
  /** The undo step the import recorded; null when it changed nothing (then there is nothing to undo). */
  importStep: number | null;
  undone: 'undone' | 'redone' | null;
  running: boolean;
}

export type WizardAction =
  | { type: 'target'; target: ImportTarget }
  | { type: 'path'; path: string }
  | { type: 'picked'; path: string }
  | { type: 'submitChoose' }
  | { type: 'progress'; progress: Progress }
  | { type: 'opening' }
  | { type: 'opened'; file: ImportFile; keep: boolean; fallbackFormat: NumberFormat }
  | { type: 'openFailed'; error: AppError }
  | { type: 'toMap' }
  | { type: 'goto'; step: Step }
  | { type: 'column'; index: number; field: string | null }
  | { type: 'numberFormat'; numberFormat: NumberFormat }
  | { type: 'saveMapping'; save: boolean }
  | { type: 'rowFilterColumn'; column: number | null }
  | { type: 'rowFilterValue'; value: string; taken: boolean }
  | { type: 'submitMap' }
  | { type: 'checking' }
  | { type: 'checked'; preview: ImportPreview }
  | { type: 'checkFailed'; error: AppError }
  | { type: 'choice'; choice: 'good' | 'fix' }
  | { type: 'submitPreview' }
  | { type: 'rereading' }
  | { type: 'writing' }
  | { type: 'written'; result: ImportResult; step: number | null }
  | { type: 'writeFailed'; error: AppError }
  | { type: 'undone'; which: 'undone' | 'redone' }
  | { type: 'restart' };

export const isTarget = (v: string | null): v is ImportTarget => !!v && (importTargets as readonly string[]).includes(v);

export function initialState(target: string | null, numberFormat: NumberFormat): WizardState {
  return {
    step: 'choose',
    target: isTarget(target) ? target : 'stakeholders',
    path: '',
    pathMissing: false,
    openError: null,
    file: null,
    columns: [],
    saveMapping: false,
    numberFormat,
    numberFormatChosen: false,
    rowFilter: null,
    mapSubmitted: false,
    preview: null,
    choice: null,
    choiceMissing: false,
    progress: null,
    error: null,
    notice: null,
    result: null,
    importStep: null,
    undone: null,
    running: false,
  };
}

const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/** The columns after a (re)read: the user's own when the header row is unchanged, else the file's proposal. */
export const columnsAfterRead = (file: ImportFile, kept: { headers: string[]; columns: Columns } | null): Columns =>
  kept && sameHeaders(kept.headers, file.headers) ? kept.columns : file.columns;

/** The mapping of the current file (null before one is read). */
export const mappingOf = (s: WizardState) => (s.file ? resolveMapping(s.target, s.file.headers, s.columns) : null);

/** A row filter with a column but no value ticked: nothing would be imported, so the map step asks. */
export const rowFilterEmpty = (s: WizardState): boolean => s.rowFilter !== null && s.rowFilter.values.length === 0;

/** The filter as the core takes it (none, or a column with values). */
export const rowFilterInput = (s: WizardState) => (s.rowFilter && s.rowFilter.values.length > 0 ? s.rowFilter : null);

/** Fields whose cells are read in the file's number format (amounts, values, progress). */
export const numericKinds: readonly string[] = ['cents', 'number', 'percent'];

/**
 * The number format the mapped numeric columns show (shared/domain/numbers.ts
 * proposeNumberFormat), else the one the whole file shows, with the column kind of the example;
 * null when no numeric column is mapped.
 */
export function numberProposal(s: WizardState) {
  const mapping = mappingOf(s);
  const evidence = s.file?.numberEvidence;
  if (!mapping || !evidence) return null;
  const numeric = mapping.mapped.filter((m) => numericKinds.includes(m.field.kind));
  if (numeric.length === 0) return null;
  const mapped = proposeNumberFormat(numeric.map((m) => evidence[m.col]!).filter(Boolean));
  // Mapped amounts that only read two ways ("500.000"), in a file whose other columns tell
  // ("1.250.000" under a column left out): one file has one writer, so the file's format.
  const proposal = mapped.question && s.file?.numberFormat ? { ...mapped, format: s.file.numberFormat, question: false } : mapped;
  const exampleColumn = numeric.find((m) => Object.values(evidence[m.col]?.examples ?? {}).includes(proposal.example ?? '\u0000'));
  return { ...proposal, kind: exampleColumn?.field.kind ?? numeric[0]!.field.kind };
}

/**
 * The format the check reads numbers in: the user's choice; else what the mapped columns show;
 * else the file's or the UI language's way. Null when the columns read two ways and the user
 * has not said: the wizard asks instead of guessing.
 */
export function numberFormatIn(s: WizardState): NumberFormat | null {
  if (s.numberFormatChosen) return s.numberFormat;
  const p = numberProposal(s);
  if (p?.format) return p.format;
  return p?.question ? null : s.numberFormat;
}

/** The mapping step cannot go on: the mapping has problems, the number format is a question not answered, or a row filter has no value ticked. */
export const mapBlocked = (s: WizardState): boolean => (mappingOf(s)?.issues.length ?? 0) > 0 || numberFormatIn(s) === null || rowFilterEmpty(s);

/** What submitting the check step does: ask for a choice, read the fixed file again, or import. */
export function previewIntent(s: WizardState): 'choose' | 'reread' | 'import' | null {
  if (!s.preview) return null;
  if (s.preview.badRows > 0 && s.choice === null) return 'choose';
  if (s.preview.badRows > 0 && s.choice === 'fix') return 'reread';
  return 'import';
}

/** The rows an import would write (added and updated). */
export const goodRows = (s: WizardState) => (s.preview ? s.preview.add + s.preview.update : 0);

export function wizardReducer(s: WizardState, a: WizardAction): WizardState {
  switch (a.type) {
    case 'target':
      return { ...s, target: a.target };
    case 'path':
      return { ...s, path: a.path };
    case 'picked':
      return { ...s, path: a.path, pathMissing: false, openError: null };
    case 'submitChoose':
      if (!s.path.trim()) return { ...s, openError: null, pathMissing: true };
      return { ...s, openError: null, pathMissing: false, step: 'read', file: null, preview: null };
    case 'progress':
      return { ...s, progress: a.progress };
    case 'opening':
      return { ...s, progress: { phase: 'read', done: 0, total: 0 }, error: null, notice: null };
    case 'opened': {
      const columns = a.keep ? columnsAfterRead(a.file, s.file && { headers: s.file.headers, columns: s.columns }) : a.file.columns;
      // Another file or sheet has other columns: its rows are taken by a filter chosen for it.
      return { ...s, progress: null, file: a.file, columns, ...(a.keep ? {} : { numberFormat: a.file.numberFormat ?? a.fallbackFormat, numberFormatChosen: false, rowFilter: null }) };
    }
    case 'openFailed':
      return { ...s, progress: null, step: 'choose', ...(a.error.kind === 'cancelled' ? { notice: 'cancelled' as const } : { openError: a.error }) };
    case 'toMap':
      return { ...s, mapSubmitted: false, step: 'map' };
    case 'goto':
      return { ...s, step: a.step };
    case 'column': {
      const columns = [...s.columns];
      columns[a.index] = a.field;
      return { ...s, columns };
    }
    case 'numberFormat':
      return { ...s, numberFormat: a.numberFormat, numberFormatChosen: true };
    case 'saveMapping':
      return { ...s, saveMapping: a.save };
    case 'rowFilterColumn':
      return { ...s, rowFilter: a.column === null ? null : { column: a.column, values: [] } };
    case 'rowFilterValue': {
      if (!s.rowFilter) return s;
      const values = s.rowFilter.values.filter((v) => v !== a.value);
      return { ...s, rowFilter: { ...s.rowFilter, values: a.taken ? [...values, a.value] : values } };
    }
    case 'submitMap': {
      if (mapBlocked(s)) return { ...s, mapSubmitted: true };
      return { ...s, mapSubmitted: true, step: 'preview', preview: null, choice: null, choiceMissing: false };
    }
    case 'checking':
      return { ...s, progress: { phase: 'check', done: 0, total: 0 }, error: null };
    case 'checked':
      return { ...s, progress: null, preview: a.preview };
    case 'checkFailed':
      return { ...s, progress: null, step: 'map', ...(a.error.kind === 'cancelled' ? { notice: 'cancelled' as const } : { error: a.error }) };
    case 'choice':
      return { ...s, choice: a.choice };
    case 'submitPreview':
      return previewIntent(s) === 'choose' ? { ...s, choiceMissing: true } : s;
    case 'rereading':
      return { ...s, preview: null, choice: null };
    case 'writing':
      return { ...s, running: true, error: null, progress: { phase: 'write', done: 0, total: goodRows(s) } };
    case 'written':
      return { ...s, running: false, progress: null, result: a.result, importStep: a.step, undone: null, step: 'done' };
    case 'writeFailed':
      // Cancelled before it committed: nothing was written, and the import is forgotten.
      if (a.error.kind === 'cancelled') return { ...s, running: false, progress: null, notice: 'cancelledWrite', step: 'choose' };
      return { ...s, running: false, progress: null, error: a.error };
    case 'undone':
      return { ...s, undone: a.which };
    case 'restart':
      return { ...s, step: 'choose', file: null, preview: null, result: null, mapSubmitted: false, saveMapping: false, path: '', rowFilter: null };
  }
}
