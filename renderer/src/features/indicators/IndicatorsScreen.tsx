import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorCreate, IndicatorDetail, IndicatorRow, Measurement } from '../../../../shared/schemas/indicator';
import { IndicatorCreateSchema, MeasurementAddSchema } from '../../../../shared/schemas/indicator';
import { indicatorKinds } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { indicatorMatches } from '../../../../shared/domain/list-filters';
import { formatCount, formatDate, formatNumber } from '../../../../shared/domain/format';
import { inputDate, inputNumber, inputText, type FieldKinds } from '../../../../shared/domain/reading';
import { readErrors } from '../../errors/read-problem';
import { Choices } from '../../components/Choices';
import { DateInput } from '../../components/DateInput';
import { useAppStore } from '../../store/context';
import { MasterDetail, type FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { ActionStatusBadge } from '../../components/Badges';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, useEditSession, Facts, useDetail, useVersionedSave } from '../../components/detail';
import { FormFrame, SelectInput, TextInput, useEntityForm, issuesToErrors } from '../../components/form';
import { ErrorNotice } from '../../components/ErrorNotice';
import { toIssues } from '../../errors/describe';
import { href, navigate, type Route } from '../../app/router';
import { enumOptions, today, useActionOptions, useSectorOptions } from '../common/options';
import type { AppError } from '../../../../shared/contract/errors';
import { useList } from '../../api/use-queries';
import './indicators.css';

const fields = ['name', 'kind', 'unit', 'attachedTo', 'baselineValue', 'baselineYear', 'targetValue', 'targetYear'] as const;
type Values = Record<(typeof fields)[number], string>;
const blank: Values = { name: '', kind: '', unit: '', attachedTo: 'plan', baselineValue: '', baselineYear: '', targetValue: '', targetYear: '' };

const kinds: FieldKinds = { baselineValue: 'decimal', baselineYear: 'year', targetValue: 'decimal', targetYear: 'year' };
const toInput = (v: Values, lng: string): IndicatorCreate & { attachedTo?: never } => ({
  name: v.name,
  kind: v.kind as IndicatorCreate['kind'],
  unit: v.unit,
  baselineValue: inputNumber('decimal', v.baselineValue, lng),
  baselineYear: inputNumber('year', v.baselineYear, lng),
  targetValue: inputNumber('decimal', v.targetValue, lng),
  targetYear: inputNumber('year', v.targetYear, lng),
  sectorId: v.attachedTo.startsWith('sector:') ? v.attachedTo.slice(7) : null,
  actionId: v.attachedTo.startsWith('action:') ? v.attachedTo.slice(7) : null,
});
const fromDetail = (d: IndicatorDetail, lng: string): Values => ({
  name: d.name,
  kind: d.kind,
  unit: d.unit,
  attachedTo: d.sectorId ? `sector:${d.sectorId}` : d.actionId ? `action:${d.actionId}` : 'plan',
  baselineValue: inputText('decimal', d.baselineValue, lng),
  baselineYear: inputText('year', d.baselineYear, lng),
  targetValue: inputText('decimal', d.targetValue, lng),
  targetYear: inputText('year', d.targetYear, lng),
});

function IndicatorForm({ initial, title, save, onCancel }: { initial: Values; title: string; save: (input: IndicatorCreate) => Promise<AppError | null>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm({ formId: 'indicator-form', initial, fields, toInput, schema: IndicatorCreateSchema, save, kinds });
  const sectors = useSectorOptions();
  const actions = useActionOptions();
  const labels: Record<string, string> = {
    name: t('indicators.f.name'),
    kind: t('indicators.f.kind'),
    unit: t('indicators.f.unit'),
    attachedTo: t('indicators.f.attachedTo'),
    sectorId: t('indicators.f.attachedTo'),
    actionId: t('indicators.f.attachedTo'),
    baselineValue: t('indicators.f.baselineValue'),
    baselineYear: t('indicators.f.baselineYear'),
    targetValue: t('indicators.f.targetValue'),
    targetYear: t('indicators.f.targetYear'),
  };
  const attachOptions = [
    { value: 'plan', label: t('indicators.wholePlan') },
    ...sectors.map((s) => ({ value: `sector:${s.value}`, label: `${t('entity.sectorTitle')}: ${s.label}` })),
    ...actions.map((a) => ({ value: `action:${a.value}`, label: `${t('entity.actionTitle')}: ${a.label}` })),
  ];
  const f = form as never;
  return (
    <FormFrame form={form} title={title} labelFor={(p) => labels[p]} onCancel={onCancel}>
      <TextInput form={f} name="name" label={labels.name!} hint={t('indicators.h.name')} required maxLength={limits.name} autoFocus />
      <div className="form__grid">
        <SelectInput form={f} name="kind" label={labels.kind!} hint={t('indicators.h.kind')} required options={enumOptions(t, 'indicatorKind', indicatorKinds)} noneLabel={t('form.choose')} />
        <TextInput form={f} name="unit" label={labels.unit!} hint={t('indicators.h.unit')} maxLength={limits.short} />
      </div>
      <SelectInput form={f} name="attachedTo" label={labels.attachedTo!} hint={t('indicators.h.attachedTo')} options={attachOptions} />
      <div className="form__grid">
        <TextInput form={f} name="baselineValue" label={labels.baselineValue!} inputMode="decimal" />
        <TextInput form={f} name="baselineYear" label={labels.baselineYear!} inputMode="numeric" />
        <TextInput form={f} name="targetValue" label={labels.targetValue!} inputMode="decimal" />
        <TextInput form={f} name="targetYear" label={labels.targetYear!} inputMode="numeric" />
      </div>
    </FormFrame>
  );
}

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
        <label className="field__label" htmlFor={`${pre}-measuredOn`}>
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

function Measurements({ detail }: { detail: IndicatorDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Measurement | null>(null);
  const rows = [...detail.measurements].sort((a, b) => (a.measuredOn < b.measuredOn ? 1 : -1));
  return (
    <section className="related" aria-labelledby="indicator-measurements">
      <h3 className="related__title" id="indicator-measurements">
        {t('indicators.m.title')} <span className="related__count tabular">{formatCount(rows.length, lng)}</span>
      </h3>
      <MeasurementForm indicatorId={detail.id} onDone={() => {}} />
      {rows.length === 0 ? (
        <p className="muted">{t('indicators.m.none')}</p>
      ) : (
        <table className="table table--plain">
          <caption className="visually-hidden">{t('indicators.m.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.m.date')}</th>
              <th scope="col" className="num">
                {t('indicators.m.value')}
              </th>
              <th scope="col">{t('indicators.m.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('form.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) =>
              editing === m.id ? (
                <tr key={m.id}>
                  <td colSpan={4}>
                    <MeasurementForm indicatorId={detail.id} measurement={m} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={m.id}>
                  <th scope="row" className="tabular">
                    {formatDate(m.measuredOn, lng)}
                  </th>
                  <td className="num">{formatNumber(m.value, lng, 6)}</td>
                  <td>{m.source}</td>
                  <td className="row-actions">
                    <button type="button" className="button button--small" onClick={() => setEditing(m.id)}>
                      {t('detail.edit')}
                      <span className="visually-hidden"> {t('indicators.m.rowName', { date: formatDate(m.measuredOn, lng) })}</span>
                    </button>
                    <button type="button" className="button button--small" onClick={() => setDeleting(m)}>
                      {t('detail.delete')}
                      <span className="visually-hidden"> {t('indicators.m.rowName', { date: formatDate(m.measuredOn, lng) })}</span>
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {deleting ? (
        <DeleteDialog entity="measurement" id={deleting.id} name={t('indicators.m.rowName', { date: formatDate(deleting.measuredOn, lng) })} channel="measurement.delete" onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />
      ) : null}
    </section>
  );
}

const valueIn = (t: (k: string, o?: Record<string, unknown>) => string, value: number | null, y: number | null, lng: string) =>
  value === null ? '' : y === null ? formatNumber(value, lng, 6) : t('indicators.valueInYear', { value: formatNumber(value, lng, 6), year: y });

function IndicatorPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, reload } = useDetail('indicator.get', id);
  const command = useAppStore((s) => s.command);
  const query = useAppStore((s) => s.query);
  const edit = useEditSession(data);
  const [deleting, setDeleting] = useState(false);
  const versioned = useVersionedSave<IndicatorCreate>({
    entity: 'indicator',
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => command('indicator.update', { id, expectedUpdatedAt, ...input }),
    fresh: async () => {
      const r = await query('indicator.get', { id });
      return r.ok ? r.value.updatedAt : null;
    },
    onSaved: edit.stop,
    onReload: () => {
      edit.stop();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity="indicator" screen="indicators" />;
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity="indicator" /> : null}
        <IndicatorForm key={edit.base.updatedAt} initial={fromDetail(edit.base, lng)} title={t('indicators.editTitle', { name: data.name })} save={versioned.save} onCancel={edit.stop} />
        {versioned.dialog}
      </>
    );
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t('entity.indicatorTitle')} title={data.name} onEdit={edit.start} onDelete={() => setDeleting(true)} />
      <Facts
        items={[
          [t('indicators.f.kind'), t(`indicatorKind.${data.kind}`)],
          [t('indicators.f.unit'), data.unit],
          [
            t('indicators.f.attachedTo'),
            data.sector ? (
              <a href={href('sectors', undefined, data.sector.id)}>{data.sector.name}</a>
            ) : data.action ? (
              <>
                <a href={href('actions', undefined, data.action.id)}>{data.action.title}</a> <ActionStatusBadge action={data.action} />
              </>
            ) : (
              t('indicators.wholePlan')
            ),
          ],
          [t('indicators.col.baseline'), valueIn(t, data.baselineValue, data.baselineYear, lng)],
          [t('indicators.col.target'), valueIn(t, data.targetValue, data.targetYear, lng)],
        ]}
      />
      <Measurements detail={data} />
      {deleting ? <DeleteDialog entity="indicator" id={id} name={data.name} channel="indicator.delete" onClose={() => setDeleting(false)} onDeleted={() => navigate('indicators', params)} /> : null}
    </article>
  );
}

function NewIndicator({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const initial = useMemo(() => {
    const sector = params.get('sector');
    return { ...blank, attachedTo: sector ? `sector:${sector}` : 'plan' };
  }, [params]);
  return (
    <IndicatorForm
      initial={initial}
      title={t('indicators.newTitle')}
      onCancel={() => navigate('indicators', params)}
      save={async (input) => {
        const r = await command('indicator.create', input);
        if (!r.ok) return r.error;
        notify('indicators.saved', { name: r.value.name });
        navigate('indicators', params, r.value.id);
        return null;
      }}
    />
  );
}

export function IndicatorsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('indicators');
  const sectorOptions = useSectorOptions();
  const columns = useMemo<VColumn<IndicatorRow>[]>(
    () => [
      { id: 'name', header: t('indicators.col.name'), width: 'minmax(7rem, 2.5fr)', sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'kind', header: t('indicators.col.kind'), width: 'minmax(3rem, 1fr)', sortValue: (r) => r.kind, cell: (r) => t(`indicatorKind.${r.kind}`) },
      { id: 'baseline', header: t('indicators.col.baseline'), numeric: true, width: '7rem', sortValue: (r) => r.baselineValue, cell: (r) => (r.baselineValue === null ? '' : formatNumber(r.baselineValue, lng)) },
      { id: 'latest', header: t('indicators.col.latest'), numeric: true, width: '7rem', sortValue: (r) => r.latestValue, cell: (r) => (r.latestValue === null ? '' : formatNumber(r.latestValue, lng)) },
      { id: 'target', header: t('indicators.col.target'), numeric: true, width: '7rem', sortValue: (r) => r.targetValue, cell: (r) => (r.targetValue === null ? '' : formatNumber(r.targetValue, lng)) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<IndicatorRow>[]>(
    () => [
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => indicatorMatches(r, { sectorId: v }) },
      { id: 'kind', label: t('filters.kind'), options: enumOptions(t, 'indicatorKind', indicatorKinds), test: (r, v) => r.kind === v },
    ],
    [t, sectorOptions],
  );
  const searchTexts = useCallback((r: IndicatorRow) => [r.name, r.unit], []);
  return (
    <MasterDetail
      screen="indicators"
      route={route}
      listKey="indicators"
      rows={list.items}
      title={t('indicators.title')}
      lead={t('indicators.lead')}
      countKey="count.indicators"
      columns={columns}
      defaultSort={{ column: 'name', direction: 'asc' }}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      headActions={(shown) => <ExportMenu list="indicators" ids={shown.map((r) => r.id)} />}
      newLabel={t('indicators.add')}
      empty={<p>{t('indicators.empty')}</p>}
      detail={(id) => (id === 'new' ? <NewIndicator params={route.params} /> : <IndicatorPane key={id} id={id} params={route.params} />)}
    />
  );
}
