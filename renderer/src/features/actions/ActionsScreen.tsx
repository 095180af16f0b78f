import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionCreate, ActionRow } from '../../../../shared/schemas/action';
import { ActionCreateSchema } from '../../../../shared/schemas/action';
import { actionStatuses, actionTypes } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import type { FundingSource } from '../../../../shared/schemas/plan';
import { actionMatches, listFilterOf } from '../../../../shared/domain/list-filters';
import { isOverdue } from '../../../../shared/domain/progress';
import { formatCents, formatDate, formatPercent } from '../../../../shared/domain/format';
import { centsToInput } from '../../../../shared/domain/money';
import { actionFields, actionInput, actionKinds, actionValues, blankAction, blankLine, type ActionValues, type LineValues, type MilestoneValues } from './action-values';
import { useAppStore } from '../../store/context';
import { MasterDetail, type FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { ActionStatusBadge, HelixBadge } from '../../components/Badges';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, useEditSession, Facts, Related, useDetail, useVersionedSave } from '../../components/detail';
import { FormFrame, MultiSelect, SelectInput, TextInput, pasteVisible, useEntityForm, type EntityForm } from '../../components/form';
import { Choices } from '../../components/Choices';
import { DateInput } from '../../components/DateInput';
import { href, navigate, type Route } from '../../app/router';
import { enumOptions, today, useNetworkOptions, useSectorOptions, useStakeholderOptions, useYearOptions } from '../common/options';
import { CheckIcon, ClockIcon, PlusIcon } from '../../components/icons';
import type { AppError } from '../../../../shared/contract/errors';
import type { TFunction } from 'i18next';
import { useListItems, useList } from '../../api/use-queries';
import './actions.css';

type Values = ActionValues;
const fields = actionFields;
const blank = blankAction;
const toInput = actionInput;
const fromDetail = actionValues;

export const sourceName = (t: TFunction, s: Pick<FundingSource, 'kind' | 'name'> | undefined) => (!s ? '' : s.kind === 'custom' || s.name ? s.name || t('fundingKind.custom') : t(`fundingKind.${s.kind}`));

/** A cell of a line table: the control with its error under it. */
function CellError({ form, path }: { form: EntityForm<Values>; path: string }) {
  const error = form.errors[path];
  return error ? (
    <>
      <p className="field__error" id={`${form.idFor(path)}-error`}>
        {error}
      </p>
      <Choices choices={form.choices[path]} onChoose={(text) => form.choose(path, text)} />
    </>
  ) : null;
}
const cellProps = (form: EntityForm<Values>, path: string) => ({
  id: form.idFor(path),
  ...(form.errors[path] ? { 'aria-invalid': true as const, 'aria-describedby': `${form.idFor(path)}-error` } : {}),
});

function FundingLines({ form }: { form: EntityForm<Values> }) {
  const { t, i18n } = useTranslation();
  const sources = useListItems('fundingSources');
  const lines = form.values.fundingLines;
  const usable = sources.filter((s) => s.inUse || lines.some((l) => l.fundingSourceId === s.id));
  const update = (i: number, patch: Partial<LineValues>) => form.set('fundingLines', lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const add = () => {
    form.set('fundingLines', [...lines, blankLine(usable[0]?.id ?? '')]);
    requestAnimationFrame(() => document.getElementById(form.idFor(`fundingLines.${lines.length}.fundingSourceId`))?.focus());
  };
  const cols = ['source', 'planned', 'committed', 'spent', 'note'] as const;
  return (
    <fieldset className="fieldset lines">
      <legend className="field__label">{t('actions.f.fundingLines')}</legend>
      <p className="field__hint">{t('actions.h.fundingLines', { whole: centsToInput(12_881_000, i18n.language), cents: centsToInput(123_456, i18n.language) })}</p>
      {lines.length > 0 ? (
        <table className="table table--plain table--edit">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c} scope="col" className={c === 'source' || c === 'note' ? undefined : 'num'}>
                  {t(`actions.line.${c}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('form.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const row = { row: i + 1 };
              const p = (k: string) => `fundingLines.${i}.${k}`;
              return (
                <tr key={l.id ?? `new-${i}`}>
                  <td>
                    <select {...cellProps(form, p('fundingSourceId'))} className="input select" aria-label={t('actions.line.sourceRow', row)} value={l.fundingSourceId} onChange={(e) => update(i, { fundingSourceId: e.target.value })}>
                      {usable.map((s) => (
                        <option key={s.id} value={s.id}>
                          {sourceName(t, s)}
                        </option>
                      ))}
                    </select>
                    <CellError form={form} path={p('fundingSourceId')} />
                  </td>
                  {(['planned', 'committed', 'spent'] as const).map((k) => (
                    <td key={k}>
                      <input
                        {...cellProps(form, p(`${k}Cents`))}
                        className="input input--money"
                        inputMode="decimal"
                        aria-label={t(`actions.line.${k}Row`, row)}
                        value={l[`${k}Cents`]}
                        onChange={(e) => update(i, { [`${k}Cents`]: e.target.value })}
                        onBlur={() => form.blur(p(`${k}Cents`), [p('committedCents'), p('spentCents')])}
                      />
                      <CellError form={form} path={p(`${k}Cents`)} />
                    </td>
                  ))}
                  <td>
                    <input {...cellProps(form, p('note'))} className="input" aria-label={t('actions.line.noteRow', row)} value={l.note} onChange={(e) => update(i, { note: e.target.value })} onBlur={() => form.blur(p('note'), [p('committedCents'), p('spentCents')])} />
                  </td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => form.set('fundingLines', lines.filter((_, j) => j !== i))}>
                      {t('form.removeRow')}
                      <span className="visually-hidden"> {t('actions.line.rowName', row)}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div>
        <button type="button" className="button" onClick={add}>
          <PlusIcon size={14} />
          {t('actions.addLine')}
        </button>
      </div>
    </fieldset>
  );
}

function Milestones({ form }: { form: EntityForm<Values> }) {
  const { t } = useTranslation();
  const items = form.values.milestones;
  const update = (i: number, patch: Partial<MilestoneValues>) => form.set('milestones', items.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const add = () => {
    form.set('milestones', [...items, { title: '', dueDate: '', doneDate: '' }]);
    requestAnimationFrame(() => document.getElementById(form.idFor(`milestones.${items.length}.title`))?.focus());
  };
  return (
    <fieldset className="fieldset lines">
      <legend className="field__label">{t('actions.f.milestones')}</legend>
      {items.length > 0 ? (
        <table className="table table--plain table--edit">
          <thead>
            <tr>
              <th scope="col">{t('actions.ms.title')}</th>
              <th scope="col">{t('actions.ms.due')}</th>
              <th scope="col">{t('actions.ms.done')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('form.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((m, i) => {
              const row = { row: i + 1 };
              const p = (k: string) => `milestones.${i}.${k}`;
              return (
                <tr key={m.id ?? `new-${i}`}>
                  <td>
                    <input {...cellProps(form, p('title'))} className="input" aria-label={t('actions.ms.titleRow', row)} maxLength={limits.name} value={m.title} onChange={(e) => update(i, { title: e.target.value })} onPaste={(e) => pasteVisible(e, m.title, (title) => update(i, { title }))} onBlur={() => form.blur(p('title'))} />
                    <CellError form={form} path={p('title')} />
                  </td>
                  <td>
                    <DateInput {...cellProps(form, p('dueDate'))} aria-label={t('actions.ms.dueRow', row)} value={m.dueDate} onChange={(text) => update(i, { dueDate: text })} onBlur={() => form.blur(p('dueDate'))} />
                    <CellError form={form} path={p('dueDate')} />
                  </td>
                  <td>
                    <DateInput {...cellProps(form, p('doneDate'))} aria-label={t('actions.ms.doneRow', row)} value={m.doneDate} onChange={(text) => update(i, { doneDate: text })} onBlur={() => form.blur(p('doneDate'))} />
                    <CellError form={form} path={p('doneDate')} />
                  </td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => form.set('milestones', items.filter((_, j) => j !== i))}>
                      {t('form.removeRow')}
                      <span className="visually-hidden"> {t('actions.ms.rowName', row)}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div>
        <button type="button" className="button" onClick={add}>
          <PlusIcon size={14} />
          {t('actions.addMilestone')}
        </button>
      </div>
    </fieldset>
  );
}

function ActionForm({ initial, title, save, onCancel }: { initial: Values; title: string; save: (input: ActionCreate) => Promise<AppError | null>; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const dateHint = t('form.dateHint', { example: formatDate('2027-12-31', i18n.language) });
  const form = useEntityForm({ formId: 'action-form', initial, fields, toInput, schema: ActionCreateSchema, save, kinds: actionKinds });
  const sectors = useSectorOptions();
  const stakeholders = useStakeholderOptions();
  const networks = useNetworkOptions();
  const labels: Record<string, string> = {
    title: t('actions.f.title'),
    type: t('actions.f.type'),
    status: t('actions.f.status'),
    leadStakeholderId: t('actions.f.lead'),
    startDate: t('actions.f.start'),
    endDate: t('actions.f.end'),
    progress: t('actions.f.progress'),
    description: t('actions.f.description'),
    sectorIds: t('actions.f.sectors'),
    partnerIds: t('actions.f.partners'),
    networkIds: t('actions.f.networks'),
    fundingLines: t('actions.f.fundingLines'),
    milestones: t('actions.f.milestones'),
  };
  const labelFor = (path: string) => {
    const [top, row, col] = path.split('.');
    if (!top || !labels[top]) return undefined;
    if (row === undefined) return labels[top];
    const colKey = top === 'fundingLines' ? { fundingSourceId: 'source', plannedCents: 'planned', committedCents: 'committed', spentCents: 'spent', note: 'note', id: 'source' }[col ?? ''] : null;
    const colLabel = top === 'fundingLines' ? t(`actions.line.${colKey ?? 'source'}`) : t(`actions.ms.${col === 'dueDate' ? 'due' : col === 'doneDate' ? 'done' : 'title'}`);
    return `${labels[top]}, ${t('form.row', { row: Number(row) + 1 })}: ${colLabel}`;
  };
  const f = form as never;
  return (
    <FormFrame form={form} title={title} labelFor={labelFor} onCancel={onCancel}>
      <TextInput form={f} name="title" label={labels.title!} hint={t('actions.h.title')} required maxLength={limits.name} autoFocus />
      <div className="form__grid">
        <SelectInput form={f} name="type" label={labels.type!} required options={enumOptions(t, 'actionType', actionTypes)} />
        <SelectInput form={f} name="status" label={labels.status!} required options={enumOptions(t, 'status', actionStatuses)} />
        <SelectInput form={f} name="leadStakeholderId" label={labels.leadStakeholderId!} hint={t('actions.h.lead')} options={stakeholders} noneLabel={t('form.noneChosen')} />
        <TextInput form={f} name="progress" label={labels.progress!} hint={t('actions.h.progress')} inputMode="numeric" />
        <TextInput form={f} name="startDate" label={labels.startDate!} hint={dateHint} type="date" related={['endDate']} />
        <TextInput form={f} name="endDate" label={labels.endDate!} hint={dateHint} type="date" related={['startDate']} />
      </div>
      <MultiSelect form={f} name="sectorIds" label={labels.sectorIds!} options={sectors} />
      <MultiSelect form={f} name="partnerIds" label={labels.partnerIds!} hint={t('actions.h.partners')} options={stakeholders} />
      <MultiSelect form={f} name="networkIds" label={labels.networkIds!} options={networks} />
      <FundingLines form={form as unknown as EntityForm<Values>} />
      <Milestones form={form as unknown as EntityForm<Values>} />
      <TextInput form={f} name="description" label={labels.description!} multiline maxLength={limits.text} />
    </FormFrame>
  );
}

function ActionPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, reload } = useDetail('action.get', id);
  const command = useAppStore((s) => s.command);
  const query = useAppStore((s) => s.query);
  const sources = useListItems('fundingSources');
  const edit = useEditSession(data);
  const [deleting, setDeleting] = useState(false);
  const versioned = useVersionedSave<ActionCreate>({
    entity: 'action',
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => command('action.update', { id, expectedUpdatedAt, ...input }),
    fresh: async () => {
      const r = await query('action.get', { id });
      return r.ok ? r.value.updatedAt : null;
    },
    onSaved: edit.stop,
    onReload: () => {
      edit.stop();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity="action" screen="actions" />;
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity="action" /> : null}
        <ActionForm key={edit.base.updatedAt} initial={fromDetail(edit.base, lng)} title={t('actions.editTitle', { name: data.title })} save={versioned.save} onCancel={edit.stop} />
        {versioned.dialog}
      </>
    );
  const total = data.fundingLines.reduce((s, l) => ({ p: s.p + l.plannedCents, c: s.c + l.committedCents, x: s.x + l.spentCents }), { p: 0, c: 0, x: 0 });
  const now = today();
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t('entity.actionTitle')} title={data.title} onEdit={edit.start} onDelete={() => setDeleting(true)}>
        <p className="detail__badges">
          <ActionStatusBadge action={data} />
        </p>
      </DetailHead>
      <Facts
        items={[
          [t('actions.f.type'), t(`actionType.${data.type}`)],
          [t('actions.f.lead'), data.lead ? <a href={href('stakeholders', undefined, data.lead.id)}>{data.lead.name}</a> : ''],
          [t('actions.f.start'), formatDate(data.startDate, lng)],
          [t('actions.f.end'), formatDate(data.endDate, lng)],
          [t('actions.f.progress'), formatPercent(data.progress / 100, lng)],
          [t('actions.f.description'), data.description],
        ]}
      />
      <section className="related" aria-labelledby="action-funding">
        <h3 className="related__title" id="action-funding">
          {t('actions.f.fundingLines')}
        </h3>
        {data.fundingLines.length === 0 ? (
          <p className="muted">{t('related.noFunding')}</p>
        ) : (
          <table className="table table--plain">
            <caption className="visually-hidden">{t('actions.f.fundingLines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.line.source')}</th>
                <th scope="col" className="num">
                  {t('actions.line.planned')}
                </th>
                <th scope="col" className="num">
                  {t('actions.line.committed')}
                </th>
                <th scope="col" className="num">
                  {t('actions.line.spent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.fundingLines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    {sourceName(t, sources.find((s) => s.id === l.fundingSourceId))}
                    {l.note ? <span className="cell-sub">{l.note}</span> : null}
                  </th>
                  <td className="num">{formatCents(l.plannedCents, lng)}</td>
                  <td className="num">{formatCents(l.committedCents, lng)}</td>
                  <td className="num">{formatCents(l.spentCents, lng)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('actions.line.total')}</th>
                <td className="num">{formatCents(total.p, lng)}</td>
                <td className="num">{formatCents(total.c, lng)}</td>
                <td className="num">{formatCents(total.x, lng)}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </section>
      <section className="related" aria-labelledby="action-milestones">
        <h3 className="related__title" id="action-milestones">
          {t('actions.f.milestones')}
        </h3>
        {data.milestones.length === 0 ? (
          <p className="muted">{t('related.noMilestones')}</p>
        ) : (
          <ul className="related__list">
            {data.milestones.map((m) => {
              const late = isOverdue(m, data.status, now);
              return (
                <li key={m.id} className="related__item">
                  <span>{m.title}</span>
                  <span className="related__extra">
                    {m.doneDate ? (
                      <span className="status status--completed">
                        <CheckIcon size={14} /> {t('actions.ms.doneOn', { date: formatDate(m.doneDate, lng) })}
                      </span>
                    ) : late ? (
                      <span className="status status--late">
                        <ClockIcon size={14} /> {t('actions.ms.lateSince', { date: formatDate(m.dueDate, lng) })}
                      </span>
                    ) : (
                      t('actions.ms.dueOn', { date: formatDate(m.dueDate, lng) })
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <Related id="action-sectors" title={t('related.sectors')} empty={t('related.noSectors')} items={data.sectors.map((s) => ({ id: s.id, href: href('sectors', undefined, s.id), label: s.name }))} />
      <Related id="action-partners" title={t('related.partners')} empty={t('related.noPartners')} items={data.partners.map((m) => ({ id: m.id, href: href('stakeholders', undefined, m.id), label: m.name, extra: <HelixBadge helix={m.helix} short /> }))} />
      <Related id="action-networks" title={t('related.networks')} empty={t('related.noNetworks')} items={data.networks.map((n) => ({ id: n.id, href: href('networks', undefined, n.id), label: n.name }))} />
      <Related id="action-indicators" title={t('related.indicators')} empty={t('related.noIndicators')} items={data.indicators.map((x) => ({ id: x.id, href: href('indicators', undefined, x.id), label: x.name }))} />
      <Related id="action-workshops" title={t('related.workshopsOrigin')} empty={t('related.noWorkshops')} items={data.workshops.map((w) => ({ id: w.id, href: href('workshops', undefined, w.id), label: w.title, extra: formatDate(w.heldOn, lng) }))} />
      {deleting ? <DeleteDialog entity="action" id={id} name={data.title} channel="action.delete" onClose={() => setDeleting(false)} onDeleted={() => navigate('actions', params)} /> : null}
    </article>
  );
}

function NewAction({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  return (
    <ActionForm
      initial={blank}
      title={t('actions.newTitle')}
      onCancel={() => navigate('actions', params)}
      save={async (input) => {
        const r = await command('action.create', input);
        if (!r.ok) return r.error;
        notify('actions.saved', { name: r.value.title });
        navigate('actions', params, r.value.id);
        return null;
      }}
    />
  );
}

export function ActionsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('actions');
  const sectorOptions = useSectorOptions();
  const networkOptions = useNetworkOptions();
  const years = useYearOptions();
  const columns = useMemo<VColumn<ActionRow>[]>(
    () => [
      { id: 'title', header: t('actions.col.title'), width: 'minmax(7rem, 2.5fr)', sortValue: (r) => r.title, cell: (r) => <span className="cell-strong">{r.title}</span> },
      { id: 'status', header: t('actions.col.status'), width: 'minmax(3rem, 1fr)', sortValue: (r) => actionStatuses.indexOf(r.derivedStatus), cell: (r) => <ActionStatusBadge action={r} compact /> },
      { id: 'lead', header: t('actions.col.lead'), width: 'minmax(3rem, 1.3fr)', sortValue: (r) => r.leadName ?? '', cell: (r) => r.leadName ?? '' },
      { id: 'end', header: t('actions.col.end'), numeric: true, width: '6.5rem', sortValue: (r) => r.endDate ?? '', cell: (r) => formatDate(r.endDate, lng) },
      { id: 'planned', header: t('actions.col.planned'), numeric: true, width: '8rem', sortValue: (r) => r.plannedCents, cell: (r) => formatCents(r.plannedCents, lng, 0) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<ActionRow>[]>(
    () => [
      // Each chip's value reads as a link's parameter does (listFilterOf): a Dashboard link opens what it counts.
      { id: 'status', label: t('filters.status'), options: enumOptions(t, 'status', actionStatuses), test: (r, v) => actionMatches(r, listFilterOf({ status: v })) },
      { id: 'sector', label: t('filters.sector'), options: [...sectorOptions, { value: 'none', label: t('charts.noSector') }], test: (r, v) => actionMatches(r, listFilterOf({ sector: v })) },
      { id: 'milestones', label: t('filters.milestones'), options: [{ value: 'overdue', label: t('filters.overdueMilestones') }], test: (r, v) => actionMatches(r, listFilterOf({ milestones: v })) },
      { id: 'network', label: t('filters.network'), options: networkOptions, test: (r, v) => actionMatches(r, listFilterOf({ network: v })) },
      { id: 'year', label: t('filters.year'), options: years, test: (r, v) => actionMatches(r, listFilterOf({ year: v })) },
    ],
    [t, sectorOptions, networkOptions, years],
  );
  const searchTexts = useCallback((r: ActionRow) => [r.title, r.leadName, r.description], []);
  return (
    <MasterDetail
      screen="actions"
      route={route}
      listKey="actions"
      rows={list.items}
      title={t('actions.title')}
      lead={t('actions.lead')}
      countKey="count.actions"
      columns={columns}
      defaultSort={{ column: 'title', direction: 'asc' }}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      headActions={(shown) => <ExportMenu list="actions" ids={shown.map((r) => r.id)} />}
      newLabel={t('actions.add')}
      empty={<p>{t('actions.empty')}</p>}
      detail={(id) => (id === 'new' ? <NewAction params={route.params} /> : <ActionPane key={id} id={id} params={route.params} />)}
    />
  );
}
