import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkRow } from '../../../../shared/schemas/network';
import { MembershipSchema, NetworkScopeSchema, memberships, networkScopes } from '../../../../shared/schemas/enums';
import { formatCount } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { ListBody, ListScreen, useLists } from '../../components/ListScreen';
import { DataTable, type Column } from '../../components/DataTable';
import { href } from '../../app/router';

export function NetworksScreen({ params }: { params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('networks');
  const list = useAppStore((s) => s.networks);
  const scope = NetworkScopeSchema.safeParse(params.get('scope')).data ?? null;
  const membership = MembershipSchema.safeParse(params.get('membership')).data ?? null;
  const rows = useMemo(
    () => list.items.filter((n) => (!scope || n.scope === scope) && (!membership || n.membership === membership)),
    [list.items, scope, membership],
  );

  const columns = useMemo<Column<NetworkRow>[]>(
    () => [
      { id: 'name', header: t('networks.col.name'), rowHeader: true, sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'scope', header: t('networks.col.scope'), sortValue: (r) => networkScopes.indexOf(r.scope), cell: (r) => t(`scope.${r.scope}`), width: '10rem' },
      { id: 'membership', header: t('networks.col.membership'), sortValue: (r) => memberships.indexOf(r.membership), cell: (r) => t(`membership.${r.membership}`), width: '10rem' },
      { id: 'sectors', header: t('networks.col.sectors'), numeric: true, sortValue: (r) => r.sectorIds.length, cell: (r) => formatCount(r.sectorIds.length, lng), width: '7rem' },
      { id: 'members', header: t('networks.col.members'), numeric: true, sortValue: (r) => r.memberCount, cell: (r) => formatCount(r.memberCount, lng), width: '7rem' },
    ],
    [t, lng],
  );

  const filtered = scope || membership;
  const total = t('count.networks', { count: list.items.length });
  const count = list.status !== 'ready' ? null : filtered ? t('common.countShown', { total, shown: rows.length }) : total;
  const filterLabel = [scope ? t(`scope.${scope}`) : null, membership ? t(`membership.${membership}`) : null].filter(Boolean).join(', ');
  return (
    <ListScreen
      title={t('networks.title')}
      lead={t('networks.lead')}
      count={count}
      filter={filtered ? { label: filterLabel, clearHref: href('networks') } : null}
    >
      <ListBody listKey="networks" isEmpty={list.items.length === 0} empty={<p>{t('networks.empty')}</p>}>
        <DataTable caption={t('networks.title')} columns={columns} rows={rows} rowKey={(r) => r.id} initialSort={{ column: 'name', direction: 'asc' }} />
      </ListBody>
    </ListScreen>
  );
}
