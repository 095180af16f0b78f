import type { TFunction } from 'i18next';
import type { Dashboard } from '../../../../shared/schemas/dashboard';
import type { ChartColors } from '../../components/charts/colors';

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

/** Recharts axis text in the theme's colours, at UI size. */
export const tick = (c: ChartColors) => ({ fill: c.muted, fontSize: 12 });
export const font = 'Inter Variable, Inter, system-ui, sans-serif';
