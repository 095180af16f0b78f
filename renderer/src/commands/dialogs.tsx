import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { PlanFieldsSchema, type PlanFields } from '../../../shared/schemas/plan';
import { acceleratorFor, appCommands, type AppCommand } from '../../../shared/shell/commands';
import { limits } from '../../../shared/schemas/common';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { ErrorNotice, ErrorSummary } from '../components/ErrorNotice';
import { describeIssue, fieldErrors, toIssues } from '../errors/describe';
import { readErrors } from '../errors/read-problem';
import { inputNumber, type FieldKinds } from '../../../shared/domain/reading';
import { formatAccelerator, isMac } from './accelerators';
import { useApi } from '../store/context';
import { FileIcon } from '../components/icons';
import { SubmitCancel } from '../components/SubmitCancel';
import pkg from '../../../package.json';
import './dialogs.css';

export type PathPurpose = 'open' | 'saveAs' | 'new' | 'copy';

/** The browser host has no native file dialog: ask for a path on the host machine. */
export function PathDialog({
  purpose,
  initial = '',
  words,
  onSubmit,
  onClose,
}: {
  purpose: PathPurpose;
  initial?: string;
  /** The words of another use of the same dialog (exports); the plan file's by default. */
  words?: { title: string; label: string; hint: string; empty: string; confirm: string };
  onSubmit: (path: string) => Promise<AppError | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [empty, setEmpty] = useState(false);
  const title =
    words?.title ?? (purpose === 'open' ? t('path.openTitle') : purpose === 'saveAs' ? t('path.saveAsTitle') : purpose === 'copy' ? t('planFile.copyTitle') : t('path.newTitle'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!value.trim()) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await onSubmit(value.trim());
    setBusy(false);
    if (failure) setError(failure);
  };

  const emptyText = words?.empty ?? t('path.empty');
  // A path the contract refused (relative, characters no file name has) says why; anything else asks for a path.
  const issue = error?.kind === 'validation' ? error.issues[0] : undefined;
  const pathError = empty && !value.trim() ? emptyText : issue ? (issue.code === 'custom' ? describeIssue(t, issue) : emptyText) : undefined;
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {error && error.kind !== 'validation' ? <ErrorNotice error={error} /> : null}
        <Field label={words?.label ?? t('path.label')} hint={words?.hint ?? t('path.hint')} required error={pathError}>
          {(p) => (
            <input
              {...p}
              className="input input--mono"
              type="text"
              data-autofocus
              spellCheck={false}
              autoComplete="off"
              maxLength={limits.path}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <SubmitCancel
          className="form__buttons"
          busy={busy}
          submit={words?.confirm ?? (purpose === 'open' ? t('common.open') : t('common.save'))}
          cancel={t('common.cancel')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

export function OverwriteDialog({ file, onConfirm, onClose }: { file: string; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('overwrite.title')} onClose={onClose} size="sm">
      <p>{t('overwrite.body', { file })}</p>
      <div className="form__buttons">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('overwrite.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

type PlanFieldName = 'name' | 'region' | 'periodStart' | 'periodEnd' | 'vision';
const yearKinds: FieldKinds = { periodStart: 'year', periodEnd: 'year' };
const planFieldNames: PlanFieldName[] = ['name', 'region', 'periodStart', 'periodEnd', 'vision'];

/** Step one of File → New: the plan's fields, checked here and again by the core. */
export function NewPlanDialog({
  initial,
  serverError,
  onNext,
  onClose,
}: {
  initial?: PlanFields;
  serverError?: AppError | null;
  onNext: (fields: PlanFields) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState({
    name: initial?.name ?? '',
    region: initial?.region ?? '',
    periodStart: String(initial?.periodStart ?? 2021),
    periodEnd: String(initial?.periodEnd ?? 2027),
    vision: initial?.vision ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>(() => fieldErrors(t, serverError ?? null, planFieldNames, 'fields.'));
  const [submitted, setSubmitted] = useState(false);

  const toYear = (s: string) => (s.trim() === '' ? undefined : (inputNumber('year', s, i18n.language) ?? undefined));
  const candidate = (v: typeof values) => ({
    name: v.name,
    region: v.region,
    periodStart: toYear(v.periodStart),
    periodEnd: toYear(v.periodEnd),
    vision: v.vision,
  });
  const check = (v: typeof values) => {
    const parsed = PlanFieldsSchema.safeParse(candidate(v));
    const out = parsed.success ? {} : fieldErrors(t, { kind: 'validation', issues: toIssues(parsed.error) }, planFieldNames);
    return { ...out, ...readErrors(t, v, yearKinds, i18n.language).errors };
  };

  const related = (key: PlanFieldName): PlanFieldName[] => (key === 'periodStart' || key === 'periodEnd' ? ['periodStart', 'periodEnd'] : [key]);
  /** While typing, an error that has been fixed goes away (nothing new appears until blur). */
  const set = (key: PlanFieldName) => (value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (related(key).some((k) => errors[k])) {
      const all = check(next);
      setErrors((e) => {
        const out = { ...e };
        for (const k of related(key)) if (!all[k]) delete out[k];
        return out;
      });
    }
  };
  /**
   * Validate on blur, only adding errors: removing text on blur would move the buttons
   * under the pointer between mousedown and mouseup and swallow the click.
   */
  const blur = (key: PlanFieldName) => () => {
    const all = check(values);
    setErrors((e) => {
      const next = { ...e };
      for (const k of related(key)) if (all[k]) next[k] = all[k];
      return next;
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const all = check(values);
    setErrors(all);
    if (Object.keys(all).length > 0) {
      const first = planFieldNames.find((k) => all[k]);
      if (first) document.getElementById(`new-plan-${first}`)?.focus();
      return;
    }
    onNext(PlanFieldsSchema.parse(candidate(values)) as PlanFields);
  };

  const labels: Record<string, string> = {
    name: t('newPlan.name'),
    region: t('newPlan.region'),
    periodStart: t('newPlan.periodStart'),
    periodEnd: t('newPlan.periodEnd'),
    vision: t('newPlan.vision'),
  };
  const idFor = (k: string) => `new-plan-${k}`;

  return (
    <Dialog title={t('newPlan.title')} onClose={onClose} describedBy="new-plan-lead">
      <form className="form" onSubmit={submit} noValidate>
        <p id="new-plan-lead" className="muted">
          {t('newPlan.lead')}
        </p>
        {submitted || serverError ? <ErrorSummary errors={errors} labels={labels} idFor={idFor} /> : null}
        <Field id={idFor('name')} label={labels.name ?? ''} hint={t('newPlan.nameHint')} required error={errors.name}>
          {(p) => <input {...p} className="input" data-autofocus maxLength={limits.name} value={values.name} onChange={(e) => set('name')(e.target.value)} onBlur={blur('name')} />}
        </Field>
        <Field id={idFor('region')} label={labels.region ?? ''} hint={t('newPlan.regionHint')} required error={errors.region}>
          {(p) => <input {...p} className="input" maxLength={limits.name} value={values.region} onChange={(e) => set('region')(e.target.value)} onBlur={blur('region')} />}
        </Field>
        <fieldset className="fieldset">
          <legend className="field__label">{t('dashboard.period')}</legend>
          <p className="field__hint">{t('newPlan.periodHint')}</p>
          <div className="form__row">
            <Field id={idFor('periodStart')} label={labels.periodStart ?? ''} required error={errors.periodStart}>
              {(p) => (
                <input {...p} className="input input--year" inputMode="numeric" value={values.periodStart} onChange={(e) => set('periodStart')(e.target.value)} onBlur={blur('periodStart')} />
              )}
            </Field>
            <Field id={idFor('periodEnd')} label={labels.periodEnd ?? ''} required error={errors.periodEnd}>
              {(p) => (
                <input {...p} className="input input--year" inputMode="numeric" value={values.periodEnd} onChange={(e) => set('periodEnd')(e.target.value)} onBlur={blur('periodEnd')} />
              )}
            </Field>
          </div>
        </fieldset>
        <Field id={idFor('vision')} label={labels.vision ?? ''} hint={t('newPlan.visionHint')} error={errors.vision}>
          {(p) => <textarea {...p} className="input textarea" rows={3} value={values.vision} onChange={(e) => set('vision')(e.target.value)} />}
        </Field>
        <SubmitCancel className="form__buttons" busy={false} submit={t('newPlan.next')} cancel={t('common.cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
export const folderOf = (path: string) => path.slice(0, Math.max(0, path.length - fileName(path).length - 1));

/** Recent plans as a list of buttons; an error opening one stays in the dialog. */
export function RecentList({ files, onOpen }: { files: readonly string[]; onOpen: (path: string) => void }) {
  const { t } = useTranslation();
  if (files.length === 0) return <p className="muted">{t('recent.none')}</p>;
  return (
    <ul className="recent-list">
      {files.map((file) => (
        <li key={file}>
          <button type="button" className="recent-item" onClick={() => onOpen(file)}>
            <FileIcon size={16} />
            <span className="recent-item__text">
              <span className="recent-item__name">{fileName(file)}</span>
              <span className="recent-item__path">{folderOf(file)}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function RecentDialog({ files, onOpen, onClose }: { files: readonly string[]; onOpen: (path: string) => Promise<AppError | null>; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  return (
    <Dialog title={t('recent.title')} onClose={onClose}>
      {error ? <ErrorNotice error={error} /> : null}
      <RecentList files={files} onOpen={(path) => void onOpen(path).then(setError)} />
    </Dialog>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const host = useApi().host;
  const mac = isMac();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} size="md">
      <p className="muted">
        {t('shortcuts.lead')} {mac ? null : t('shortcuts.mac')}
      </p>
      <table className="table table--plain">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {(appCommands as readonly AppCommand[])
            .flatMap((c) => {
              const accelerator = acceleratorFor(c, host);
              return accelerator && !(host === 'browser' && c.desktopOnly) ? [{ id: c.id, accelerator }] : [];
            })
            .map((c) => (
              <tr key={c.id}>
                <th scope="row">{t(`menu.${c.id}`)}</th>
                <td>
                  <kbd>{formatAccelerator(c.accelerator, mac)}</kbd>
                </td>
              </tr>
            ))}
          {(
            [
              ['redoAlt', <kbd>Ctrl+Y</kbd>],
              [
                'newItem',
                <>
                  <kbd>N</kbd> {t('shortcuts.inList')} · <kbd>Ctrl+Alt+N</kbd>
                </>,
              ],
              ['listKeys', t('shortcuts.listKeysKeys')],
              ['saveTextarea', <kbd>Ctrl+Enter</kbd>],
              ['save', <kbd>Enter</kbd>],
              ['dialogs', <kbd>Esc</kbd>],
              ['menus', t('shortcuts.menusKeys')],
            ] as const
          ).map(([key, keys]) => (
            <tr key={key}>
              <th scope="row">{t(`shortcuts.${key}`)}</th>
              <td>{keys}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('about.title')} onClose={onClose} size="sm">
      <p>{t('about.body')}</p>
      <p className="muted">{t('about.files')}</p>
      <p className="muted tabular">{t('about.version', { version: pkg.version })}</p>
      <div className="form__buttons">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
