import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { useChartColors } from '../../components/charts/colors';
import { href, useRoute } from '../../app/router';
import { filtersFromParams, useDashboard } from './use-dashboard';
import { DashboardFilters } from './DashboardFilters';
import { NeedsAttention } from './NeedsAttention';
import { AssessmentTile } from '../assessment/AssessmentTile';
import { chartContext, type ChartContext } from './common';
import '../../components/charts/charts.css';
import { useListItems } from '../../api/use-queries';
import './dashboard.css';

// The charts (recharts) load in their own chunk: the app shell and "Needs attention" paint first.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

/**
 * The Dashboard: what needs attention first, then coverage (sector × helix, sector × network,
 * stakeholder base, network map), then progress (actions, money, timeline, indicators).
 * #/dashboard?sector=<id> is the per-sector view: the same charts for one sector.
 */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const route = useRoute();
  const plan = useAppStore((s) => s.planFile?.plan);
  const allSectors = useListItems('sectors');
  const query = route.params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(query)), [query]);
  const { data: d, error } = useDashboard(filters);
  const colors = useChartColors();

  const c = useMemo<ChartContext | null>(() => {
    if (!d) return null;
    return chartContext(d, allSectors, t, lng, colors);
  }, [d, t, lng, colors, allSectors]);

  if (!plan) return null;
  const oneSector = filters.sectorIds?.length === 1 ? (d?.sectors[0] ?? null) : null;

  return (
    <div className="screen dashboard">
      <header className="screen-head screen-head--plan">
        <div className="screen-head__text">
          <h1 className="screen-title">{plan.name}</h1>
          <dl className="meta">
            <div>
              <dt>{t('dashboard.region')}</dt>
              <dd>{plan.region}</dd>
            </div>
            <div>
              <dt>{t('dashboard.period')}</dt>
              <dd className="tabular">{formatPeriod(plan.periodStart, plan.periodEnd)}</dd>
            </div>
          </dl>
        </div>
      </header>

      {oneSector ? (
        <div className="sector-view">
          <p className="sector-view__kind">{t('charts.sectorView.kind')}</p>
          <h2 className="sector-view__name">{oneSector.name}</h2>
          <a href={href('dashboard')}>{t('charts.sectorView.back')}</a>
        </div>
      ) : null}

      <DashboardFilters
        filters={filters}
        params={route.params}
        sectors={allSectors.filter((s) => !s.archived).map((s) => ({ id: s.id, name: s.name }))}
        sources={d?.fundingSources ?? []}
        period={{ start: plan.periodStart, end: plan.periodEnd }}
      />

      {error && !d ? (
        <p role="alert" className="muted">
          {t('charts.loadFailed')}
        </p>
      ) : null}
      {!c ? (
        <p className="muted loading" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <>
          <NeedsAttention c={c} />
          {oneSector ? null : <AssessmentTile />}

          <Suspense fallback={<p className="muted loading">{t('common.loading')}</p>}>
            <DashboardCharts c={c} />
          </Suspense>
        </>
      )}
    </div>
  );
}
