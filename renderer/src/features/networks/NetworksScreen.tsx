import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkRow } from '../../../../shared/schemas/network';
import { memberships, networkScopes } from '../../../../shared/schemas/enums';
import { networkMatches } from '../../../../shared/domain/list-filters';
import { formatCount } from '../../../../shared/domain/format';
import type { FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { HelixBadge, ActionStatusBadge } from '../../components/Badges';
import { Related } from '../../components/detail';
import { EditorPane } from '../../components/editor/EditorPane';
import { EditorScreen } from '../../components/editor/EditorScreen';
import { href, type Route } from '../../app/router';
import { enumOptions, useSectorOptions } from '../common/options';
import { networkEditor } from './network-editor';

function NetworkPane({ id, params }: { id: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  return (
    <EditorPane def={networkEditor} id={id} params={params}>
      {(data) => (
        <>
          <Related id="network-sectors" title={t('related.sectorsServed')} empty={t('related.noSectors')} items={data.sectors.map((s) => ({ id: s.id, href: href('sectors', undefined, s.id), label: s.name }))} />
          <Related id="network-members" title={t('related.members')} empty={t('related.noMembers')} items={data.members.map((m) => ({ id: m.id, href: href('stakeholders', undefined, m.id), label: m.name, extra: <HelixBadge helix={m.helix} short /> }))} />
          <Related id="network-actions" title={t('related.actions')} empty={t('related.noActions')} items={data.actions.map((a) => ({ id: a.id, href: href('actions', undefined, a.id), label: a.title, extra: <ActionStatusBadge action={a} /> }))} />
        </>
      )}
    </EditorPane>
  );
}

export function NetworksScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sectorOptions = useSectorOptions();
  const columns = useMemo<VColumn<NetworkRow>[]>(
    () => [
      { id: 'name', header: t('networks.col.name'), width: 'minmax(9rem, 2.5fr)', sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'scope', header: t('networks.col.scope'), width: 'minmax(6rem, 1fr)', sortValue: (r) => networkScopes.indexOf(r.scope), cell: (r) => t(`scope.${r.scope}`) },
      { id: 'membership', header: t('networks.col.membership'), width: 'minmax(6rem, 1fr)', sortValue: (r) => memberships.indexOf(r.membership), cell: (r) => t(`membership.${r.membership}`) },
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
    <EditorScreen def={networkEditor} route={route} pane={NetworkPane} columns={columns} filters={filters} searchTexts={searchTexts} defaultSort={{ column: 'name', direction: 'asc' }} headActions={(shown) => <ExportMenu list="networks" ids={shown.map((r) => r.id)} />} />
  );
}
