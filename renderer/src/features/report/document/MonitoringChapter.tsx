import type { IndicatorEvidence } from '../../../../../shared/schemas/assessment';
import { useEntry, useReport } from './context';
import { Chapter, Table, valueYear } from './parts';

/**
 * The monitoring and evaluation framework (issue 19): the indicators per sector (as the
 * self-assessment's criterion 3 groups them), where their figures come from, how often and by whom.
 */
export function MonitoringChapter() {
  const { data, t, lng, o } = useReport();
  const { evidence, sources } = data.assessment;
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const groups = [
    { key: 'plan', name: t('assessment.report.planLevel'), indicators: o.sectorIds.length ? [] : evidence.indicators.planLevel },
    ...evidence.indicators.bySector.filter((s) => !o.sectorIds.length || o.sectorIds.includes(s.sectorId)).map((s) => ({ key: s.sectorId, name: s.sectorName, indicators: s.indicators })),
  ].filter((g) => g.indicators.length);
  const row = (e: IndicatorEvidence) => {
    const i = byId.get(e.id);
    return {
      key: e.id,
      cells: [
        e.name,
        i ? valueYear(i.baselineValue, i.baselineYear, lng) : '—',
        i ? valueYear(i.targetValue, i.targetYear, lng) : '—',
        (sources[e.id] ?? []).join('; ') || '—',
        i?.frequency ? t(`indicatorFrequency.${i.frequency}`) : '—',
        i?.measuredBy || '—',
      ],
    };
  };
  return (
    <Chapter entry={useEntry('r-monitoring')} lead={t('assessment.report.monitoringLead')}>
      {groups.length ? (
        groups.map((g) => (
          <Table
            key={g.key}
            caption={g.name}
            className="r-table--monitoring"
            head={[
              { label: t('assessment.report.indicator') },
              { label: t('assessment.report.baseline'), num: true, w: '15%' },
              { label: t('assessment.report.target'), num: true, w: '11%' },
              { label: t('assessment.report.sources'), w: '17%' },
              { label: t('assessment.report.frequency'), w: '19%' },
              { label: t('assessment.report.measuredBy'), w: '16%' },
            ]}
            rows={g.indicators.map(row)}
          />
        ))
      ) : (
        <p>{t('assessment.report.noIndicators')}</p>
      )}
    </Chapter>
  );
}
