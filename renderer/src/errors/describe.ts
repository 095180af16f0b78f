import type { TFunction } from 'i18next';
import { toIssues } from '../../../shared/contract/issues';
import { IMPORT_MAX_BYTES, type AppError, type ChangedRow, type FileProblem, type UndoRefusal, type ValidationIssue } from '../../../shared/contract/errors';
import { formatDate, formatDateTime } from '../../../shared/domain/format';

/** The contract's custom issue messages (validation.custom.<key>), whatever the issue's code. */
export const customMessages = [
  'periodEndBeforeStart', 'endBeforeStart', 'committedAbovePlanned', 'spentAboveCommitted', 'planTotalTooLarge', 'attachedTwice', 'duplicateId',
  'builtInFundingSourceName', 'fundingSourceInUse', 'builtInFundingSource',
  'yearOutOfRange', 'hiddenCharacters', 'websiteNotUrl', 'duplicateLanguage', 'duplicateOption', 'targetBeforeBaseline',
  // Paths (issue 13, path 9)
  'pathCharacters', 'pathNotAbsolute',
] as const;

/** A question's message (validation.question.<key>), with its codes in words. */
function describeQuestion(t: TFunction, p: Record<string, string | number>, lng: string): string {
  const word = (key: string) => t(key).toLocaleLowerCase(lng);
  switch (p.question) {
    case 'helixType':
      return t('validation.question.helixType', { type: word(`stakeholderType.${p.type}`), helix: word(`helix.${p.helix}`), usual: word(`helix.${p.usual}`) });
    case 'milestoneOutsideAction': {
      const date = (d: string | number | undefined) => formatDate(String(d ?? ''), lng);
      const before = p.startDate !== '' && String(p.dueDate) < String(p.startDate);
      return t(before ? 'validation.question.milestoneBeforeStart' : 'validation.question.milestoneAfterEnd', { dueDate: date(p.dueDate), startDate: date(p.startDate), endDate: date(p.endDate) });
    }
    default:
      return t('validation.custom.other');
  }
}

/** A custom message's params in words (a language code as its name). */
const customParams = (t: TFunction, key: string, p: Record<string, string | number>) =>
  key === 'duplicateLanguage' ? { ...p, language: t(`planLanguage.${p.language}`) } : p;

/** Problems of files in and out with their own words (files.*.json); detail picks a variant. */
const filesProblems = new Set<FileProblem>(['wouldReplacePlan', 'folderReadOnly', 'folderNotFound', 'notRegularFile', 'tooLarge']);
const filesVariants: Partial<Record<FileProblem, { variants: string[]; fallback: string }>> = {
  wouldReplacePlan: { variants: ['open', 'plan', 'database'], fallback: 'plan' },
  notRegularFile: { variants: ['directory', 'fifo', 'device', 'socket', 'other'], fallback: 'other' },
};
function describeFilesProblem(t: TFunction, error: Extract<AppError, { kind: 'file' }>): string {
  const v = filesVariants[error.reason];
  const key = v ? `files.problem.${error.reason}.${v.variants.includes(error.detail ?? '') ? error.detail : v.fallback}` : `files.problem.${error.reason}`;
  return t(key, { file: error.file, limit: IMPORT_MAX_BYTES / (1024 * 1024) });
}

/** What an import found instead of a spreadsheet (errors.ts FileProblem notSpreadsheet detail). */
const notSpreadsheetKinds = ['sqlite', 'png', 'pdf', 'jpeg', 'gif', 'legacyXls', 'gzip', 'zipNotXlsx', 'binary'];

const entities = ['plan', 'sector', 'stakeholder', 'network', 'action', 'indicator', 'workshop', 'fundingSource'];

/** One validation issue in words, without the field name (it is shown at the field). */
export function describeIssue(t: TFunction, issue: ValidationIssue, lng = 'en'): string {
  const p = issue.params ?? {};
  const origin = String(p.origin ?? '');
  if (p.question !== undefined) return describeQuestion(t, p, lng);
  // A message of the contract's own (a year out of range is a too_small with 'yearOutOfRange').
  const message = String(p.message ?? '');
  if ((customMessages as readonly string[]).includes(message)) return t(`validation.custom.${message}`, customParams(t, message, p));
  switch (issue.code) {
    case 'too_small':
      if (origin === 'string') return Number(p.minimum) <= 1 ? t('validation.required') : t('validation.tooShortString', { minimum: p.minimum });
      if (origin === 'array' || origin === 'set') return t('validation.tooFewItems', { minimum: p.minimum });
      return t('validation.tooSmallNumber', { minimum: p.minimum });
    case 'too_big':
      if (origin === 'string') return t('validation.tooLongString', { maximum: p.maximum });
      // Money travels in cents; the limit is told in euros.
      if (/Cents$/.test(issue.path) && origin === 'number') return t('validation.tooBigEuros', { maximum: Number(p.maximum) / 100 });
      if (origin === 'array' || origin === 'set') return t('validation.tooManyItems', { maximum: p.maximum });
      return t('validation.tooBigNumber', { maximum: p.maximum });
    case 'invalid_type':
      if (p.expected === 'number' || p.expected === 'int') return t('validation.notANumber');
      if (p.expected === 'string') return t('validation.required');
      return t('validation.invalidType');
    case 'invalid_value':
      return t('validation.invalidValue');
    case 'invalid_format':
      if (p.format === 'date') return t('validation.invalidDate');
      if (p.format === 'email') return t('validation.invalidEmail');
      if (p.format === 'url') return t('validation.invalidUrl');
      return t('validation.invalidFormat');
    case 'constraint':
      return String(p.constraint ?? '').includes('UNIQUE') ? t('validation.constraintUnique') : t('validation.constraint');
    case 'custom': {
      const key = String(p.message ?? '');
      if ((customMessages as readonly string[]).includes(key)) return t(`validation.custom.${key}`);
      if (key === 'constraint') return t('validation.constraint');
      return t('validation.custom.other');
    }
    default:
      return t('validation.unknown');
  }
}

export interface DescribedError {
  /** A heading for a dialog or alert. */
  title: string;
  /** The whole message in words: what is wrong and what to do. */
  message: string;
  /** Raw technical detail, if the host gave one (shown folded). */
  detail?: string;
}

/** The UI language the app set on the page (i18n.ts keeps it in step); English outside a page. */
const pageLanguage = () => (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement?.lang || 'en';

/** A plan open elsewhere, in words: who, on which computer, since when (or that its lock file names no one). */
export function describeLocked(t: TFunction, error: Extract<AppError, { kind: 'file' }>, lng = pageLanguage()): string {
  const h = error.holder;
  if (!h || !h.user || !h.host) return t('errors.file.lockedUnknown', { file: error.file });
  return t('errors.file.locked', { file: error.file, user: h.user, host: h.host, since: formatDateTime(h.since, lng) });
}

/** Every AppError in the user's language. */
export function describeError(t: TFunction, error: AppError, lng = pageLanguage()): DescribedError {
  switch (error.kind) {
    case 'file':
      if (error.reason === 'locked') return { title: t('errors.fileTitle'), message: describeLocked(t, error, lng) };
      if (filesProblems.has(error.reason)) return { title: t('errors.fileTitle'), message: describeFilesProblem(t, error) };
      // Compare and merge (issue 21): a file of another plan, in the versions catalogue.
      if (error.reason === 'otherPlan') return { title: t('errors.fileTitle'), message: t('versions.otherPlan', { file: error.file }) };
      // An import of something that is not a spreadsheet: the message names what it is.
      if (error.reason === 'notSpreadsheet') return { title: t('errors.fileTitle'), message: t(`import.errors.notSpreadsheet.${notSpreadsheetKinds.includes(error.detail ?? '') ? error.detail : 'binary'}`, { file: error.file }) };
      return {
        title: t('errors.fileTitle'),
        message: t(`errors.file.${error.reason}`, { file: error.file }),
        ...(error.detail ? { detail: error.detail } : {}),
      };
    case 'validation': {
      const first = error.issues[0];
      return {
        title: t('errors.summaryTitle'),
        message: first ? `${t('errors.validation')} ${describeIssue(t, first)}` : t('errors.validation'),
      };
    }
    case 'cancelled':
      return { title: t('import.errors.cancelledTitle'), message: t('import.errors.cancelled') };
    case 'noPlanOpen':
      return { title: t('errors.title'), message: t('errors.noPlanOpen') };
    case 'notFound':
    case 'conflict': {
      const entity = t(`entity.${entities.includes(error.entity) ? error.entity : 'other'}`);
      return { title: t('errors.title'), message: t(error.kind === 'notFound' ? 'errors.notFound' : 'errors.conflict', { entity }) };
    }
    case 'unknownChannel':
      return { title: t('errors.title'), message: t('errors.unknownChannel', { channel: error.channel }) };
    case 'undoRefused':
      return describeUndoRefusal(t, error);
    case 'internal':
      if (error.ref === 'offline') return { title: t('errors.title'), message: t('errors.offline') };
      // The browser host refused a request body over its limit (HTTP 413).
      if (error.ref === 'http-413') return { title: t('errors.title'), message: t('errors.tooLarge') };
      return { title: t('errors.title'), message: t('errors.internal', { ref: error.ref }) };
    default:
      return { title: t('errors.title'), message: t('errors.internal', { ref: 'unknown' }) };
  }
}

/**
 * Field errors from a validation error, keyed by field path. `prefix` strips a wrapper
 * ("fields." in plan.create); issues without a known field land under "".
 */
export function fieldErrors(t: TFunction, error: AppError | null, known: readonly string[], prefix = '', lng = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  if (!error || error.kind !== 'validation') return out;
  for (const issue of error.issues) {
    let path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    path = path.split('.')[0] ?? '';
    if (issue.code === 'constraint' && known.includes('name')) path = 'name';
    const key = known.includes(path) ? path : '';
    if (!out[key]) out[key] = describeIssue(t, issue, lng);
  }
  return out;
}

/** zod issues (client-side checks) in the same shape the core sends. */
export { toIssues };

/** An undo step's label in words ("rename sector"). */
export const stepName = (t: TFunction, label: string) => t(`step.${label}`, { defaultValue: t('step.other') });

/** Rows in the way of an undo, in words: 'sector “Logistics”, stakeholder “Xamk” and 3 more'. */
function rowsInWords(t: TFunction, rows: readonly ChangedRow[]): string {
  const named = rows.map((r) => {
    const entity = t(`history.table.${r.entity}`, { defaultValue: t('history.table.other') });
    return r.name ? t('history.row', { entity, name: r.name }) : t('history.rowNoName', { entity });
  });
  const shown = named.slice(0, 3);
  return named.length > shown.length ? t('history.more', { shown: shown.join(', '), count: named.length - shown.length }) : shown.join(', ');
}

function describeUndoRefusal(t: TFunction, error: UndoRefusal): DescribedError {
  const title = t('history.refused.title', { mode: t(`history.refused.mode.${error.mode}`), step: stepName(t, error.label) });
  let message: string;
  if (error.reason === 'changedSince')
    message = error.rows.length
      ? t('history.refused.changedSince', { count: error.rows.length, rows: rowsInWords(t, error.rows) })
      : t('history.refused.changedSinceNoName');
  else message = t(`history.refused.${error.reason}`);
  return { title, message };
}
