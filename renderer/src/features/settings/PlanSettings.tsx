import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanUpdateSchema, type Plan, type FundingSource } from '../../../../shared/schemas/plan';
import { planLanguages } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { FormFrame, TextInput, useEntityForm, issuesToErrors } from '../../components/form';
import { useVersionedSave, DeleteDialog, EditedElsewhere, useEditSession } from '../../components/detail';
import { ErrorNotice } from '../../components/ErrorNotice';
import { sourceName } from '../actions/ActionsScreen';
import { inputNumber, type FieldKinds } from '../../../../shared/domain/reading';
import type { AppError } from '../../../../shared/contract/errors';
import { useListItems } from '../../api/use-queries';
import './settings.css';

const fields = ['name', 'region', 'periodStart', 'periodEnd', 'vision', 'languages'] as const;
interface Values extends Record<string, unknown> {
  name: string;
  region: string;
  periodStart: string;
  periodEnd: string;
  vision: string;
  languages: string[];
}
const kinds: FieldKinds = { periodStart: 'year', periodEnd: 'year' };
const yearOf = (s: string) => inputNumber('year', s, '') ?? Number.NaN;
const fromPlan = (p: Plan): Values => ({ name: p.name, region: p.region, periodStart: String(p.periodStart), periodEnd: String(p.periodEnd), vision: p.vision, languages: [...p.languages] });
type PlanInput = { name: string; region: string; periodStart: number; periodEnd: number; vision: string; languages: Plan['languages'] };
const toInput = (v: Values): PlanInput => ({
  name: v.name,
  region: v.region,
  periodStart: yearOf(v.periodStart),
  periodEnd: yearOf(v.periodEnd),
  vision: v.vision,
  languages: v.languages as Plan['languages'],
});
const CheckSchema = PlanUpdateSchema;

function PlanForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const refreshPlan = useAppStore((s) => s.refreshPlan);
  const store = useAppStoreApi();
  const versioned = useVersionedSave<PlanInput>({
    entity: 'plan',
    expectedUpdatedAt: plan.updatedAt,
    send: (input, expectedUpdatedAt) => command('plan.update', { expectedUpdatedAt, ...input }),
    fresh: async () => {
      await refreshPlan();
      return store.getState().planFile?.plan.updatedAt ?? null;
    },
    onSaved: onDone,
    onReload: onDone,
  });
  const form = useEntityForm({
    formId: 'plan-form',
    initial: fromPlan(plan),
    fields,
    toInput: (v: Values) => ({ expectedUpdatedAt: plan.updatedAt, ...toInput(v) }),
    schema: CheckSchema,
    kinds,
    save: ({ expectedUpdatedAt: _e, ...input }) => versioned.save(input),
  });
  const labels: Record<string, string> = {
    name: t('newPlan.name'),
    region: t('newPlan.region'),
    periodStart: t('newPlan.periodStart'),
    periodEnd: t('newPlan.periodEnd'),
    vision: t('newPlan.vision'),
    languages: t('planSettings.languages'),
  };
  const f = form as never;
  const langs = form.values.languages;
  return (
    <>
      <FormFrame form={form} title={t('planSettings.editTitle')} labelFor={(p) => labels[p.split('.')[0] ?? p]} onCancel={onDone}>
        <TextInput form={f} name="name" label={labels.name!} hint={t('newPlan.nameHint')} required maxLength={limits.name} autoFocus />
        <TextInput form={f} name="region" label={labels.region!} hint={t('newPlan.regionHint')} required maxLength={limits.name} />
        <div className="form__grid">
          <TextInput form={f} name="periodStart" label={labels.periodStart!} required inputMode="numeric" related={['periodEnd']} />
          <TextInput form={f} name="periodEnd" label={labels.periodEnd!} required inputMode="numeric" related={['periodStart']} />
        </div>
        <TextInput form={f} name="vision" label={labels.vision!} hint={t('newPlan.visionHint')} multiline maxLength={limits.text} />
        <fieldset className="fieldset">
          <legend className="field__label">{labels.languages}</legend>
          <p className="field__hint">{t('planSettings.languagesHint')}</p>
          {form.errors.languages ? <p className="field__error">{form.errors.languages}</p> : null}
          <div className="radio-list">
            {planLanguages.map((l, i) => (
              <label key={l} className="radio">
                <input
                  id={i === 0 ? form.idFor('languages') : undefined}
                  type="checkbox"
                  checked={langs.includes(l)}
                  onChange={(e) => form.set('languages', e.target.checked ? planLanguages.filter((x) => x === l || langs.includes(x)) : langs.filter((x) => x !== l))}
                />
                {t(`planLanguage.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </FormFrame>
      {versioned.dialog}
    </>
  );
}


function FundingSources() {
  const { t } = useTranslation();
  const sources = useListItems('fundingSources');
  const command = useAppStore((s) => s.command);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [deleting, setDeleting] = useState<FundingSource | null>(null);
  const ordered = [...sources].sort((a, b) => a.sortOrder - b.sortOrder);

  const toggle = async (s: FundingSource, inUse: boolean) => {
    const r = await command('fundingSource.update', { id: s.id, expectedUpdatedAt: s.updatedAt, inUse });
    setFailure(r.ok ? null : r.error);
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await command('fundingSource.create', { name });
    if (r.ok) {
      setName('');
      setNameError(null);
      setFailure(null);
    } else if (r.error.kind === 'validation') setNameError(issuesToErrors(t, r.error.issues, ['name']).name ?? issuesToErrors(t, r.error.issues, ['name'])[''] ?? null);
    else setFailure(r.error);
  };
  return (
    <section className="settings-group" aria-labelledby="settings-funding">
      <h2 className="section-title" id="settings-funding">
        {t('planSettings.funding')}
      </h2>
      <p className="field__hint">{t('planSettings.fundingHint')}</p>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      <ul className="source-list">
        {ordered.map((s) => (
          <li key={s.id} className="source-list__item">
            <label className="radio">
              <input type="checkbox" checked={s.inUse} onChange={(e) => void toggle(s, e.target.checked)} />
              {sourceName(t, s)}
            </label>
            {s.kind === 'custom' ? (
              <button type="button" className="button button--small" onClick={() => setDeleting(s)}>
                {t('detail.delete')}
                <span className="visually-hidden"> {s.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="funding-new-name">
            {t('planSettings.customSource')}
          </label>
          <p className="field__hint" id="funding-new-hint">
            {t('planSettings.customSourceHint')}
          </p>
          {nameError ? (
            <p className="field__error" id="funding-new-error">
              {nameError}
            </p>
          ) : null}
          <div className="inline-form__row">
            <input
              id="funding-new-name"
              className="input"
              maxLength={limits.name}
              value={name}
              aria-describedby={nameError ? 'funding-new-error funding-new-hint' : 'funding-new-hint'}
              aria-invalid={nameError ? true : undefined}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button">
              {t('planSettings.addSource')}
            </button>
          </div>
        </div>
      </form>
      {deleting ? <DeleteDialog entity="fundingSource" id={deleting.id} name={deleting.name} channel="fundingSource.delete" onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} /> : null}
    </section>
  );
}

/** The open plan's own settings: name, region, period, vision, languages, funding sources. */
export function PlanSettings() {
  const { t } = useTranslation();
  const plan = useAppStore((s) => s.planFile?.plan);
  const edit = useEditSession(plan ?? null);
  if (!plan) return null;
  return (
    <>
      <section className="settings-group" aria-labelledby="settings-plan">
        <h2 className="section-title" id="settings-plan">
          {t('planSettings.title')}
        </h2>
        {edit.base ? (
          <>
            {edit.changedElsewhere ? <EditedElsewhere entity="plan" /> : null}
            <PlanForm key={edit.base.updatedAt} plan={edit.base} onDone={edit.stop} />
          </>
        ) : (
          <>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t('newPlan.name')}</dt>
                <dd>{plan.name}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('newPlan.region')}</dt>
                <dd>{plan.region}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('dashboard.period')}</dt>
                <dd className="tabular">{`${plan.periodStart}\u2013${plan.periodEnd}`}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('newPlan.vision')}</dt>
                <dd>{plan.vision || <span className="muted">{t('common.none')}</span>}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('planSettings.languages')}</dt>
                <dd>{plan.languages.map((l) => t(`planLanguage.${l}`)).join(', ')}</dd>
              </div>
            </dl>
            <div className="button-row">
              <button type="button" className="button" onClick={edit.start}>
                {t('planSettings.edit')}
              </button>
            </div>
          </>
        )}
      </section>
      <FundingSources />
    </>
  );
}

