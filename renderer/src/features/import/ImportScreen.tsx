import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormatOf, numberFormats, type NumberFormat } from '../../../../shared/domain/numbers';
import type { AppError } from '../../../../shared/contract/errors';
import type { ImportFile, ImportPreview, ImportResult } from '../../../../shared/schemas/import';
import { importFields, importTargets, type ImportTarget } from '../../../../shared/domain/import/fields';
import { resolveMapping } from '../../../../shared/domain/import/stage';
import { limits } from '../../../../shared/schemas/common';
import { formatCount } from '../../../../shared/domain/format';
import { useApi, useAppStore, useAppStoreApi } from '../../store/context';
import { href, type Route, type ScreenId } from '../../app/router';
import { Field } from '../../components/Field';
import { ErrorNotice } from '../../components/ErrorNotice';
import { describeError } from '../../errors/describe';
import { fieldLabel, issueReason, mappingIssueText } from './issues';
import './import.css';

type Step = 'choose' | 'read' | 'map' | 'preview' | 'done';
const stepNumber: Record<Step, number> = { choose: 1, read: 2, map: 3, preview: 4, done: 5 };
type Columns = (string | null)[];
interface Progress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

/** Where the imported rows are listed. */
const listOf: Record<ImportTarget, ScreenId> = { stakeholders: 'stakeholders', networks: 'networks', actions: 'actions', indicators: 'indicators', measurements: 'indicators' };
const isTarget = (v: string | null): v is ImportTarget => !!v && (importTargets as readonly string[]).includes(v);
const delimiterKey = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/** A step's heading: takes focus when the step appears, so a screen reader starts there. */
function StepHeading({ step, title }: { step: Step; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [step]);
  return (
    <div className="import-step__head">
      <p className="import-step__caption">{t('import.stepOf', { step: stepNumber[step] })}</p>
      <h2 className="import-step__title" tabIndex={-1} ref={ref}>
        {title}
      </h2>
    </div>
  );
}

function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const label = t(`import.progress.${progress.phase}`);
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p className="import-progress__label">{label}</p>
      <progress className="import-progress__bar" aria-label={t('import.progress.label')} max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
      <p className="muted tabular">
        {progress.total
          ? t('import.progress.rows', { done: progress.done, total: progress.total, lng })
          : progress.done
            ? t('import.progress.rowsUnknown', { done: progress.done, lng })
            : '\u00a0'}
      </p>
      <div className="form__buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancelImport')}
        </button>
      </div>
    </div>
  );
}

/** GOV.UK error summary for a step: each line links to (focuses) its control. */
function Summary({ items }: { items: { id: string; text: string }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const count = items.length;
  useEffect(() => {
    if (count) ref.current?.focus();
  }, [count]);
  if (!count) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="error-summary__title">{t('errors.summaryTitle')}</p>
      <ul>
        {items.map((i) => (
          <li key={`${i.id}-${i.text}`}>
            <a
              href={`#${i.id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(i.id)?.focus();
              }}
            >
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Fields whose cells are read in the file's number format (amounts, values, progress). */
const numericKinds: readonly string[] = ['cents', 'number', 'percent'];

/** File → Import: a wizard, one thing per step (target and file, the file as read, mapping, check, result). */
export function ImportScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const api = useApi();
  const store = useAppStoreApi();
  const command = useAppStore((s) => s.command);
  const formId = useId();

  const [step, setStep] = useState<Step>('choose');
  const initialTarget = route.params.get('target');
  const [target, setTarget] = useState<ImportTarget>(isTarget(initialTarget) ? initialTarget : 'stakeholders');
  const [path, setPath] = useState('');
  const [pathError, setPathError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<AppError | null>(null);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [columns, setColumns] = useState<Columns>([]);
  const [saveMapping, setSaveMapping] = useState(false);
  /** How the file writes decimals: what its own numbers show, else the UI language's way, until the user says. */
  const [numberFormat, setNumberFormat] = useState<NumberFormat>(numberFormatOf(lng));
  const [mapSubmitted, setMapSubmitted] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choice, setChoice] = useState<'good' | 'fix' | null>(null);
  const [choiceError, setChoiceError] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  /** The undo step the import recorded; null when it changed nothing (then there is nothing to undo). */
  const [importStep, setImportStep] = useState<number | null>(null);
  const [undone, setUndone] = useState<'undone' | 'redone' | null>(null);
  const [running, setRunning] = useState(false);
  const session = useRef<string | null>(null);
  /** The read or check under way: events that arrive after its reply are ignored. */
  const pending = useRef<string | null>(null);

  // Progress of the read or check under way (only this wizard's session).
  useEffect(
    () =>
      api.onEvent((e) => {
        if (e.name === 'import.progress' && e.id === pending.current) setProgress({ phase: e.phase, done: e.done, total: e.total });
      }),
    [api],
  );

  const ids = {
    target: `${formId}-target-${importTargets[0]}`,
    path: `${formId}-path`,
    column: (i: number) => `${formId}-col-${i}`,
    choice: `${formId}-choice-good`,
  };

  /** Reads the file (import.open). Keeps the user's columns when the header row is unchanged. */
  const open = useCallback(
    async (p: string, sheet: string | undefined, keep: { headers: string[]; columns: Columns } | null): Promise<{ file: ImportFile; columns: Columns } | null> => {
      const id = crypto.randomUUID();
      session.current = id;
      setProgress({ phase: 'read', done: 0, total: 0 });
      setError(null);
      setNotice(null);
      pending.current = id;
      const reply = await api.call('import.open', { id, path: p, target, ...(sheet ? { sheet } : {}) });
      if (pending.current === id) pending.current = null;
      if (session.current !== id) return null;
      setProgress(null);
      if (!reply.ok) {
        if (reply.error.kind === 'cancelled') setNotice(t('import.cancelled'));
        else setOpenError(reply.error);
        setStep('choose');
        return null;
      }
      const f = reply.value;
      const cols = keep && sameHeaders(keep.headers, f.headers) ? keep.columns : f.columns;
      setFile(f);
      setColumns(cols);
      if (!keep) setNumberFormat(f.numberFormat ?? numberFormatOf(lng));
      return { file: f, columns: cols };
    },
    [api, target, t, lng],
  );

  /** Checks every row against the mapping (import.preview, writes nothing). */
  const check = useCallback(
    async (cols: Columns): Promise<boolean> => {
      const id = session.current;
      if (!id) return false;
      setProgress({ phase: 'check', done: 0, total: 0 });
      setError(null);
      pending.current = id;
      const reply = await api.call('import.preview', { id, columns: cols, numberFormat });
      if (pending.current === id) pending.current = null;
      if (session.current !== id) return false;
      setProgress(null);
      if (!reply.ok) {
        if (reply.error.kind === 'cancelled') setNotice(t('import.cancelled'));
        else setError(reply.error);
        return false;
      }
      setPreview(reply.value);
      return true;
    },
    [api, t, numberFormat],
  );

  const cancel = () => {
    const id = session.current;
    if (id) void api.call('import.cancel', { id });
  };

  const chooseFile = async () => {
    const reply = await api.call('host.pickPath', { mode: 'open', purpose: 'spreadsheet' });
    if (!reply.ok) return store.getState().showAlert(reply.error);
    if (!reply.value.supported) {
      document.getElementById(ids.path)?.focus();
      return;
    }
    if (reply.value.path) {
      setPath(reply.value.path);
      setPathError(null);
      setOpenError(null);
    }
  };

  const submitChoose = (e: FormEvent) => {
    e.preventDefault();
    setOpenError(null);
    if (!path.trim()) {
      setPathError(t('import.file.empty'));
      return;
    }
    setPathError(null);
    setStep('read');
    setFile(null);
    setPreview(null);
    void open(path.trim(), undefined, null);
  };

  const mapping = useMemo(() => (file ? resolveMapping(target, file.headers, columns) : null), [file, target, columns]);
  const hasTypeField = importFields[target].some((f) => f.key === 'type');

  const submitMap = (e: FormEvent) => {
    e.preventDefault();
    setMapSubmitted(true);
    if (mapping && mapping.issues.length > 0) return;
    setStep('preview');
    setPreview(null);
    setChoice(null);
    setChoiceError(false);
    void check(columns).then((ok) => {
      if (!ok) setStep('map');
    });
  };

  const reread = async () => {
    if (!file) return;
    setPreview(null);
    setChoice(null);
    const opened = await open(file.file, file.sheet ?? undefined, { headers: file.headers, columns });
    if (!opened) return;
    setStep('preview');
    if (!(await check(opened.columns))) setStep('map');
  };

  const runImport = async () => {
    const id = session.current;
    if (!id || !preview) return;
    setRunning(true);
    setError(null);
    setProgress({ phase: 'write', done: 0, total: preview.add + preview.update });
    pending.current = id;
    const reply = await command('import.run', { id, columns, numberFormat, goodRowsOnly: preview.badRows > 0, saveMapping });
    if (pending.current === id) pending.current = null;
    setRunning(false);
    setProgress(null);
    if (!reply.ok) {
      if (reply.error.kind !== 'cancelled') return setError(reply.error);
      // Cancelled before it committed: nothing was written, and the import is forgotten.
      session.current = null;
      setNotice(t('import.cancelledWrite'));
      setStep('choose');
      return;
    }
    session.current = null;
    setResult(reply.value);
    setImportStep(reply.step?.id ?? null);
    setUndone(null);
    setStep('done');
  };

  const submitPreview = (e: FormEvent) => {
    e.preventDefault();
    if (!preview) return;
    if (preview.badRows > 0 && choice === null) {
      setChoiceError(true);
      return;
    }
    if (preview.badRows > 0 && choice === 'fix') return void reread();
    void runImport();
  };

  const restart = () => {
    session.current = null;
    setStep('choose');
    setFile(null);
    setPreview(null);
    setResult(null);
    setMapSubmitted(false);
    setSaveMapping(false);
    setPath('');
  };

  const targetName = (x: ImportTarget) => t(`import.target.${x}`);
  let body: ReactNode;

  if (step === 'choose') {
    const openMessage = openError ? describeError(t, openError).message : null;
    const summary = [
      ...(pathError ? [{ id: ids.path, text: pathError }] : []),
      ...(openMessage && openError?.kind === 'file' ? [{ id: ids.path, text: openMessage }] : []),
    ];
    body = (
      <form className="form import-step" onSubmit={submitChoose} noValidate>
        <StepHeading step={step} title={t('import.steps.choose')} />
        <Summary items={summary} />
        {notice ? (
          <p className="import-notice" role="status">
            {notice}
          </p>
        ) : null}
        {openError && openError.kind !== 'file' ? <ErrorNotice error={openError} /> : null}
        <fieldset className="fieldset">
          <legend className="field__label">{t('import.target.legend')}</legend>
          <p className="field__hint">{t('import.target.hint')}</p>
          <div className="radio-list import-targets">
            {importTargets.map((x) => (
              <div key={x} className="import-radio">
                <input
                  type="radio"
                  name="import-target"
                  id={`${formId}-target-${x}`}
                  value={x}
                  checked={target === x}
                  onChange={() => setTarget(x)}
                  aria-describedby={`${formId}-target-${x}-hint`}
                />
                <label className="import-radio__label" htmlFor={`${formId}-target-${x}`}>
                  {targetName(x)}
                </label>
                <span className="import-radio__hint" id={`${formId}-target-${x}-hint`}>
                  {t(`import.target.${x}Hint`)}
                </span>
              </div>
            ))}
          </div>
        </fieldset>
        <Field id={ids.path} label={t('import.file.label')} hint={t('import.file.hint')} required error={pathError ?? (openError?.kind === 'file' ? (openMessage ?? undefined) : undefined)}>
          {(p) => (
            <div className="import-path">
              <input
                {...p}
                className="input input--mono"
                type="text"
                spellCheck={false}
                autoComplete="off"
                maxLength={limits.path}
                value={path}
                onChange={(e) => setPath(e.target.value)}
              />
              <button type="button" className="button" onClick={() => void chooseFile()}>
                {t('import.file.choose')}
              </button>
            </div>
          )}
        </Field>
        <div className="form__buttons">
          <button type="submit" className="button button--primary">
            {t('import.continue')}
          </button>
        </div>
      </form>
    );
  } else if (step === 'read') {
    body = (
      <div className="import-step">
        <StepHeading step={step} title={t('import.steps.read')} />
        {progress || !file ? (
          progress ? (
            <ProgressPanel progress={progress} onCancel={cancel} />
          ) : null
        ) : (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              setMapSubmitted(false);
              setStep('map');
            }}
          >
            <p className="muted">{t('import.read.lead')}</p>
            <dl className="facts import-facts">
              <div className="facts__row">
                <dt>{t('import.file.label')}</dt>
                <dd className="input--mono import-facts__file">{file.file}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('import.read.type')}</dt>
                <dd>{t(`import.read.format.${file.format}`)}</dd>
              </div>
              {file.encoding ? (
                <div className="facts__row">
                  <dt>{t('import.read.encoding')}</dt>
                  <dd>{t(`import.read.encodings.${file.encoding}`)}</dd>
                </div>
              ) : null}
              {file.delimiter ? (
                <div className="facts__row">
                  <dt>{t('import.read.delimiter')}</dt>
                  <dd>{t(`import.read.delimiters.${delimiterKey[file.delimiter]}`)}</dd>
                </div>
              ) : null}
              <div className="facts__row">
                <dt>{t('import.read.rows')}</dt>
                <dd className="tabular">{t('import.read.rowsValue', { count: file.rowCount, lng })}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('import.read.columns')}</dt>
                <dd className="tabular">{formatCount(file.headers.length, lng)}</dd>
              </div>
            </dl>
            {file.format === 'xlsx' && file.sheets.length > 1 ? (
              <Field label={t('import.read.sheet')} hint={t('import.read.sheetHint')}>
                {(p) => (
                  <select {...p} className="input select" value={file.sheet ?? ''} onChange={(e) => void open(file.file, e.target.value, null)}>
                    {file.sheets.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <div className="table-scroll import-sample">
              <table className="table">
                <caption className="import-caption">{t('import.read.sample')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('import.read.rowHeader')}
                    </th>
                    {file.headers.map((h, i) => (
                      <th key={i} scope="col">
                        {h || t('import.map.noHeader', { n: i + 1 })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {file.sample.slice(0, 5).map((r, ri) => (
                    <tr key={ri}>
                      <td className="num tabular">{ri + 2}</td>
                      {file.headers.map((_, ci) => (
                        <td key={ci}>{r[ci] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="form__buttons">
              <button type="submit" className="button button--primary">
                {t('import.read.toMapping')}
              </button>
              <button type="button" className="button" onClick={() => setStep('choose')}>
                {t('import.back')}
              </button>
            </div>
          </form>
        )}
      </div>
    );
  } else if (step === 'map' && file && mapping) {
    const fields = importFields[target];
    const issueAt = (col: number): string | undefined => {
      const key = columns[col];
      if (!mapSubmitted || !key) return undefined;
      const issue = mapping.issues.find((m) => m.field === key && m.code !== 'requiredFieldUnmapped');
      return issue ? mappingIssueText(t, target, issue, hasTypeField) : undefined;
    };
    const summary = mapSubmitted
      ? mapping.issues.map((m) => {
          const col = m.code === 'requiredFieldUnmapped' ? columns.findIndex((c) => c === null) : columns.findIndex((c) => c === m.field);
          return { id: ids.column(Math.max(0, col)), text: mappingIssueText(t, target, m, hasTypeField) };
        })
      : [];
    body = (
      <form className="form import-step" onSubmit={submitMap} noValidate>
        <StepHeading step={step} title={t('import.steps.map')} />
        <Summary items={summary} />
        <p className="muted">{t('import.map.lead')}</p>
        {file.savedMapping ? <p className="import-notice">{t('import.map.saved')}</p> : null}
        {error ? <ErrorNotice error={error} /> : null}
        {mapping.mapped.some((m) => numericKinds.includes(m.field.kind)) ? (
          <fieldset className="fieldset import-numbers" aria-describedby={`${formId}-numbers-hint`}>
            <legend className="field__label">{t('import.numbers.label')}</legend>
            <p className="field__hint" id={`${formId}-numbers-hint`}>
              {file.numberFormat ? t('import.numbers.found') : t('import.numbers.notFound')}
            </p>
            {numberFormats.map((f) => (
              <label key={f} className="check">
                <input type="radio" name={`${formId}-numbers`} value={f} checked={numberFormat === f} onChange={() => setNumberFormat(f)} />
                <span>{t(`import.numbers.${f}`)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <table className="table table--plain import-map">
          <thead>
            <tr>
              <th scope="col">{t('import.map.column')}</th>
              <th scope="col">{t('import.map.samples')}</th>
              <th scope="col">{t('import.map.field')}</th>
            </tr>
          </thead>
          <tbody>
            {file.headers.map((h, col) => {
              const header = h || t('import.map.noHeader', { n: col + 1 });
              const samples = file.sample.map((r) => r[col] ?? '').filter((v) => v.trim() !== '').slice(0, 3);
              const message = issueAt(col);
              const errorId = `${ids.column(col)}-error`;
              return (
                <tr key={col} className={message ? 'import-map__row--error' : undefined}>
                  <th scope="row" className="import-map__header">
                    {header}
                  </th>
                  <td className="import-map__samples">
                    {samples.length ? (
                      <ul>
                        {samples.map((s, i) => (
                          <li key={i}>{s}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td>
                    <div className={`field${message ? ' field--error' : ''}`}>
                      {message ? (
                        <p className="field__error" id={errorId}>
                          {message}
                        </p>
                      ) : null}
                      <select
                        id={ids.column(col)}
                        className="input select"
                        aria-label={t('import.map.fieldFor', { column: header })}
                        {...(message ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
                        value={columns[col] ?? ''}
                        onChange={(e) => {
                          const next = [...columns];
                          next[col] = e.target.value || null;
                          setColumns(next);
                        }}
                      >
                        <option value="">{t('import.map.ignore')}</option>
                        {fields.map((f) => (
                          <option key={f.key} value={f.key}>
                            {f.required ? t('import.map.required', { field: fieldLabel(t, target, f.key) }) : fieldLabel(t, target, f.key)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={saveMapping} onChange={(e) => setSaveMapping(e.target.checked)} aria-describedby={`${formId}-save-hint`} />
            <span>{t('import.map.save')}</span>
          </label>
          <p className="field__hint" id={`${formId}-save-hint`}>
            {t('import.map.saveHint')}
          </p>
        </div>
        <div className="form__buttons">
          <button type="submit" className="button button--primary">
            {t('import.map.toPreview')}
          </button>
          <button type="button" className="button" onClick={() => setStep('read')}>
            {t('import.back')}
          </button>
        </div>
      </form>
    );
  } else if (step === 'preview') {
    const good = preview ? preview.add + preview.update : 0;
    body = (
      <div className="import-step">
        <StepHeading step={step} title={t('import.steps.preview')} />
        {error ? <ErrorNotice error={error} /> : null}
        {progress || !preview ? (
          progress ? (
            <ProgressPanel progress={progress} onCancel={cancel} />
          ) : null
        ) : (
          <form className="form" onSubmit={submitPreview} noValidate>
            <Summary items={choiceError && choice === null ? [{ id: ids.choice, text: t('import.preview.choice') }] : []} />
            <p className="muted">{t('import.preview.lead')}</p>
            <section aria-labelledby={`${formId}-counts`}>
              <h3 className="visually-hidden" id={`${formId}-counts`}>
                {t('import.preview.counts')}
              </h3>
              <dl className="import-counts">
                {(
                  [
                    ['add', preview.add],
                    ['update', preview.update],
                    ['skip', preview.skip],
                    ['bad', preview.badRows],
                  ] as const
                ).map(([k, n]) => (
                  <div key={k} className={`import-count import-count--${k}`} data-count={k}>
                    <dt>{t(`import.preview.${k}`)}</dt>
                    <dd className="tabular">{formatCount(n, lng)}</dd>
                  </div>
                ))}
              </dl>
              {preview.empty > 0 ? <p className="muted">{t('import.preview.empty', { count: preview.empty, lng })}</p> : null}
            </section>
            {preview.issues.length === 0 ? (
              <p className="import-notice">{t('import.preview.noProblems')}</p>
            ) : (
              <section aria-labelledby={`${formId}-problems`} className="import-problems">
                <h3 className="section-title" id={`${formId}-problems`}>
                  {t('import.preview.problemsTitle', { count: preview.badRows, lng })}
                </h3>
                <p className="muted">{t('import.preview.problemsLead')}</p>
                <div className="table-scroll import-problems__scroll">
                  <table className="table import-problems__table">
                    <caption className="visually-hidden">{t('import.preview.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="num">
                          {t('import.preview.row')}
                        </th>
                        <th scope="col">{t('import.preview.column')}</th>
                        <th scope="col">{t('import.preview.value')}</th>
                        <th scope="col">{t('import.preview.reason')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.issues.map((i, n) => (
                        <tr key={n}>
                          <td className="num tabular">{i.row}</td>
                          <td>{i.column ?? t('import.preview.wholeRow')}</td>
                          <td className="import-problems__value">{i.value ?? ''}</td>
                          <td>{issueReason(t, i)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {preview.issueCount > preview.issues.length ? (
                  <p className="muted">{t('import.preview.more', { shown: preview.issues.length, count: preview.issueCount, lng })}</p>
                ) : null}
              </section>
            )}
            {preview.badRows > 0 ? (
              <fieldset className={`fieldset field${choiceError && choice === null ? ' field--error' : ''}`}>
                <legend className="field__label">{t('import.preview.choice')}</legend>
                <div className="radio-list import-targets">
                  <div className="import-radio">
                    <input type="radio" name="import-choice" id={ids.choice} checked={choice === 'good'} onChange={() => setChoice('good')} aria-describedby={`${formId}-good-hint`} />
                    <label className="import-radio__label" htmlFor={ids.choice}>
                      {t('import.preview.goodOnly')}
                    </label>
                    <span className="import-radio__hint" id={`${formId}-good-hint`}>
                      {t('import.preview.goodOnlyHint', { count: good, lng })}
                    </span>
                  </div>
                  <div className="import-radio">
                    <input type="radio" name="import-choice" id={`${formId}-choice-fix`} checked={choice === 'fix'} onChange={() => setChoice('fix')} aria-describedby={`${formId}-fix-hint`} />
                    <label className="import-radio__label" htmlFor={`${formId}-choice-fix`}>
                      {t('import.preview.fix')}
                    </label>
                    <span className="import-radio__hint" id={`${formId}-fix-hint`}>
                      {t('import.preview.fixHint')}
                    </span>
                  </div>
                </div>
              </fieldset>
            ) : null}
            {good === 0 && choice !== 'fix' ? <p className="import-notice">{t('import.preview.nothing')}</p> : null}
            <div className="form__buttons">
              {choice === 'fix' ? (
                <button type="submit" className="button button--primary">
                  {t('import.preview.reread')}
                </button>
              ) : (
                <button type="submit" className="button button--primary" disabled={running || good === 0}>
                  {t('import.preview.import', { count: good, lng })}
                </button>
              )}
              <button type="button" className="button" onClick={() => setStep('map')}>
                {t('import.back')}
              </button>
            </div>
          </form>
        )}
      </div>
    );
  } else if (step === 'done' && result) {
    const list = listOf[target];
    body = (
      <div className="import-step">
        <StepHeading step={step} title={t('import.done.title')} />
        <div className="panel import-done" role="status">
          <ul className="import-done__counts">
            <li>{t('import.done.added', { count: result.added, lng })}</li>
            <li>{t('import.done.updated', { count: result.updated, lng })}</li>
            <li>{t('import.done.skipped', { count: result.skipped, lng })}</li>
          </ul>
          <p>
            {importStep === null
              ? t('history.nothingChanged')
              : undone === 'undone'
                ? t('import.done.undone')
                : undone === 'redone'
                  ? t('import.done.redone')
                  : t('import.done.summary')}
          </p>
        </div>
        <div className="form__buttons">
          <a className="button button--primary" href={href(list)}>
            {t('import.done.viewList', { list: t(`nav.${list}`) })}
          </a>
          {importStep === null ? null : undone === 'undone' ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                void store
                  .getState()
                  .redoStep(importStep)
                  .then((r) => r.ok && setUndone('redone'))
              }
            >
              {t('import.done.redo')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() =>
                void store
                  .getState()
                  .undoStep(importStep)
                  .then((r) => r.ok && setUndone('undone'))
              }
            >
              {t('import.done.undo')}
            </button>
          )}
          <button type="button" className="button" onClick={restart}>
            {t('import.done.another')}
          </button>
        </div>
      </div>
    );
  } else {
    body = null;
  }

  return (
    <div className="screen screen--narrow import-screen">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{t('import.title')}</h1>
          <p className="screen-lead">{t('import.lead')}</p>
        </div>
      </header>
      <ol className="import-steps" aria-label={t('import.stepsLabel')}>
        {(['choose', 'read', 'map', 'preview', 'done'] as const).map((s) => (
          <li key={s} className={`import-steps__item${s === step ? ' import-steps__item--current' : stepNumber[s] < stepNumber[step] ? ' import-steps__item--done' : ''}`} {...(s === step ? { 'aria-current': 'step' as const } : {})}>
            <span className="import-steps__n" aria-hidden="true">
              {stepNumber[s]}
            </span>
            {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      {body}
    </div>
  );
}
