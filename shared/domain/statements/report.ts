/** The PDF report's generated sentences: chapter introductions and per-sector counts. */
import { helixes, type Helix } from '../../schemas/enums';
import { formatCount } from '../format';
import type { Translate } from './translate';

/** How many of each thing a chapter presents. */
export interface ReportCounts {
  sectors: number;
  actions: number;
  indicators: number;
  stakeholders: number;
  networks: number;
}

export function reportIntros(t: Translate, n: ReportCounts) {
  return {
    sectors: t('report.sectors.intro', { count: n.sectors }),
    actions: t('report.actions.intro', { count: n.actions }),
    indicators: t('report.indicators.intro', { count: n.indicators }),
    stakeholders: t('report.stakeholders.intro', { count: n.stakeholders }),
    networks: t('report.networks.intro', { count: n.networks }),
  };
}

/** "12 stakeholders take part: business 4, research and education 3, …" for one sector. */
export function sectorHelixCounts(t: Translate, perHelix: Record<Helix, number>, lng: string): string {
  const total = helixes.reduce((n, h) => n + perHelix[h], 0);
  return t('report.sector.helixCounts', {
    total: formatCount(total, lng),
    list: helixes.map((h) => `${t(`helix.${h}`).toLowerCase()} ${formatCount(perHelix[h], lng)}`).join(', '),
  });
}
