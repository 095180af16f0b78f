import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkCreate, NetworkDetail, NetworkRow } from '../../../../shared/schemas/network';
import { NetworkCreateSchema } from '../../../../shared/schemas/network';
import { memberships, networkScopes } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { networkMatches } from '../../../../shared/domain/list-filters';
import { formatCount } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { MasterDetail, type FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, useEditSession, Facts, Related, useDetail, useVersionedSave } from '../../components/detail';
import { FormFrame, MultiSelect, SelectInput, TextInput, useEntityForm } from '../../components/form';
import { href, navigate, type Route } from '../../app/router';
import { enumOptions, useSectorOptions, useStakeholderOptions } from '../common/options';
import { websiteHref } from '../stakeholders/StakeholdersScreen';
import type { AppError } from '../../../../shared/contract/errors';
import { useList } from '../../api/use-queries';

const fields = ['name', 'scope', 'membership', 'sectorIds', 'memberIds', 'website', 'description'] as const;
interface Values extends Record<string, unknown> {
  name: string;
  scope: string;
  membership: string;
  description: string;
  website: string;
  sectorIds: string[];
  memberIds: string[];
}
const blank: Values = { name: '', scope: '', membership: '', description: '', website: '', sectorIds: [], memberIds: [] };
const toInput = (v: Values): NetworkCreate => ({
  name: v.name,
  scope: v.scope as NetworkCreate['scope'],
  membership: v.membership as NetworkCreate['membership'],
  description: v.description,
  website: v.website,
  sectorIds: v.sectorIds,
  memberIds: v.memberIds,
});
const fromDetail = (d: NetworkDetail): Values => ({
  name: d.name,
  scope: d.scope,
  membership: d.membership,
  description: d.description,
  website: d.website,
  sectorIds: d.sectors.map((s) => s.id),
  memberIds: d.members.map((m) => m.id),
});

function NetworkForm({ initial, title, save, onCancel }: { initial: Values; title: string; save: (input: NetworkCreate) => Promise<AppError | null>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm({ formId: 'network-form', initial, fields, toInput, schema: NetworkCreateSchema, save });
  const sectors = useSectorOptions();
  const stakeholders = useStakeholderOptions();
  const labels: Record<string, string> = {
    name: t('networks.f.name'),
    scope: t('networks.f.scope'),
    membership: t('networks.f.membership'),
    description: t('networks.f.description'),
    website: t('networks.f.website'),
    sectorIds: t('networks.f.sectors'),
    memberIds: t('networks.f.members'),
  };
  const f = form as never;
  return (
    <FormFrame form={form} title={title} labelFor={(p) => labels[p.split('.')[0] ?? p]} onCancel={onCancel}>
      <TextInput form={f} name="name" label={labels.name!} hint={t('networks.h.name')} required maxLength={limits.name} autoFocus />
      <div className="form__grid">
        <SelectInput form={f} name="scope" label={labels.scope!} required options={enumOptions(t, 'scope', networkScopes)} noneLabel={t('form.choose')} />
        <SelectInput form={f} name="membership" label={labels.membership!} hint={t('networks.h.membership')} required options={enumOptions(t, 'membership', memberships)} noneLabel={t('form.choose')} />
      </div>
      <MultiSelect form={f} name="sectorIds" label={labels.sectorIds!} hint={t('networks.h.sectors')} options={sectors} />
      <MultiSelect form={f} name="memberIds" label={labels.memberIds!} hint={t('networks.h.members')} options={stakeholders} />
      <TextInput form={f} name="website" label={labels.website!} maxLength={limits.url} />
      <TextInput form={f} name="description" label={labels.description!} multiline maxLength={limits.text} />
    </FormFrame>
  );
}

function NetworkPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  const { data, error, reload } = useDetail('network.get', id);
  const command = useAppStore((s) => s.command);
  const query = useAppStore((s) => s.query);
  const edit = useEditSession(data);
  const [deleting, setDeleting] = useState(false);
  const versioned = useVersionedSave<NetworkCreate>({
    entity: 'network',
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => command('network.update', { id, expectedUpdatedAt, ...input }),
    fresh: async () => {
      const r = await query('network.get', { id });
      return r.ok ? r.value.updatedAt : null;
    },
    onSaved: edit.stop,
    onReload: () => {
      edit.stop();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity="network" screen="networks" />;
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity="network" /> : null}
        <NetworkForm key={edit.base.updatedAt} initial={fromDetail(edit.base)} title={t('networks.editTitle', { name: data.name })} save={versioned.save} onCancel={edit.stop} />
        {versioned.dialog}
      </>
    );
  const site = websiteHref(data.website);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t('entity.networkTitle')} title={data.name} onEdit={edit.start} onDelete={() => setDeleting(true)} />
      <Facts
        items={[
          [t('networks.f.scope'), t(`scope.${data.scope}`)],
          [t('networks.f.membership'), t(`membership.${data.membership}`)],
          [t('networks.f.website'), site ? <a href={site} target="_blank" rel="noreferrer noopener">{data.website}</a> : data.website],
          [t('networks.f.description'), data.description],
        ]}
      />
      <Related id="network-sectors" title={t('related.sectorsServed')} empty={t('related.noSectors')} items={data.sectors.map((s) => ({ id: s.id, href: href('sectors', undefined, s.id), label: s.name }))} />
      <Related id="network-members" title={t('related.members')} empty={t('related.noMembers')} items={data.members.map((m) => ({ id: m.id, href: href('stakeholders', undefined, m.id), label: m.name, extra: <HelixBadge helix={m.helix} short /> }))} />
      <Related id="network-actions" title={t('related.actions')} empty={t('related.noActions')} items={data.actions.map((a) => ({ id: a.id, href: href('actions', undefined, a.id), label: a.title, extra: <ActionStatusBadge action={a} /> }))} />
      {deleting ? <DeleteDialog entity="network" id={id} name={data.name} channel="network.delete" onClose={() => setDeleting(false)} onDeleted={() => navigate('networks', params)} /> : null}
    </article>
  );
}

function NewNetwork({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  return (
    <NetworkForm
      initial={blank}
      title={t('networks.newTitle')}
      onCancel={() => navigate('networks', params)}
      save={async (input) => {
        const r = await command('network.create', input);
        if (!r.ok) return r.error;
        notify('networks.saved', { name: r.value.name });
        navigate('networks', params, r.value.id);
        return null;
      }}
    />
  );
}

export function NetworksScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useList('networks');
  const sectorOptions = useSectorOptions();
  const columns = useMemo<VColumn<NetworkRow>[]>(
    () => [
      { id: 'name', header: t('networks.col.name'), width: 'minmax(7rem, 2.5fr)', sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'scope', header: t('networks.col.scope'), width: 'minmax(3rem, 1fr)', sortValue: (r) => networkScopes.indexOf(r.scope), cell: (r) => t(`scope.${r.scope}`) },
      { id: 'membership', header: t('networks.col.membership'), width: 'minmax(3rem, 1fr)', sortValue: (r) => memberships.indexOf(r.membership), cell: (r) => t(`membership.${r.membership}`) },
      { id: 'sectors', header: t('networks.col.sectors'), numeric: true, width: '6rem', sortValue: (r) => r.sectorIds.length, cell: (r) => formatCount(r.sectorIds.length, lng) },
      { id: 'members', header: t('networks.col.members'), numeric: true, width: '6rem', sortValue: (r) => r.memberCount, cell: (r) => formatCount(r.memberCount, lng) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<NetworkRow>[]>(
    () => [
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => networkMatches(r, { sectorId: v }) },
      { id: 'scope', label: t('filters.scope'), options: enumOptions(t, 'scope', networkScopes), test: (r, v) => r.scope === v },
      { id: 'membership', label: t('filters.membership'), options: enumOptions(t, 'membership', memberships), test: (r, v) => r.membership === v },
    ],
    [t, sectorOptions],
  );
  const searchTexts = useCallback((r: NetworkRow) => [r.name, r.description], []);
  return (
    <MasterDetail
      screen="networks"
      route={route}
      listKey="networks"
      rows={list.items}
      title={t('networks.title')}
      lead={t('networks.lead')}
      countKey="count.networks"
      columns={columns}
      defaultSort={{ column: 'name', direction: 'asc' }}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      headActions={(shown) => <ExportMenu list="networks" ids={shown.map((r) => r.id)} />}
      newLabel={t('networks.add')}
      empty={<p>{t('networks.empty')}</p>}
      detail={(id) => (id === 'new' ? <NewNetwork params={route.params} /> : <NetworkPane key={id} id={id} params={route.params} />)}
    />
  );
}
