import type { AppError } from '../../../../shared/contract/errors';
import { proposeNumberFormat, type NumberFormat } from '../../../../shared/domain/numbers';
import { createdKey, type CreateValues, type ImportFile, type ImportPreview, type ImportResult } from '../../../../shared/schemas/import';
import type { Helix, NetworkScope } from '../../../../shared/schemas/enums';
import type { Stakeholder } from '../../../../shared/schemas/stakeholder';
import { importFields, importTargets, type ImportTarget } from '../../../../shared/domain/import/fields';
import { resolveMapping, takesDefault } from '../../../../shared/domain/import/stage';
import { parseEnum, type EnumName } from '../../../../shared/domain/import/values';

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

type StakeholderType = Stakeholder['type'];

/** Per enumerated field, the app's value the user chose for a word of the file (keyed as the file writes it). */
export type ValueChoices = Record<string, Record<string, string>>;

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
  /** The user's own choices of values for the file's words (proposals are derived: valueTables). */
  values: ValueChoices;
  /** One value for all rows of a field the file lacks (an enum code, a funding source's id). */
  defaults: Record<string, string>;
  /** What created stakeholders and networks get (the helix has no default: the user chooses it). */
  create: CreateValues;
  /** Created stakeholders without a helix show their error once the user tried to import. */
  createSubmitted: boolean;
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
  | { type: 'value'; field: string; word: string; code: string | null }
  | { type: 'default'; field: string; value: string | null }
  | { type: 'createAll'; helix?: Helix | null; stakeholderType?: StakeholderType; scope?: NetworkScope }
  | { type: 'createItem'; key: string; helix?: Helix | undefined; stakeholderType?: StakeholderType | undefined; scope?: NetworkScope | undefined }
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

const noCreateValues = (): CreateValues => ({ helix: null, type: 'other', scope: 'regional', items: {} });

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
    values: {},
    defaults: {},
    create: noCreateValues(),
    createSubmitted: false,
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

/** The mapping of the current file (null before one is read); a field with a value for all rows is not missing. */
export const mappingOf = (s: WizardState) => (s.file ? resolveMapping(s.target, s.file.headers, s.columns, s.defaults) : null);

/** One word of the file in a mapped enumerated column: how many rows hold it, what the app proposes and what is chosen. */
export interface ValueRow {
  word: string;
  rows: number;
  proposed: string | null;
  /** The user's choice, else the proposal; null: not mapped (its rows are refused). */
  code: string | null;
}
export interface ValueTable {
  field: string;
  enumName: EnumName;
  col: number;
  rows: ValueRow[];
}

/** For each mapped enumerated column with few distinct values, its words and the app's value for each. */
export function valueTables(s: WizardState): ValueTable[] {
  const mapping = mappingOf(s);
  if (!s.file || !mapping) return [];
  return mapping.mapped.flatMap((m) => {
    const words = s.file!.distinct[m.col];
    if (m.field.kind !== 'enum' || !words) return [];
    const enumName = m.field.enum!;
    const chosen = s.values[m.field.key] ?? {};
    const rows = words.map(({ value, rows: n }) => {
      const p = parseEnum(enumName, value);
      const proposed = p.ok ? p.value : null;
      return { word: value, rows: n, proposed, code: Object.hasOwn(chosen, value) ? (chosen[value] || null) : proposed };
    });
    return [{ field: m.field.key, enumName, col: m.col, rows }];
  });
}

/** The value mapping sent to the core (and saved): every word of a mapped enum column with its value. */
export function valueMapping(s: WizardState): ValueChoices {
  // A word longer than the contract's key (500) is no status word: left unmapped, its rows are refused with the allowed values.
  return Object.fromEntries(valueTables(s).map((t) => [t.field, Object.fromEntries(t.rows.flatMap((r) => (r.code && r.word.length <= 500 ? [[r.word, r.code]] : [])))]));
}

/** Fields the file has no column for that can take one value for all rows (required ones first). */
export function defaultFields(s: WizardState) {
  const mapped = new Set(s.columns.filter((c): c is string => c !== null));
  const fields = importFields[s.target].filter((f) => takesDefault(f) && !mapped.has(f.key));
  const needed = (key: string) => importFields[s.target].find((f) => f.key === key)?.required || (s.target === 'stakeholders' && key === 'helix' && !mapped.has('type'));
  return [...fields].sort((a, b) => Number(needed(b.key)) - Number(needed(a.key))).map((f) => ({ field: f, needed: !!needed(f.key) }));
}

/** The values sent for all rows: only for fields the file has no column for. */
export function defaultsSent(s: WizardState): Record<string, string> {
  const open = new Set(defaultFields(s).map((d) => d.field.key));
  return Object.fromEntries(Object.entries(s.defaults).filter(([k]) => open.has(k)));
}

/** Created stakeholders that would get no helix: neither one for all nor their own. */
export function createdWithoutHelix(s: WizardState): number {
  if (!s.preview || s.create.helix) return 0;
  return s.preview.created.filter((c) => c.kind === 'stakeholder' && !s.create.items[createdKey('stakeholder', c.name)]?.helix).length;
}

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
  if (s.choice !== 'fix' && createdWithoutHelix(s) > 0) return 'choose';
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
      const choices = a.keep ? {} : { values: a.file.values, defaults: a.file.defaults, create: noCreateValues() };
      return { ...s, progress: null, file: a.file, columns, ...choices, ...(a.keep ? {} : { numberFormat: a.file.numberFormat ?? a.fallbackFormat, numberFormatChosen: false, rowFilter: null }) };
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
    case 'value':
      // '' keeps "not mapped" as the user's choice, distinct from no choice (the proposal).
      return { ...s, values: { ...s.values, [a.field]: { ...s.values[a.field], [a.word]: a.code ?? '' } } };
    case 'default': {
      const defaults = { ...s.defaults };
      if (a.value === null) delete defaults[a.field];
      else defaults[a.field] = a.value;
      return { ...s, defaults };
    }
    case 'createAll':
      return {
        ...s,
        create: {
          ...s.create,
          ...(a.helix !== undefined ? { helix: a.helix } : {}),
          ...(a.stakeholderType ? { type: a.stakeholderType } : {}),
          ...(a.scope ? { scope: a.scope } : {}),
        },
      };
    case 'createItem': {
      const own = { ...s.create.items[a.key] };
      if ('helix' in a) own.helix = a.helix;
      if ('stakeholderType' in a) own.type = a.stakeholderType;
      if ('scope' in a) own.scope = a.scope;
      for (const k of ['helix', 'type', 'scope'] as const) if (own[k] === undefined) delete own[k];
      return { ...s, create: { ...s.create, items: { ...s.create.items, [a.key]: own } } };
    }
    case 'rowFilterColumn':
      return { ...s, rowFilter: a.column === null ? null : { column: a.column, values: [] } };
    case 'rowFilterValue': {
      if (!s.rowFilter) return s;
      const values = s.rowFilter.values.filter((v) => v !== a.value);
      return { ...s, rowFilter: { ...s.rowFilter, values: a.taken ? [...values, a.value] : values } };
    }
    case 'submitMap': {
      if (mapBlocked(s)) return { ...s, mapSubmitted: true };
      return { ...s, mapSubmitted: true, step: 'preview', preview: null, choice: null, choiceMissing: false, createSubmitted: false };
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
      return previewIntent(s) === 'choose' ? { ...s, choiceMissing: true, createSubmitted: true } : s;
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
