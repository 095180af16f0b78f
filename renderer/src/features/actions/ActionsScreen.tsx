import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRow } from '../../../../shared/schemas/action';
import { ActionStatusSchema, actionStatuses } from '../../../../shared/schemas/enums';
import { formatCents, formatDate, formatPercent } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { ListBody, ListScreen, useLists } from '../../components/ListScreen';
import { DataTable, type Column } from '../../components/DataTable';
import { StatusBadge } from '../../components/Badges';
import { href } from '../../app/router';

export function ActionsScreen({ params }: { params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('actions');
  const list = useAppStore((s) => s.actions);
  const status = ActionStatusSchema.safeParse(params.get('status')).data ?? null;
  const rows = useMemo(() => (status ? list.items.filter((a) => a.status === status) : list.items), [list.items, status]);

  const columns = useMemo<Column<ActionRow>[]>(
    () => [
      { id: 'title', header: t('actions.col.title'), rowHeader: true, sortValue: (r) => r.title, cell: (r) => <span className="cell-strong">{r.title}</span> },
      { id: 'type', header: t('actions.col.type'), sortValue: (r) => t(`actionType.${r.type}`), cell: (r) => t(`actionType.${r.type}`) },
      { id: 'status', header: t('actions.col.status'), sortValue: (r) => actionStatuses.indexOf(r.status), cell: (r) => <StatusBadge status={r.status} /> },
      { id: 'lead', header: t('actions.col.lead'), sortValue: (r) => r.leadName ?? '', cell: (r) => r.leadName ?? <span className="muted">{t('common.none')}</span> },
      { id: 'start', header: t('actions.col.start'), numeric: true, sortValue: (r) => r.startDate ?? '', cell: (r) => formatDate(r.startDate, lng) },
      { id: 'end', header: t('actions.col.end'), numeric: true, sortValue: (r) => r.endDate ?? '', cell: (r) => formatDate(r.endDate, lng) },
      { id: 'planned', header: t('actions.col.planned'), numeric: true, sortValue: (r) => r.plannedCents, cell: (r) => formatCents(r.plannedCents, lng, 0) },
      { id: 'progress', header: t('actions.col.progress'), numeric: true, sortValue: (r) => r.progress, cell: (r) => formatPercent(r.progress / 100, lng) },
    ],
    [t, lng],
  );

  const total = t('count.actions', { count: list.items.length });
  const count = list.status !== 'ready' ? null : status ? t('common.countShown', { total, shown: rows.length }) : total;
  return (
    <ListScreen
      title={t('actions.title')}
      lead={t('actions.lead')}
      count={count}
      filter={status ? { label: t(`status.${status}`), clearHref: href('actions') } : null}
    >
      <ListBody listKey="actions" isEmpty={list.items.length === 0} empty={<p>{t('actions.empty')}</p>}>
        <DataTable caption={t('actions.title')} columns={columns} rows={rows} rowKey={(r) => r.id} initialSort={{ column: 'start', direction: 'asc' }} />
      </ListBody>
    </ListScreen>
  );
}
