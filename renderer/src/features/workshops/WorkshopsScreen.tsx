import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCreate, WorkshopDetail, WorkshopRow } from '../../../../shared/schemas/workshop';
import { WorkshopCreateSchema } from '../../../../shared/schemas/workshop';
import { limits } from '../../../../shared/schemas/common';
import { workshopMatches } from '../../../../shared/domain/list-filters';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { MasterDetail, type FilterDef } from '../../components/MasterDetail';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, useEditSession, Facts, Related, useDetail, useVersionedSave } from '../../components/detail';
import { FormFrame, MultiSelect, TextInput, useEntityForm } from '../../components/form';
import { href, navigate, type Route } from '../../app/router';
import { useActionOptions, useSectorOptions, useStakeholderOptions, useYearOptions } from '../common/options';
import type { AppError } from '../../../../shared/contract/errors';
import { AgendaEditor } from './agenda/AgendaEditor';
import { inputDate, inputText, type FieldKinds } from '../../../../shared/domain/reading';
import { WorkshopLog } from './agenda/WorkshopLog';
import { useList } from '../../api/use-queries';

const fields = ['title', 'heldOn', 'place', 'sectorIds', 'participantIds', 'outcomes', 'decisions', 'actionIds'] as const;
interface Values extends Record<string, unknown> {
  title: string;
  heldOn: string;
  place: string;
  outcomes: string;
  decisions: string;
  sectorIds: string[];
  participantIds: string[];
  actionIds: string[];
}
const blank: Values = { title: '', heldOn: '', place: '', outcomes: '', decisions: '', sectorIds: [], participantIds: [], actionIds: [] };
const kinds: FieldKinds = { heldOn: 'date' };
const toInput = (v: Values, lng: string): WorkshopCreate => ({ ...v, heldOn: inputDate(v.heldOn, lng) ?? '' });
const fromDetail = (d: WorkshopDetail, lng: string): Values => ({
  title: d.title,
  heldOn: inputText('date', d.heldOn, lng),
  place: d.place,
  outcomes: d.outcomes,
  decisions: d.decisions,
  sectorIds: d.sectors.map((s) => s.id),
  participantIds: d.participants.map((s) => s.id),
  actionIds: d.actions.map((s) => s.id),
});

function WorkshopForm({ initial, title, save, onCancel }: { initial: Values; title: string; save: (input: WorkshopCreate) => Promise<AppError | null>; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useEntityForm({ formId: 'workshop-form', initial, fields, toInput, schema: WorkshopCreateSchema, save, kinds });
  const sectors = useSectorOptions();
  const stakeholders = useStakeholderOptions();
  const actions = useActionOptions();
  const labels: Record<string, string> = {
    title: t('workshops.f.title'),
    heldOn: t('workshops.f.date'),
    place: t('workshops.f.place'),
    outcomes: t('workshops.f.outcomes'),
    decisions: t('workshops.f.decisions'),
    sectorIds: t('workshops.f.sectors'),
    participantIds: t('workshops.f.participants'),
    actionIds: t('workshops.f.actions'),
  };
  const f = form as never;
  return (
    <FormFrame form={form} title={title} labelFor={(p) => labels[p.split('.')[0] ?? p]} onCancel={onCancel}>
      <TextInput form={f} name="title" label={labels.title!} hint={t('workshops.h.title')} required maxLength={limits.name} autoFocus />
      <div className="form__grid">
        <TextInput form={f} name="heldOn" label={labels.heldOn!} hint={t('form.dateHint', { example: formatDate('2027-12-31', i18n.language) })} type="date" required />
        <TextInput form={f} name="place" label={labels.place!} maxLength={limits.short} />
      </div>
      <MultiSelect form={f} name="sectorIds" label={labels.sectorIds!} options={sectors} />
      <MultiSelect form={f} name="participantIds" label={labels.participantIds!} hint={t('workshops.h.participants')} options={stakeholders} />
      <TextInput form={f} name="outcomes" label={labels.outcomes!} hint={t('workshops.h.outcomes')} multiline maxLength={limits.text} />
      <TextInput form={f} name="decisions" label={labels.decisions!} multiline maxLength={limits.text} />
      <MultiSelect form={f} name="actionIds" label={labels.actionIds!} hint={t('workshops.h.actions')} options={actions} />
    </FormFrame>
  );
}

function WorkshopPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, reload } = useDetail('workshop.get', id);
  const command = useAppStore((s) => s.command);
  const query = useAppStore((s) => s.query);
  const edit = useEditSession(data);
  const [deleting, setDeleting] = useState(false);
  const versioned = useVersionedSave<WorkshopCreate>({
    entity: 'workshop',
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => command('workshop.update', { id, expectedUpdatedAt, ...input }),
    fresh: async () => {
      const r = await query('workshop.get', { id });
      return r.ok ? r.value.updatedAt : null;
    },
    onSaved: edit.stop,
    onReload: () => {
      edit.stop();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity="workshop" screen="workshops" />;
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity="workshop" /> : null}
        <WorkshopForm key={edit.base.updatedAt} initial={fromDetail(edit.base, i18n.language)} title={t('workshops.editTitle', { name: data.title })} save={versioned.save} onCancel={edit.stop} />
        {versioned.dialog}
      </>
    );
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t('entity.workshopTitle')} title={data.title} onEdit={edit.start} onDelete={() => setDeleting(true)} />
      <Facts
        items={[
          [t('workshops.f.date'), formatDate(data.heldOn, lng)],
          [t('workshops.f.place'), data.place],
          [t('workshops.f.outcomes'), data.outcomes],
          [t('workshops.f.decisions'), data.decisions],
        ]}
      />
      <Related id="workshop-sectors" title={t('related.sectorsDiscussed')} empty={t('related.noSectors')} items={data.sectors.map((s) => ({ id: s.id, href: href('sectors', undefined, s.id), label: s.name }))} />
      <Related id="workshop-participants" title={t('related.participants')} empty={t('related.noParticipants')} items={data.participants.map((m) => ({ id: m.id, href: href('stakeholders', undefined, m.id), label: m.name, extra: <HelixBadge helix={m.helix} short /> }))} />
      <Related id="workshop-actions" title={t('related.actionsFrom')} empty={t('related.noActions')} items={data.actions.map((a) => ({ id: a.id, href: href('actions', undefined, a.id), label: a.title, extra: <ActionStatusBadge action={a} /> }))} />
      <AgendaEditor workshopId={id} />
      <WorkshopLog workshopId={id} />
      {deleting ? <DeleteDialog entity="workshop" id={id} name={data.title} channel="workshop.delete" onClose={() => setDeleting(false)} onDeleted={() => navigate('workshops', params)} /> : null}
    </article>
  );
}

function NewWorkshop({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  return (
    <WorkshopForm
      initial={blank}
      title={t('workshops.newTitle')}
      onCancel={() => navigate('workshops', params)}
      save={async (input) => {
        const r = await command('workshop.create', input);
        if (!r.ok) return r.error;
        notify('workshops.saved', { name: r.value.title });
        navigate('workshops', params, r.value.id);
        return null;
      }}
    />
  );
}

export function WorkshopsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('workshops');
  const sectorOptions = useSectorOptions();
  const rowYears = useMemo(() => list.items.map((w) => Number(w.heldOn.slice(0, 4)) || null), [list.items]);
  const years = useYearOptions(rowYears);
  const columns = useMemo<VColumn<WorkshopRow>[]>(
    () => [
      { id: 'title', header: t('workshops.col.title'), width: 'minmax(7rem, 2.5fr)', sortValue: (r) => r.title, cell: (r) => <span className="cell-strong">{r.title}</span> },
      { id: 'date', header: t('workshops.col.date'), numeric: true, width: '7rem', sortValue: (r) => r.heldOn, cell: (r) => formatDate(r.heldOn, lng) },
      { id: 'place', header: t('workshops.col.place'), width: 'minmax(3rem, 1fr)', sortValue: (r) => r.place, cell: (r) => r.place },
      { id: 'participants', header: t('workshops.col.participants'), numeric: true, width: '7rem', sortValue: (r) => r.participantCount, cell: (r) => formatCount(r.participantCount, lng) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<WorkshopRow>[]>(
    () => [
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => workshopMatches(r, { sectorId: v }) },
      { id: 'year', label: t('filters.year'), options: years, test: (r, v) => workshopMatches(r, { year: Number(v) }) },
    ],
    [t, sectorOptions, years],
  );
  const searchTexts = useCallback((r: WorkshopRow) => [r.title, r.place, r.outcomes, r.decisions], []);
  return (
    <MasterDetail
      screen="workshops"
      route={route}
      listKey="workshops"
      rows={list.items}
      title={t('workshops.title')}
      lead={t('workshops.lead')}
      countKey="count.workshops"
      columns={columns}
      defaultSort={{ column: 'date', direction: 'desc' }}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      newLabel={t('workshops.add')}
      empty={<p>{t('workshops.empty')}</p>}
      detail={(id) => (id === 'new' ? <NewWorkshop params={route.params} /> : <WorkshopPane key={id} id={id} params={route.params} />)}
    />
  );
}
