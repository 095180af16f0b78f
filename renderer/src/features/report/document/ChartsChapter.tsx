import { CoverageMatrixCard, NetworkMatrixCard } from '../../dashboard/CoverageCharts';
import { ActionsBySectorCard } from '../../dashboard/ActionsChart';
import { MoneyBySectorCard, MoneyBySourceCard, MoneyByYearCard } from '../../dashboard/MoneyCharts';
import { useEntry, useReport } from './context';
import { Chapter, Figure } from './parts';

/** The Dashboard's coverage and money charts, each a numbered figure. */
export function ChartsChapter() {
  const { t, c, period } = useReport();
  return (
    <Chapter entry={useEntry('r-charts')} lead={t('report.charts.intro')}>
      <Figure caption={t('charts.coverage.subtitle')}>
        <CoverageMatrixCard c={c} />
      </Figure>
      <Figure caption={t('charts.networks.subtitle')}>
        <NetworkMatrixCard c={c} />
      </Figure>
      <Figure caption={t('charts.actions.subtitle')}>
        <ActionsBySectorCard c={c} />
      </Figure>
      <Figure caption={t('charts.moneySector.subtitle')}>
        <MoneyBySectorCard c={c} />
      </Figure>
      <Figure caption={t('charts.moneySource.subtitle')}>
        <MoneyBySourceCard c={c} />
      </Figure>
      <Figure caption={t('charts.moneyYear.subtitleThousands', { period })}>
        <MoneyByYearCard c={c} />
      </Figure>
    </Chapter>
  );
}
