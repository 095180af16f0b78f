import { formatDate, formatNumber, formatPercent } from '../../../../../shared/domain/format';
import { INDICATOR_TOLERANCE } from '../../../../../shared/domain/progress';
import { indicatorOrder } from '../../../../../shared/domain/wall';
import { IndicatorsCard } from '../../dashboard/IndicatorsChart';
import { useEntry, useReport } from './context';
import { Chapter, Figure, Table, valueYear } from './parts';

/** The indicator framework: baseline, target, latest and expected value and status of each, and the chart. */
export function IndicatorsChapter() {
  const { data, t, lng, c, sectorName, indicators, intros } = useReport();
  const dInd = new Map(data.dashboard.indicators.map((i) => [i.id, i]));
  return (
    <Chapter entry={useEntry('r-indicators')} lead={intros.indicators}>
      <Table
        caption={t('report.indicators.table')}
        head={[
          { label: t('report.col.indicator') },
          { label: t('report.col.kind'), w: '10%' },
          { label: t('report.col.baseline'), num: true, w: '14.5%' },
          { label: t('report.col.target'), num: true, w: '13%' },
          { label: t('report.col.latest'), num: true, w: '13%' },
          { label: t('report.col.expected'), num: true, w: '11%' },
          { label: t('report.col.status'), w: '13.5%' },
        ]}
        rows={indicatorOrder(indicators.map((x) => ({ ...x, status: dInd.get(x.id)?.status ?? ('noData' as const) }))).map((x) => {
          const di = dInd.get(x.id);
          return {
            key: x.id,
            cells: [
              <>
                {x.name}
                <span className="r-sub">{[x.unit, x.sectorId ? sectorName(x.sectorId) : null].filter(Boolean).join(' · ')}</span>
              </>,
              t(`indicatorKind.${x.kind}`),
              valueYear(x.baselineValue, x.baselineYear, lng),
              valueYear(x.targetValue, x.targetYear, lng),
              // The date under the value: both on one line outgrew the column in Finnish.
              x.latestValue === null ? (
                '—'
              ) : (
                <>
                  {formatNumber(x.latestValue, lng)}
                  <span className="r-sub">{formatDate(x.latestOn, lng)}</span>
                </>
              ),
              di?.expected == null ? '—' : formatNumber(di.expected, lng, 1),
              t(`report.indicatorStatus.${di?.status ?? 'noData'}`),
            ],
          };
        })}
      />
      <Figure caption={t('charts.indicators.subtitle', { tolerance: formatPercent(INDICATOR_TOLERANCE, lng) })}>
        <IndicatorsCard c={c} />
      </Figure>
    </Chapter>
  );
}
