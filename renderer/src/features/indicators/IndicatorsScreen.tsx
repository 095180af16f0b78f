import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../../shared/schemas/indicator';
import { formatCount, formatDate, formatNumber } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { ListBody, ListScreen, useLists } from '../../components/ListScreen';
import { DataTable, type Column } from '../../components/DataTable';

export function IndicatorsScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('indicators');
  const list = useAppStore((s) => s.indicators);

  const columns = useMemo<Column<IndicatorRow>[]>(() => {
    const none = <span className="muted">{t('common.none')}</span>;
    const valueIn = (value: number | null, year: number | string | null) =>
      value === null ? none : year ? t('indicators.valueInYear', { value: formatNumber(value, lng), year }) : formatNumber(value, lng);
    return [
      { id: 'name', header: t('indicators.col.name'), rowHeader: true, sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'kind', header: t('indicators.col.kind'), sortValue: (r) => t(`indicatorKind.${r.kind}`), cell: (r) => t(`indicatorKind.${r.kind}`), width: '7rem' },
      { id: 'unit', header: t('indicators.col.unit'), sortValue: (r) => r.unit, cell: (r) => r.unit },
      { id: 'baseline', header: t('indicators.col.baseline'), numeric: true, sortValue: (r) => r.baselineValue, cell: (r) => valueIn(r.baselineValue, r.baselineYear) },
      { id: 'target', header: t('indicators.col.target'), numeric: true, sortValue: (r) => r.targetValue, cell: (r) => valueIn(r.targetValue, r.targetYear) },
      { id: 'latest', header: t('indicators.col.latest'), numeric: true, sortValue: (r) => r.latestValue, cell: (r) => valueIn(r.latestValue, r.latestOn ? formatDate(r.latestOn, lng) : null) },
      { id: 'measurements', header: t('indicators.col.measurements'), numeric: true, sortValue: (r) => r.measurementCount, cell: (r) => formatCount(r.measurementCount, lng), width: '8rem' },
    ];
  }, [t, lng]);

  return (
    <ListScreen
      title={t('indicators.title')}
      lead={t('indicators.lead')}
      count={list.status === 'ready' ? t('count.indicators', { count: list.items.length }) : null}
    >
      <ListBody listKey="indicators" isEmpty={list.items.length === 0} empty={<p>{t('indicators.empty')}</p>}>
        <DataTable caption={t('indicators.title')} columns={columns} rows={list.items} rowKey={(r) => r.id} />
      </ListBody>
    </ListScreen>
  );
}
