import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderRow } from '../../../../shared/schemas/stakeholder';
import { HelixSchema, helixes } from '../../../../shared/schemas/enums';
import { formatCount } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { ListBody, ListScreen, useLists } from '../../components/ListScreen';
import { DataTable, type Column } from '../../components/DataTable';
import { HelixBadge } from '../../components/Badges';
import { href } from '../../app/router';

export function StakeholdersScreen({ params }: { params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('stakeholders');
  const list = useAppStore((s) => s.stakeholders);
  const helix = HelixSchema.safeParse(params.get('helix')).data ?? null;
  const rows = useMemo(() => (helix ? list.items.filter((s) => s.helix === helix) : list.items), [list.items, helix]);

  const columns = useMemo<Column<StakeholderRow>[]>(
    () => [
      { id: 'name', header: t('stakeholders.col.name'), rowHeader: true, sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'helix', header: t('stakeholders.col.helix'), sortValue: (r) => helixes.indexOf(r.helix), cell: (r) => <HelixBadge helix={r.helix} />, width: '16rem' },
      { id: 'type', header: t('stakeholders.col.type'), sortValue: (r) => t(`stakeholderType.${r.type}`), cell: (r) => t(`stakeholderType.${r.type}`) },
      { id: 'municipality', header: t('stakeholders.col.municipality'), sortValue: (r) => r.municipality, cell: (r) => r.municipality || <span className="muted">{t('common.none')}</span> },
      { id: 'sectors', header: t('stakeholders.col.sectors'), numeric: true, sortValue: (r) => r.engagements.length, cell: (r) => formatCount(r.engagements.length, lng), width: '7rem' },
      { id: 'networks', header: t('stakeholders.col.networks'), numeric: true, sortValue: (r) => r.networkCount, cell: (r) => formatCount(r.networkCount, lng), width: '7rem' },
    ],
    [t, lng],
  );

  const total = t('count.stakeholders', { count: list.items.length });
  const count = list.status !== 'ready' ? null : helix ? t('common.countShown', { total, shown: rows.length }) : total;
  return (
    <ListScreen
      title={t('stakeholders.title')}
      lead={t('stakeholders.lead')}
      count={count}
      filter={helix ? { label: t(`helix.${helix}`), clearHref: href('stakeholders') } : null}
    >
      <ListBody listKey="stakeholders" isEmpty={list.items.length === 0} empty={<p>{t('stakeholders.empty')}</p>}>
        <DataTable caption={t('stakeholders.title')} columns={columns} rows={rows} rowKey={(r) => r.id} initialSort={{ column: 'name', direction: 'asc' }} />
      </ListBody>
    </ListScreen>
  );
}
