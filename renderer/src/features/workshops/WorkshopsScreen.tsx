import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopRow } from '../../../../shared/schemas/workshop';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { ListBody, ListScreen, useLists } from '../../components/ListScreen';
import { DataTable, type Column } from '../../components/DataTable';

export function WorkshopsScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('workshops');
  const list = useAppStore((s) => s.workshops);

  const columns = useMemo<Column<WorkshopRow>[]>(
    () => [
      { id: 'title', header: t('workshops.col.title'), rowHeader: true, sortValue: (r) => r.title, cell: (r) => <span className="cell-strong">{r.title}</span> },
      { id: 'date', header: t('workshops.col.date'), numeric: true, sortValue: (r) => r.heldOn, cell: (r) => formatDate(r.heldOn, lng), width: '9rem' },
      { id: 'place', header: t('workshops.col.place'), sortValue: (r) => r.place, cell: (r) => r.place || <span className="muted">{t('common.none')}</span> },
      { id: 'sectors', header: t('workshops.col.sectors'), numeric: true, sortValue: (r) => r.sectorIds.length, cell: (r) => formatCount(r.sectorIds.length, lng), width: '8rem' },
      { id: 'participants', header: t('workshops.col.participants'), numeric: true, sortValue: (r) => r.participantCount, cell: (r) => formatCount(r.participantCount, lng), width: '9rem' },
    ],
    [t, lng],
  );

  return (
    <ListScreen
      title={t('workshops.title')}
      lead={t('workshops.lead')}
      count={list.status === 'ready' ? t('count.workshops', { count: list.items.length }) : null}
    >
      <ListBody listKey="workshops" isEmpty={list.items.length === 0} empty={<p>{t('workshops.empty')}</p>}>
        <DataTable caption={t('workshops.title')} columns={columns} rows={list.items} rowKey={(r) => r.id} initialSort={{ column: 'date', direction: 'desc' }} />
      </ListBody>
    </ListScreen>
  );
}
