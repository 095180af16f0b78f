import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageMatrixCard, EngagementLevelsCard, EngagementOverTimeCard, NetworkMatrixCard, StakeholderBaseCard } from './CoverageCharts';
import { ActionsBySectorCard } from './ActionsChart';
import { MoneyBySectorCard, MoneyBySourceCard, MoneyByYearCard } from './MoneyCharts';
import { TimelineCard } from './TimelineChart';
import { IndicatorsCard } from './IndicatorsChart';
import type { ChartContext } from './common';

// The adjacency view of up to 300 networks is the heaviest picture: loaded after the rest.
const NetworkMapCard = lazy(() => import('./NetworkMap'));

const coverageCards = [CoverageMatrixCard, NetworkMatrixCard, StakeholderBaseCard, EngagementLevelsCard, EngagementOverTimeCard];
const progressCards = [ActionsBySectorCard, MoneyBySectorCard, MoneyBySourceCard, MoneyByYearCard, TimelineCard, IndicatorsCard];

/** Coverage, then progress: every chart of the Dashboard (a lazily loaded chunk with recharts). */
export default function DashboardCharts({ c }: { c: ChartContext }) {
  const { t } = useTranslation();
  return (
    <>
      <Section id="dash-coverage" title={t('charts.sections.coverage')}>
        {coverageCards.map((Card, i) => (
          <Card key={i} c={c} />
        ))}
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <NetworkMapCard c={c} />
        </Suspense>
      </Section>

      <Section id="dash-progress" title={t('charts.sections.progress')}>
        {progressCards.map((Card, i) => (
          <Card key={i} c={c} />
        ))}
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dash-section" aria-labelledby={id}>
      <h2 id={id} className="dash-section__title">
        {title}
      </h2>
      <div className="chart-grid">{children}</div>
    </section>
  );
}
