import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderDetail, StakeholderRow, Duplicate, StakeholderCreate } from '../../../../shared/schemas/stakeholder';
import { StakeholderCreateSchema } from '../../../../shared/schemas/stakeholder';
import { engagementLevels, helixes, stakeholderSizes, stakeholderTypes, type EngagementLevel } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { stakeholderMatches } from '../../../../shared/domain/list-filters';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { readDate } from '../../../../shared/domain/dates';
import { describeReadProblem } from '../../errors/read-problem';
import { DateInput } from '../../components/DateInput';
import { useAppStore } from '../../store/context';
import { MasterDetail, type FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, useEditSession, Facts, Related, useDetail, useVersionedSave } from '../../components/detail';
import { FormFrame, SelectInput, TextInput, useEntityForm } from '../../components/form';
import { ErrorNotice } from '../../components/ErrorNotice';
import { href, navigate, type Route } from '../../app/router';
import { enumOptions, today, useNetworkOptions, useSectorOptions } from '../common/options';
import { WarningIcon } from '../../components/icons';
import type { AppError } from '../../../../shared/contract/errors';
import { useList } from '../../api/use-queries';
import './stakeholders.css';

const fields = ['name', 'helix', 'type', 'size', 'municipality', 'website', 'contactName', 'contactEmail', 'contactPhone', 'notes'] as const;
type Values = Record<(typeof fields)[number], string>;

const blank: Values = { name: '', helix: '', type: '', size: '', municipality: '', website: '', contactName: '', contactEmail: '', contactPhone: '', notes: '' };
const toInput = (v: Values): StakeholderCreate => ({
  name: v.name,
  helix: v.helix as StakeholderCreate['helix'],
  type: v.type as StakeholderCreate['type'],
  size: (v.size || null) as StakeholderCreate['size'],
  municipality: v.municipality,
  website: v.website,
  contactName: v.contactName,
  contactEmail: v.contactEmail.trim(),
  contactPhone: v.contactPhone,
  notes: v.notes,
});
const fromDetail = (d: StakeholderDetail): Values => ({
  name: d.name,
  helix: d.helix,
  type: d.type,
  size: d.size ?? '',
  municipality: d.municipality,
  website: d.website,
  contactName: d.contactName,
  contactEmail: d.contactEmail,
  contactPhone: d.contactPhone,
  notes: d.notes,
});

/** Websites open only as https (officers paste "prizztech.fi"). */
export const websiteHref = (site: string) => {
  const s = site.trim();
  if (!s) return null;
  const url = /^https?:\/\//i.test(s) ? s.replace(/^http:/i, 'https:') : `https://${s}`;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

function StakeholderForm({ initial, title, excludeId, save, onCancel }: { initial: Values; title: string; excludeId?: string; save: (input: StakeholderCreate) => Promise<AppError | null>; onCancel: () => void }) {
  const { t } = useTranslation();
  const query = useAppStore((s) => s.query);
  const form = useEntityForm({ formId: 'stakeholder-form', initial, fields, toInput, schema: StakeholderCreateSchema, save });
  const [dupes, setDupes] = useState<Duplicate[]>([]);
  const name = form.values.name;
  // Likely duplicates while adding or renaming ("Prizztech" vs "Prizztech Oy").
  useEffect(() => {
    if (name.trim().length < 3 || name === initial.name) {
      const clear = setTimeout(() => setDupes([]), 0);
      return () => clearTimeout(clear);
    }
    const timer = setTimeout(() => {
      void query('stakeholder.duplicates', { name, ...(excludeId ? { excludeId } : {}) }).then((r) => r.ok && setDupes(r.value));
    }, 250);
    return () => clearTimeout(timer);
  }, [name, excludeId, query, initial.name]);
  const labels: Record<string, string> = {
    name: t('stakeholders.f.name'),
    helix: t('stakeholders.f.helix'),
    type: t('stakeholders.f.type'),
    size: t('stakeholders.f.size'),
    municipality: t('stakeholders.f.municipality'),
    website: t('stakeholders.f.website'),
    contactName: t('stakeholders.f.contactName'),
    contactEmail: t('stakeholders.f.contactEmail'),
    contactPhone: t('stakeholders.f.contactPhone'),
    notes: t('stakeholders.f.notes'),
  };
  const f = form as never;
  return (
    <FormFrame form={form} title={title} labelFor={(p) => labels[p]} onCancel={onCancel}>
      <TextInput form={f} name="name" label={labels.name!} hint={t('stakeholders.h.name')} required maxLength={limits.name} autoFocus />
      <div className="dupes" role="status" aria-live="polite">
        {dupes.length > 0 ? (
          <div className="warning">
            <WarningIcon size={16} />
            <div>
              <p className="warning__title">{t('stakeholders.dupes.title', { count: dupes.length })}</p>
              <ul>
                {dupes.map((d) => (
                  <li key={d.id}>
                    <a href={href('stakeholders', undefined, d.id)}>{d.name}</a> <span className="muted">({t(`stakeholders.dupes.${d.match}`)})</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </div>
      <div className="form__grid">
        <SelectInput form={f} name="helix" label={labels.helix!} hint={t('stakeholders.h.helix')} required options={enumOptions(t, 'helix', helixes)} noneLabel={t('form.choose')} />
        <SelectInput form={f} name="type" label={labels.type!} required options={enumOptions(t, 'stakeholderType', stakeholderTypes)} noneLabel={t('form.choose')} />
        <SelectInput form={f} name="size" label={labels.size!} hint={t('stakeholders.h.size')} options={enumOptions(t, 'size', stakeholderSizes)} noneLabel={t('form.notGiven')} />
        <TextInput form={f} name="municipality" label={labels.municipality!} maxLength={limits.short} />
      </div>
      <TextInput form={f} name="website" label={labels.website!} hint={t('stakeholders.h.website')} maxLength={limits.url} />
      <fieldset className="fieldset">
        <legend className="field__label">{t('stakeholders.contact')}</legend>
        <div className="form__grid">
          <TextInput form={f} name="contactName" label={labels.contactName!} maxLength={limits.name} />
          <TextInput form={f} name="contactEmail" label={labels.contactEmail!} type="email" maxLength={limits.url} />
          <TextInput form={f} name="contactPhone" label={labels.contactPhone!} type="tel" maxLength={limits.short} />
        </div>
      </fieldset>
      <TextInput form={f} name="notes" label={labels.notes!} multiline maxLength={limits.text} />
    </FormFrame>
  );
}

function EngagementRow({ stakeholderId, sector, current }: { stakeholderId: string; sector: { id: string; name: string }; current: { level: EngagementLevel; changedOn: string; updatedAt: string } | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const command = useAppStore((s) => s.command);
  // The date as typed, in the UI language's writing; sent only when it reads as one day.
  const [date, setDate] = useState(formatDate(current?.changedOn ?? today(), lng));
  const [error, setError] = useState<AppError | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const send = async (level: EngagementLevel | null, changedOn: string) => {
    const reply = await command('engagement.set', { stakeholderId, sectorId: sector.id, level, changedOn, expectedUpdatedAt: current?.updatedAt ?? null });
    setError(reply.ok ? null : reply.error);
  };
  const read = readDate(date, lng);
  const dateId = `engagement-date-${sector.id}`;
  return (
    <tr>
      <th scope="row">
        <a href={href('sectors', undefined, sector.id)}>{sector.name}</a>
      </th>
      <td>
        <select
          className={`input select engagement-select${current ? ` level--${current.level}` : ''}`}
          aria-label={t('engagementEditor.levelFor', { sector: sector.name })}
          value={current?.level ?? ''}
          onChange={(e) => void send((e.target.value || null) as EngagementLevel | null, (read.ok && read.value) || today())}
        >
          <option value="">{t('engagementEditor.none')}</option>
          {engagementLevels.map((l, i) => (
            <option key={l} value={l}>
              {`${i + 1}. ${t(`engagement.${l}`)}`}
            </option>
          ))}
        </select>
      </td>
      <td>
        <DateInput
          id={dateId}
          aria-label={t('engagementEditor.dateFor', { sector: sector.name })}
          {...(dateError ? { 'aria-invalid': true as const, 'aria-describedby': `${dateId}-error` } : {})}
          value={date}
          onChange={setDate}
          onBlur={() => {
            const r = readDate(date, lng);
            setDateError(r.ok ? null : describeReadProblem(t, r.problem, lng));
            if (r.ok && r.value && current && r.value !== current.changedOn) void send(current.level, r.value);
          }}
        />
        {dateError ? (
          <p className="field__error" id={`${dateId}-error`}>
            {dateError}
          </p>
        ) : null}
        {current ? <span className="visually-hidden">{formatDate(current.changedOn, lng)}</span> : null}
        {error ? <ErrorNotice error={error} /> : null}
      </td>
    </tr>
  );
}

function Engagements({ detail }: { detail: StakeholderDetail }) {
  const { t } = useTranslation();
  const sectors = useSectorOptions();
  const rows = useMemo(() => {
    const map = new Map(detail.engagements.map((e) => [e.sectorId, e]));
    const list = sectors.map((s) => ({ id: s.value, name: s.label }));
    // Archived sectors it still engages in stay visible.
    for (const e of detail.engagements) if (!list.some((s) => s.id === e.sectorId)) list.push({ id: e.sectorId, name: e.sector.name });
    return list.map((s) => ({ sector: s, current: map.get(s.id) ?? null }));
  }, [detail.engagements, sectors]);
  return (
    <section className="related" aria-labelledby="stakeholder-engagement">
      <h3 className="related__title" id="stakeholder-engagement">
        {t('engagementEditor.title')}
      </h3>
      <p className="field__hint">{t('engagementEditor.hint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('engagementEditor.noSectors')}</p>
      ) : (
        <table className="table table--plain table--edit">
          <caption className="visually-hidden">{t('engagementEditor.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('engagementEditor.sector')}</th>
              <th scope="col">{t('engagementEditor.level')}</th>
              <th scope="col">{t('engagementEditor.changedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <EngagementRow key={`${r.sector.id}-${r.current?.changedOn ?? ''}`} stakeholderId={detail.id} sector={r.sector} current={r.current} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function StakeholderPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  const { data, error, reload } = useDetail('stakeholder.get', id);
  const command = useAppStore((s) => s.command);
  const query = useAppStore((s) => s.query);
  const edit = useEditSession(data);
  const [deleting, setDeleting] = useState(false);
  const versioned = useVersionedSave<StakeholderCreate>({
    entity: 'stakeholder',
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => command('stakeholder.update', { id, expectedUpdatedAt, ...input }),
    fresh: async () => {
      const r = await query('stakeholder.get', { id });
      return r.ok ? r.value.updatedAt : null;
    },
    onSaved: edit.stop,
    onReload: () => {
      edit.stop();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity="stakeholder" screen="stakeholders" />;
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity="stakeholder" /> : null}
        <StakeholderForm key={edit.base.updatedAt} initial={fromDetail(edit.base)} title={t('stakeholders.editTitle', { name: data.name })} excludeId={id} save={versioned.save} onCancel={edit.stop} />
        {versioned.dialog}
      </>
    );
  const site = websiteHref(data.website);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t('entity.stakeholderTitle')} title={data.name} onEdit={edit.start} onDelete={() => setDeleting(true)}>
        <p className="detail__badges">
          <HelixBadge helix={data.helix} />
        </p>
      </DetailHead>
      <Facts
        items={[
          [t('stakeholders.f.type'), t(`stakeholderType.${data.type}`)],
          [t('stakeholders.f.size'), data.size ? t(`size.${data.size}`) : ''],
          [t('stakeholders.f.municipality'), data.municipality],
          [t('stakeholders.f.website'), site ? <a href={site} target="_blank" rel="noreferrer noopener">{data.website}</a> : data.website],
          [t('stakeholders.contact'), [data.contactName, data.contactEmail, data.contactPhone].filter(Boolean).join(' · ')],
          [t('stakeholders.f.notes'), data.notes],
        ]}
      />
      <Engagements detail={data} />
      <Related
        id="stakeholder-networks"
        title={t('related.networks')}
        empty={t('related.noNetworks')}
        items={data.networks.map((n) => ({ id: n.id, href: href('networks', undefined, n.id), label: n.name, extra: `${t(`scope.${n.scope}`)} · ${t(`membership.${n.membership}`)}` }))}
      />
      <Related
        id="stakeholder-actions"
        title={t('related.actions')}
        empty={t('related.noActions')}
        items={data.actions.map((a) => ({ id: `${a.id}-${a.role}`, href: href('actions', undefined, a.id), label: a.title, extra: <>{t(`related.role.${a.role}`)} <ActionStatusBadge action={a} /></> }))}
      />
      <Related id="stakeholder-workshops" title={t('related.workshops')} empty={t('related.noWorkshops')} items={data.workshops.map((w) => ({ id: w.id, href: href('workshops', undefined, w.id), label: w.title, extra: <WorkshopDate date={w.heldOn} /> }))} />
      {deleting ? (
        <DeleteDialog entity="stakeholder" id={id} name={data.name} channel="stakeholder.delete" onClose={() => setDeleting(false)} onDeleted={() => navigate('stakeholders', params)} />
      ) : null}
    </article>
  );
}

export function WorkshopDate({ date }: { date: string }) {
  const { i18n } = useTranslation();
  return <span className="tabular">{formatDate(date, i18n.language)}</span>;
}

function NewStakeholder({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const initial = useMemo(() => {
    const helix = params.get('helix');
    return { ...blank, helix: helix && (helixes as readonly string[]).includes(helix) ? helix : '' };
  }, [params]);
  return (
    <StakeholderForm
      initial={initial}
      title={t('stakeholders.newTitle')}
      onCancel={() => navigate('stakeholders', params)}
      save={async (input) => {
        const r = await command('stakeholder.create', input);
        if (!r.ok) return r.error;
        notify('stakeholders.saved', { name: r.value.name });
        navigate('stakeholders', params, r.value.id);
        return null;
      }}
    />
  );
}

export function StakeholdersScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('stakeholders');
  const sectorOptions = useSectorOptions();
  const networkOptions = useNetworkOptions();

  const columns = useMemo<VColumn<StakeholderRow>[]>(
    () => [
      { id: 'name', header: t('stakeholders.col.name'), width: 'minmax(7rem, 2fr)', sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'helix', header: t('stakeholders.col.helix'), width: 'minmax(3rem, 1.3fr)', sortValue: (r) => helixes.indexOf(r.helix), cell: (r) => <HelixBadge helix={r.helix} /> },
      { id: 'type', header: t('stakeholders.col.type'), width: 'minmax(3rem, 1fr)', sortValue: (r) => t(`stakeholderType.${r.type}`), cell: (r) => t(`stakeholderType.${r.type}`) },
      { id: 'municipality', header: t('stakeholders.col.municipality'), width: 'minmax(3rem, 1fr)', sortValue: (r) => r.municipality, cell: (r) => r.municipality },
      { id: 'sectors', header: t('stakeholders.col.sectors'), numeric: true, width: '5.5rem', sortValue: (r) => r.engagements.length, cell: (r) => formatCount(r.engagements.length, lng) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<StakeholderRow>[]>(
    () => [
      { id: 'helix', label: t('filters.helix'), options: enumOptions(t, 'helix', helixes), test: (r, v) => stakeholderMatches(r, { helix: v as StakeholderRow['helix'] }) },
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => stakeholderMatches(r, { sectorId: v }) },
      { id: 'network', label: t('filters.network'), options: networkOptions, test: (r, v) => stakeholderMatches(r, { networkId: v }) },
    ],
    [t, sectorOptions, networkOptions],
  );
  const searchTexts = useCallback((r: StakeholderRow) => [r.name, r.municipality, r.contactName, t(`stakeholderType.${r.type}`)], [t]);

  return (
    <MasterDetail
      screen="stakeholders"
      route={route}
      listKey="stakeholders"
      rows={list.items}
      title={t('stakeholders.title')}
      lead={t('stakeholders.lead')}
      countKey="count.stakeholders"
      columns={columns}
      defaultSort={{ column: 'name', direction: 'asc' }}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      headActions={(shown) => <ExportMenu list="stakeholders" ids={shown.map((r) => r.id)} />}
      newLabel={t('stakeholders.add')}
      empty={<p>{t('stakeholders.empty')}</p>}
      detail={(id) => (id === 'new' ? <NewStakeholder params={route.params} /> : <StakeholderPane key={id} id={id} params={route.params} />)}
    />
  );
}
