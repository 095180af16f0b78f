import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail, Measurement } from '../../../../shared/schemas/indicator';
import { MeasurementAddSchema } from '../../../../shared/schemas/indicator';
import { formatCount, formatDate, formatNumber } from '../../../../shared/domain/format';
import { inputDate, inputNumber, inputText, type FieldKinds } from '../../../../shared/domain/reading';
import { readErrors } from '../../errors/read-problem';
import { Choices } from '../../components/Choices';
import { DateInput } from '../../components/DateInput';
import { useAppStore } from '../../store/context';
import { DeleteDialog } from '../../components/detail';
import { issuesToErrors } from '../../components/form';
import { Grid, type GridColumn } from '../../components/editor/Grid';
import { ErrorNotice } from '../../components/ErrorNotice';
import { toIssues } from '../../errors/describe';
import { today } from '../common/options';
import type { AppError } from '../../../../shared/contract/errors';

const mKinds: FieldKinds = { value: 'decimal', measuredOn: 'date' };

interface MValues {
  value: string;
  measuredOn: string;
  source: string;
}

/** Add or edit one measurement inline: value, date, source. */
function MeasurementForm({ indicatorId, measurement, onDone }: { indicatorId: string; measurement?: Measurement; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const command = useAppStore((s) => s.command);
  const lng = i18n.language;
  const [v, setV] = useState<MValues>(measurement ? { value: inputText('decimal', measurement.value, lng), measuredOn: inputText('date', measurement.measuredOn, lng), source: measurement.source } : { value: '', measuredOn: inputText('date', today(), lng), source: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const pre = measurement ? `m-${measurement.id}` : 'm-new';
  const input = { indicatorId, value: inputNumber('decimal', v.value, lng) ?? Number.NaN, measuredOn: inputDate(v.measuredOn, lng) ?? '', source: v.source };
  const read = readErrors(t, v, mKinds, lng);
  const check = () => {
    const parsed = MeasurementAddSchema.safeParse(input);
    return { ...(parsed.success ? {} : issuesToErrors(t, toIssues(parsed.error), ['value', 'measuredOn', 'source'])), ...read.errors };
  };
  const choose = (key: 'value' | 'measuredOn', text: string) => {
    setV({ ...v, [key]: text });
    setErrors((e) => {
      const { [key]: _gone, ...rest } = e;
      return rest;
    });
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs = check();
    if (Object.keys(errs).length > 0) {
      setErrors(errs);
      const first = ['value', 'measuredOn', 'source'].find((k) => errs[k]);
      if (first) document.getElementById(`${pre}-${first}`)?.focus();
      return;
    }
    const r = measurement
      ? await command('measurement.update', { id: measurement.id, expectedUpdatedAt: measurement.updatedAt, value: input.value, measuredOn: input.measuredOn, source: input.source })
      : await command('measurement.add', input);
    if (!r.ok) {
      if (r.error.kind === 'validation') setErrors(issuesToErrors(t, r.error.issues, ['value', 'measuredOn', 'source']));
      else setFailure(r.error);
      return;
    }
    setErrors({});
    setFailure(null);
    if (measurement) onDone();
    else {
      setV({ value: '', measuredOn: v.measuredOn, source: v.source });
      document.getElementById(`${pre}-value`)?.focus();
    }
  };
  const err = (k: string) => (errors[k] ? { 'aria-invalid': true as const, 'aria-describedby': `${pre}-${k}-error` } : {});
  return (
    <form className="mform" aria-label={measurement ? t('indicators.m.editTitle') : t('indicators.m.addTitle')} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && measurement && (e.preventDefault(), onDone())} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${pre}-value`}>
          {t('indicators.m.value')}
          <span className="field__required" aria-hidden="true"> *</span>
        </label>
        <input id={`${pre}-value`} className="input input--number" inputMode="decimal" aria-required value={v.value} onChange={(e) => setV({ ...v, value: e.target.value })} {...err('value')} />
        {errors.value ? <p className="field__error" id={`${pre}-value-error`}>{errors.value}</p> : null}
        {errors.value ? <Choices choices={read.choices.value} onChoose={(text) => choose('value', text)} /> : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${pre}-measuredOn`} id={`${pre}-measuredOn-label`}>
          {t('indicators.m.date')}
          <span className="field__required" aria-hidden="true"> *</span>
        </label>
        <DateInput id={`${pre}-measuredOn`} aria-required value={v.measuredOn} onChange={(text) => setV({ ...v, measuredOn: text })} {...err('measuredOn')} />
        {errors.measuredOn ? <p className="field__error" id={`${pre}-measuredOn-error`}>{errors.measuredOn}</p> : null}
      </div>
      <div className="field mform__source">
        <label className="field__label" htmlFor={`${pre}-source`}>
          {t('indicators.m.source')}
        </label>
        <input id={`${pre}-source`} className="input" maxLength={1000} value={v.source} onChange={(e) => setV({ ...v, source: e.target.value })} {...err('source')} />
        {errors.source ? <p className="field__error" id={`${pre}-source-error`}>{errors.source}</p> : null}
      </div>
      <div className="mform__buttons">
        <button type="submit" className="button">
          {measurement ? t('common.save') : t('indicators.m.add')}
        </button>
        {measurement ? (
          <button type="button" className="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
      {failure ? <ErrorNotice error={failure} /> : null}
    </form>
  );
}

export function Measurements({ detail }: { detail: IndicatorDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Measurement | null>(null);
  const rows = [...detail.measurements].sort((a, b) => (a.measuredOn < b.measuredOn ? 1 : -1));
  const columns: GridColumn<Measurement>[] = [
    { id: 'date', header: t('indicators.m.date'), rowHeader: true, cell: (m) => <span className="tabular">{formatDate(m.measuredOn, lng)}</span> },
    { id: 'value', header: t('indicators.m.value'), numeric: true, cell: (m) => formatNumber(m.value, lng, 6) },
    { id: 'source', header: t('indicators.m.source'), cell: (m) => m.source },
  ];
  return (
    <section className="related" aria-labelledby="indicator-measurements">
      <h3 className="related__title" id="indicator-measurements">
        {t('indicators.m.title')} <span className="related__count tabular">{formatCount(rows.length, lng)}</span>
      </h3>
      <MeasurementForm indicatorId={detail.id} onDone={() => {}} />
      {rows.length === 0 ? (
        <p className="muted">{t('indicators.m.none')}</p>
      ) : (
        <Grid
          caption={t('indicators.m.title')}
          columns={columns}
          rows={rows}
          rowKey={(m) => m.id}
          whole={(m) => (editing === m.id ? <MeasurementForm indicatorId={detail.id} measurement={m} onDone={() => setEditing(null)} /> : null)}
          rowActions={(m) => (
            <>
              <button type="button" className="button button--small" onClick={() => setEditing(m.id)}>
                {t('detail.edit')}
                <span className="visually-hidden"> {t('indicators.m.rowName', { date: formatDate(m.measuredOn, lng) })}</span>
              </button>
              <button type="button" className="button button--small" onClick={() => setDeleting(m)}>
                {t('detail.delete')}
                <span className="visually-hidden"> {t('indicators.m.rowName', { date: formatDate(m.measuredOn, lng) })}</span>
              </button>
            </>
          )}
        />
      )}
      {deleting ? (
        <DeleteDialog entity="measurement" id={deleting.id} name={t('indicators.m.rowName', { date: formatDate(deleting.measuredOn, lng) })} channel="measurement.delete" onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />
      ) : null}
    </section>
  );
}

