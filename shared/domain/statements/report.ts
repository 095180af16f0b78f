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

/** What narrows the export (the cover says so too), and how many sectors the whole strategy has. */
export interface ReportScope {
  sectors: boolean;
  sources: boolean;
  allSectors: number;
}

/**
 * A chapter's first sentence: "none yet", or the count in the singular or plural; and when the
 * export is narrowed, what it lists instead of what "the strategy" has.
 */
export function reportIntros(t: Translate, n: ReportCounts, scope: ReportScope) {
  const intro = (chapter: string, count: number, narrowed: boolean, extra: Record<string, unknown> = {}) =>
    count === 0 ? t(`report.${chapter}.introNone`) : t(narrowed ? `report.${chapter}.introNarrowed` : `report.${chapter}.intro`, { count, ...extra });
  return {
    sectors: intro('sectors', n.sectors, scope.sectors, { total: scope.allSectors }),
    actions: intro('actions', n.actions, scope.sectors || scope.sources),
    indicators: intro('indicators', n.indicators, scope.sectors || scope.sources),
    stakeholders: intro('stakeholders', n.stakeholders, scope.sectors),
    networks: intro('networks', n.networks, scope.sectors),
  };
}

/** "12 stakeholders take part: business 4, research and education 3, …" for one sector. */
export function sectorHelixCounts(t: Translate, perHelix: Record<Helix, number>, lng: string): string {
  const count = helixes.reduce((n, h) => n + perHelix[h], 0);
  if (count === 0) return t('report.sector.helixCountsNone');
  return t('report.sector.helixCounts', {
    count,
    list: helixes.map((h) => `${t(`helix.${h}`).toLowerCase()} ${formatCount(perHelix[h], lng)}`).join(', '),
  });
}

/** A sector that no indicator measures is flagged in its section: the reader cannot follow its progress. */
export const sectorNoIndicators = (t: Translate, sector: string): string => t('report.sector.noIndicators', { sector });
