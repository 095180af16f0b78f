import type { ComponentType } from 'react';
import type { ChartContext } from '../../dashboard/common';
import { CoverageMatrixCard, NetworkMatrixCard } from '../../dashboard/CoverageCharts';
import { ActionsBySectorCard } from '../../dashboard/ActionsChart';
import { MoneyBySectorCard, MoneyBySourceCard, MoneyByYearCard } from '../../dashboard/MoneyCharts';
import { useEntry, useReport } from './context';
import { Chapter, Figure } from './parts';

/** The Dashboard's coverage and money charts, each a numbered figure. */
export function ChartsChapter() {
  const { t, c, period } = useReport();
  const figures: [string, ComponentType<{ c: ChartContext }>][] = [
    [t('charts.coverage.subtitle'), CoverageMatrixCard],
    [t('charts.networks.subtitle'), NetworkMatrixCard],
    [t('charts.actions.subtitle'), ActionsBySectorCard],
    [t('charts.moneySector.subtitle'), MoneyBySectorCard],
    [t('charts.moneySource.subtitle'), MoneyBySourceCard],
    [t('charts.moneyYear.subtitleThousands', { period }), MoneyByYearCard],
  ];
  return (
    <Chapter entry={useEntry('r-charts')} lead={t('report.charts.intro')}>
      {figures.map(([caption, Card]) => (
        <Figure key={caption} caption={caption}>
          <Card c={c} />
        </Figure>
      ))}
    </Chapter>
  );
}
