import type { TFunction } from 'i18next';
import type { Dashboard } from '../../../../shared/schemas/dashboard';
import type { ChartColors } from '../../components/charts/colors';
import { formatDate } from '../../../../shared/domain/format';
import { statementContext } from '../../../../shared/domain/statements/context';

/** What every Dashboard chart reads: the data, words, language, colours and the source line. */
export interface ChartContext {
  d: Dashboard;
  t: TFunction;
  lng: string;
  colors: ChartColors;
  /** "Plan name · 23.11.2026" */
  source: string;
  sectorName: (id: string | null) => string;
  sourceName: (id: string) => string;
  sourceColor: (id: string) => string;
}

/**
 * The context every chart card reads, from the Dashboard data. One builder for the Dashboard,
 * the presentation's slides and the PDF report, so a chart reads the same in all three.
 */
export function chartContext(
  d: Dashboard,
  allSectors: readonly { id: string; name: string }[],
  t: TFunction,
  lng: string,
  colors: ChartColors,
): ChartContext {
  const order = new Map(d.fundingSources.map((s, i) => [s.id, i]));
  return {
    ...statementContext(d, allSectors, t, lng),
    t,
    colors,
    source: t('charts.card.source', { plan: d.plan.name, date: formatDate(d.today, lng) }),
    sourceColor: (id) => colors.sources[(order.get(id) ?? 0) % colors.sources.length]!,
  };
}

/** Recharts axis text in the theme's colours, at UI size. */
export const tick = (c: ChartColors) => ({ fill: c.muted, fontSize: 12 });
export const font = 'Inter Variable, Inter, system-ui, sans-serif';
