import { useMemo, useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { AppError, ValidationIssue } from '../../../shared/contract/errors';
import { hiddenCharacters, withoutHiddenCharacters } from '../../../shared/schemas/common';
import { toIssues as issuesOf } from '../../../shared/contract/issues';
import { inputText, kindAt, readInput, type Choice, type FieldKinds } from '../../../shared/domain/reading';
import { describeIssue, toIssues } from '../errors/describe';
import { readErrors } from '../errors/read-problem';
import { ErrorNotice, ErrorSummary } from './ErrorNotice';
import { prop } from './editor/fields';
import './form.css';

export type FormValues = Record<string, unknown>;

/**
 * Pasting into a one-line field: hidden characters (zero-width spaces, direction marks) are
 * left out of the pasted text, where the user sees the result before saving; the contract
 * refuses them (shared/schemas/common.ts hiddenCharacters), so a paste from a web page or a
 * document does not end in an error the user cannot see the cause of.
 */
export function pasteVisible(e: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>, value: string, set: (next: string) => void): void {
  const text = e.clipboardData.getData('text/plain');
  if (!hiddenCharacters.test(text)) return;
  e.preventDefault();
  const el = e.currentTarget;
  const start = el.selectionStart ?? value.length;
  const clean = withoutHiddenCharacters(text);
  set(value.slice(0, start) + clean + value.slice(el.selectionEnd ?? start));
  requestAnimationFrame(() => el.setSelectionRange(start + clean.length, start + clean.length));
}

/** The questions (shared/schemas/questions.ts) these values raise, as issues, whatever was accepted. */
function questionsIn(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : issuesOf(parsed.error).filter((i) => i.params?.question !== undefined);
}
const questionKey = (i: ValidationIssue) => String(i.params!.question);

/** Field errors keyed by path ("name", "fundingLines.0.spentCents"); issues of no known field under "". */
export function issuesToErrors(t: TFunction, issues: readonly ValidationIssue[], known: readonly string[], lng = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const top = issue.path.split('.')[0] ?? '';
    const key = known.includes(top) ? issue.path : issue.code === 'constraint' && known.includes('name') ? 'name' : '';
    // A question is explained once, in the form's "Check before saving" box; the field points there.
    if (!out[key]) out[key] = issue.params?.question !== undefined ? t('form.questionAtField') : describeIssue(t, issue, lng);
  }
  return out;
}

export interface EntityFormOptions<V extends FormValues, S extends z.ZodType> {
  /** Prefix of every control id: `${formId}-${path}`. */
  formId: string;
  initial: V;
  /** The field names, in the order of the form (the first wrong one gets focus). */
  fields: readonly string[];
  /** Values as the channel's input (numbers and dates read in the UI language, blanks to null). */
  toInput: (values: V, language: string) => Record<string, unknown>;
  /**
   * The kind of each field typed as text (amounts, decimals, years, dates), by path: a text that
   * is not a value of its kind gets that kind's message, and one that reads two ways a question.
   */
  kinds?: FieldKinds;
  /** The contract's schema for this input: checked as the user types and leaves fields; what it gives is sent. */
  schema: S;
  /** Sends the input; a validation error lands at the fields, other errors above the form. */
  save: (input: z.output<S>) => Promise<AppError | null>;
}

/**
 * Form state with the contract's validation: a fixed error goes away while typing, new ones
 * appear when a field is left, all of them (with a summary) on submit; server issues land at
 * their fields too.
 */
export function useEntityForm<V extends FormValues, S extends z.ZodType>({ formId, initial, fields, toInput, schema, save, kinds }: EntityFormOptions<V, S>) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // The latest values for blur checks right after a change (state lags one render).
  const valuesRef = useRef(values);
  // The questions the user confirmed. An editor starts with those its stored row already raises:
  // they were confirmed when saved (or predate the question), so they are not asked again.
  const [accepted, setAccepted] = useState<string[]>(() => [...new Set(questionsIn(schema, toInput(initial, lng)).map(questionKey))]);
  const acceptedRef = useRef(accepted);
  const [serverQuestions, setServerQuestions] = useState<ValidationIssue[]>([]);
  /** The input with the confirmed questions (only schemas that ask questions ever get some). */
  const inputOf = (v: V, ok: readonly string[] = acceptedRef.current) => (ok.length ? { ...toInput(v, lng), accepted: ok } : toInput(v, lng));

  const check = (v: V, ok?: readonly string[]): Record<string, string> => {
    const parsed = schema.safeParse(inputOf(v, ok));
    const out = parsed.success ? {} : issuesToErrors(t, toIssues(parsed.error), fields, lng);
    if (!kinds) return out;
    // A typed field left empty that needs a value is missing, not "not a number".
    for (const path of Object.keys(out)) if (kindAt(kinds, path) && String(valueAt(v, path) ?? '').trim() === '') out[path] = t('validation.required');
    // What the text is (not a number, two readings) says more than what the schema makes of it.
    return { ...out, ...readErrors(t, v, kinds, lng).errors };
  };
  const choices: Record<string, Choice[]> = kinds ? readErrors(t, values, kinds, lng).choices : {};
  const idFor = (path: string) => `${formId}-${path.replace(/\./g, '-')}`;

  const focusFirst = (errs: Record<string, string>) => {
    const keys = Object.keys(errs);
    const first = fields.map((f) => keys.find((k) => k === f || k.startsWith(`${f}.`))).find(Boolean) ?? keys[0];
    if (first !== undefined) {
      const el = document.getElementById(idFor(first)) ?? document.getElementById(idFor(first.split('.')[0] ?? ''));
      if (el) el.focus();
      else document.querySelector<HTMLElement>(`#${formId} .error-summary`)?.focus();
    }
  };

  const set = <K extends keyof V & string>(key: K, value: V[K]) => update({ ...valuesRef.current, [key]: value });
  /** Sets one value by its path ("fundingLines.0.plannedCents"). */
  const setAt = (path: string, value: unknown) => update(setPath(valuesRef.current, path.split('.'), value) as V);
  const update = (next: V) => {
    valuesRef.current = next;
    setValues(next);
    setServerQuestions((q) => (q.length ? [] : q));
    setErrors((prev) => {
      if (Object.keys(prev).length === 0) return prev;
      const now = check(next);
      const out: Record<string, string> = {};
      // Keep an error only while it still applies (its message may change).
      for (const k of Object.keys(prev)) if (now[k]) out[k] = now[k];
      return out;
    });
  };

  /** Leaving a field: show its errors (prefix match covers rows of a table). */
  const blur = (path: string, related: readonly string[] = []) => {
    // A typed value that reads as one value is shown back the language's way ("€150,000" → "150,000"), so the user sees how it was read.
    const kind = kinds ? kindAt(kinds, path) : undefined;
    const text = valueAt(valuesRef.current, path);
    if (kind && typeof text === 'string') {
      const r = readInput(kind, text, lng);
      const shown = r.ok && r.value !== null ? inputText(kind, r.value, lng) : text;
      if (shown !== text) setAt(path, shown);
    }
    const now = check(valuesRef.current);
    const paths = [path, ...related];
    setErrors((prev) => {
      const out = { ...prev };
      for (const [k, v] of Object.entries(now)) if (paths.some((p) => k === p || k.startsWith(`${p}.`))) out[k] = v;
      return out;
    });
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setFailure(null);
    const local = check(values);
    setErrors(local);
    // The schema's reading of the values is what is sent: checked, typed, defaults filled in.
    const parsed = schema.safeParse(inputOf(values));
    if (Object.keys(local).length > 0 || !parsed.success) {
      requestAnimationFrame(() => focusFirst(local));
      return;
    }
    setBusy(true);
    const error = await save(parsed.data);
    setBusy(false);
    if (!error) {
      // A form that stays open after its save keeps focus in it (its first field) rather than
      // the page body; one that closed has handed focus on (useReturnToList).
      requestAnimationFrame(() => {
        const here = document.activeElement;
        if (here && here !== document.body) return;
        document.getElementById(formId)?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      });
      return;
    }
    if (error.kind === 'validation') {
      const server = issuesToErrors(t, error.issues, fields, lng);
      setServerQuestions(error.issues.filter((i) => i.params?.question !== undefined));
      setErrors(server);
      requestAnimationFrame(() => focusFirst(server));
    } else setFailure(error);
  };

  /** A reading chosen from a field's question: it goes into the field, which is checked again. */
  const choose = (path: string, text: string) => {
    setAt(path, text);
    blur(path);
  };

  // Questions the current values raise (checked here, or found by the core against stored values).
  const raised = [...questionsIn(schema, toInput(values, lng)), ...serverQuestions];
  const questions = [...new Map(raised.map((i) => [questionKey(i), { key: questionKey(i), message: describeIssue(t, i, lng), accepted: accepted.includes(questionKey(i)) }])).values()];
  /** Confirms (or withdraws) a question: its errors at the fields go (or come back) with it. */
  const accept = (key: string, on: boolean) => {
    const next = on ? [...new Set([...acceptedRef.current, key])] : acceptedRef.current.filter((k) => k !== key);
    acceptedRef.current = next;
    setAccepted(next);
    const now = check(valuesRef.current, next);
    const paths = raised.filter((i) => questionKey(i) === key).map((i) => i.path);
    setErrors((prev) => {
      const out: Record<string, string> = {};
      for (const k of Object.keys(prev)) if (now[k]) out[k] = now[k];
      if (!on) for (const p of paths) if (now[p]) out[p] = now[p];
      return out;
    });
  };

  return { values, set, setAt, errors, choices, choose, blur, submit, submitted, failure, setFailure, busy, idFor, formId, questions, accept };
}

const valueAt = (node: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, k) => prop(n, k), node);

/** A copy of `node` with the value at `path` replaced (arrays stay arrays). */
function setPath(node: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(node)) return node.map((item, i) => (String(i) === head ? setPath(item, rest, value) : item));
  const obj = (node ?? {}) as Record<string, unknown>;
  return { ...obj, [head]: setPath(obj[head], rest, value) };
}

export type EntityForm<V extends FormValues> = ReturnType<typeof useEntityForm<V, z.ZodType>>;
/** What the frame needs of a form, whatever its values. */
type FrameForm = Pick<EntityForm<FormValues>, 'submit' | 'errors' | 'submitted' | 'failure' | 'busy' | 'idFor' | 'formId' | 'questions' | 'accept'>;

/** The frame of every editor form: title, error summary, failure, fields, one primary button. */
export function FormFrame({
  form,
  title,
  labelFor,
  onCancel,
  children,
  saveLabel,
}: {
  form: FrameForm;
  title: string;
  /** The label of a field path, for the error summary. */
  labelFor: (path: string) => string | undefined;
  onCancel: () => void;
  children: ReactNode;
  saveLabel?: string;
}) {
  const { t } = useTranslation();
  const labels = useMemo(() => {
    const out: Record<string, string> = {};
    for (const k of Object.keys(form.errors)) {
      const l = labelFor(k);
      if (l) out[k] = l;
    }
    return out;
  }, [form.errors, labelFor]);
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void form.submit();
    }
  };
  return (
    <form id={form.formId} className="form editor" aria-labelledby={`${form.formId}--heading`} onSubmit={(e) => void form.submit(e)} onKeyDown={onKeyDown} noValidate>
      <h2 id={`${form.formId}--heading`} className="editor__title">
        {title}
      </h2>
      <p className="field__hint">{t('form.requiredNote')}</p>
      {form.submitted ? <ErrorSummary errors={form.errors} labels={labels} idFor={form.idFor} /> : null}
      {form.failure ? <ErrorNotice error={form.failure} /> : null}
      {children}
      {form.questions?.length ? (
        <fieldset className="fieldset questions">
          <legend className="questions__title">{t('form.questionsTitle')}</legend>
          {form.questions.map((q) => (
            <div key={q.key} className="questions__item">
              <p id={`${form.formId}--q-${q.key}`}>{q.message}</p>
              <label className="check">
                <input type="checkbox" checked={q.accepted} aria-describedby={`${form.formId}--q-${q.key}`} onChange={(e) => form.accept?.(q.key, e.target.checked)} />
                <span>{t('form.acceptQuestion')}</span>
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="form__buttons editor__buttons">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {saveLabel ?? t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
