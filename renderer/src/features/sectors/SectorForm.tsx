import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SectorCreateSchema } from '../../../../shared/schemas/sector';
import { limits } from '../../../../shared/schemas/common';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorNotice';
import { fieldErrors, toIssues } from '../../errors/describe';
import { useAppStore } from '../../store/context';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { AppError } from '../../../../shared/contract/errors';

const fields = ['name', 'description'] as const;

/** Add a sector: labels above, hints, required mark; Enter saves, Escape cancels. */
export function SectorForm({ onDone }: { onDone: (savedName: string | null) => void }) {
  const { t } = useTranslation();
  const createSector = useAppStore((s) => s.createSector);
  const [values, setValues] = useState({ name: '', description: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = { name: t('sectors.name'), description: t('sectors.description') };
  const idFor = (f: string) => `sector-new-${f}`;

  const check = (v: typeof values) => {
    const parsed = SectorCreateSchema.safeParse(v);
    return parsed.success ? {} : fieldErrors(t, { kind: 'validation', issues: toIssues(parsed.error) }, fields);
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const local = check(values);
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) {
      document.getElementById(idFor(fields.find((f) => local[f]) ?? 'name'))?.focus();
      return;
    }
    setBusy(true);
    const reply = await createSector({ name: values.name.trim(), description: values.description });
    setBusy(false);
    if (reply.ok) return onDone(reply.value.name);
    if (reply.error.kind === 'validation') {
      const server = fieldErrors(t, reply.error, fields);
      setErrors(server);
      document.getElementById(idFor(fields.find((f) => server[f]) ?? 'name'))?.focus();
    } else setFailure(reply.error);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone(null);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form className="panel form" aria-labelledby="sector-new-title" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
      <h2 id="sector-new-title" className="panel__title">
        {t('sectors.formTitle')}
      </h2>
      <ErrorSummary errors={errors} labels={labels} idFor={idFor} />
      {failure ? <ErrorNotice error={failure} /> : null}
      <Field id={idFor('name')} label={labels.name} hint={t('sectors.nameHint')} required error={errors.name}>
        {(p) => (
          <input
            {...p}
            className="input"
            autoFocus
            maxLength={limits.name}
            value={values.name}
            onChange={(e) => {
              const next = { ...values, name: e.target.value };
              setValues(next);
              // A fixed error goes away while typing; new ones appear on blur or submit.
              if (errors.name && !check(next).name) {
                setErrors((prev) => {
                  const out = { ...prev };
                  delete out.name;
                  return out;
                });
              }
            }}
            onBlur={() => {
              // Only add on blur: removing text would shift the Save button under the pointer.
              const found = check(values).name;
              if (found && values.name !== '') setErrors((prev) => ({ ...prev, name: found }));
            }}
          />
        )}
      </Field>
      <Field id={idFor('description')} label={labels.description} hint={t('sectors.descriptionHint')} error={errors.description}>
        {(p) => (
          <textarea
            {...p}
            className="input textarea"
            rows={2}
            value={values.description}
            onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
          />
        )}
      </Field>
      <div className="form__buttons">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
