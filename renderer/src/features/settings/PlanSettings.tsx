import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PlanFieldsSchema, type Plan, type FundingSource } from '../../../../shared/schemas/plan';
import { planLanguages } from '../../../../shared/schemas/enums';
import { Translations } from '../../components/translations/Translations';
import { TranslationFiles } from './TranslationFiles';
import { limits } from '../../../../shared/schemas/common';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { issuesToErrors } from '../../components/form';
import { defineForm } from '../../components/editor/define';
import { EditorForm } from '../../components/editor/EditorForm';
import { loadValues, prop, type FieldForm } from '../../components/editor/fields';
import { useVersionedSave, DeleteDialog, EditedElsewhere, Facts, useEditSession } from '../../components/detail';
import { ErrorNotice } from '../../components/ErrorNotice';
import { sourceName } from '../common/options';
import type { AppError } from '../../../../shared/contract/errors';
import { useListItems } from '../../api/use-queries';
import './settings.css';

/** The plan's languages: checkboxes, kept in the order of planLanguages. */
function Languages({ form, name, label }: { form: FieldForm; name: string; label: string }) {
  const { t } = useTranslation();
  const value = prop(form.values, name);
  const langs = Array.isArray(value) ? value.map(String) : [];
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{label}</legend>
      <p className="field__hint">{t('planSettings.languagesHint')}</p>
      {form.errors[name] ? <p className="field__error">{form.errors[name]}</p> : null}
      <div className="radio-list">
        {planLanguages.map((l, i) => (
          <label key={l} className="radio">
            <input
              id={i === 0 ? form.idFor(name) : undefined}
              type="checkbox"
              checked={langs.includes(l)}
              onChange={(e) => form.setAt(name, e.target.checked ? planLanguages.filter((x) => x === l || langs.includes(x)) : langs.filter((x) => x !== l))}
            />
            {t(`planLanguage.${l}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The plan's own fields as a form (its keys are the new-plan dialog's). */
const planForm = defineForm({
  schema: PlanFieldsSchema,
  fields: {
    name: { control: 'text', label: 'newPlan.name', hint: 'newPlan.nameHint', required: true, autoFocus: true, max: limits.name },
    region: { control: 'text', label: 'newPlan.region', hint: 'newPlan.regionHint', required: true, max: limits.name },
    periodStart: { control: 'typed', kind: 'year', label: 'newPlan.periodStart', required: true, related: ['periodEnd'] },
    periodEnd: { control: 'typed', kind: 'year', label: 'newPlan.periodEnd', required: true, related: ['periodStart'] },
    vision: { control: 'multiline', label: 'newPlan.vision', hint: 'newPlan.visionHint', max: limits.text },
    languages: {
      control: 'custom',
      label: 'planSettings.languages',
      blank: [],
      load: (p) => {
        const v = prop(p, 'languages');
        return Array.isArray(v) ? v.map(String) : [];
      },
      render: Languages,
    },
    responsibleBody: { control: 'text', label: 'planSettings.responsibleBody', hint: 'planSettings.responsibleBodyHint', max: limits.name },
    bodyMandate: { control: 'multiline', label: 'planSettings.bodyMandate', hint: 'planSettings.bodyMandateHint', max: limits.text },
    documentsStaleYears: { control: 'typed', kind: 'integer', label: 'planSettings.documentsStaleYears', hint: 'planSettings.documentsStaleYearsHint', blank: '3', empty: 3 },
  },
  layout: ['name', 'region', { row: ['periodStart', 'periodEnd'] }, 'vision', 'languages', 'responsibleBody', 'bodyMandate', 'documentsStaleYears'],
});

function PlanForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const command = useAppStore((s) => s.command);
  const refreshPlan = useAppStore((s) => s.refreshPlan);
  const store = useAppStoreApi();
  const versioned = useVersionedSave<z.output<typeof PlanFieldsSchema>>({
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
  return (
    <>
      <EditorForm def={planForm} formId="plan-form" screen="planSettings" initial={loadValues(planForm.fields, plan, i18n.language)} title={t('planSettings.editTitle')} save={versioned.save} onCancel={onDone} />
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
            <Facts
              items={[
                [t('newPlan.name'), plan.name],
                [t('newPlan.region'), plan.region],
                [t('dashboard.period'), <span className="tabular">{`${plan.periodStart}\u2013${plan.periodEnd}`}</span>],
                [t('newPlan.vision'), plan.vision],
                [t('planSettings.languages'), plan.languages.map((l) => t(`planLanguage.${l}`)).join(', ')],
                [t('planSettings.responsibleBody'), plan.responsibleBody],
                [t('planSettings.bodyMandate'), plan.bodyMandate],
                [t('planSettings.documentsStaleYears'), String(plan.documentsStaleYears)],
              ]}
            />
            <div className="button-row">
              <button type="button" className="button" onClick={edit.start}>
                {t('planSettings.edit')}
              </button>
            </div>
            <Translations owner="plan" id={plan.id} main={{ name: plan.name, vision: plan.vision }} />
          </>
        )}
      </section>
      <TranslationFiles planName={plan.name} />
      <FundingSources />
    </>
  );
}

