/**
 * The sentences of the wall screen's chart slides that the Dashboard does not already say. A
 * slide's title is the facilitator's own, so where the Dashboard puts a finding in its statement
 * title (how many networks serve the sectors), the wall says it under the chart; the rest of the
 * wall's summaries are the Dashboard's own (statements/coverage.ts, statements/progress.ts).
 */
import { formatDate } from '../format';
import type { WallFit } from '../wall';
import type { StatementContext } from './context';
import { mapStatement, noGapsText } from './coverage';
import { inSentence, type Translate } from './translate';

/** Over a matrix slide's gap list: "3 gaps", "2 sectors without an international network", or that there are none. */
export function wallGapsTitle(c: StatementContext, kind: 'coverage' | 'networks'): string {
  const n = kind === 'coverage' ? c.d.coverage.gaps.length : c.d.networks.withoutInternational.length;
  return n === 0 ? noGapsText(c, kind) : c.t(`presentation.wall.${kind}.gapsTitle`, { count: n });
}

/** One gap in the wall's narrow list beside the matrix: "Logistics: no civil society". */
export const wallGapText = (c: StatementContext, g: { sectorName: string; helix: string }): string =>
  c.t('presentation.wall.coverage.gap', { sector: g.sectorName, helix: inSentence(c.t(`helix.${g.helix}`), c.lng) });

/**
 * Under the network map: the Dashboard's title (how many networks serve the sectors, how many
 * of them international: counted over all networks, not only those drawn), then the slide's
 * order. The widest networks are its first rows, so it does not name them again (a tie can
 * name dozens, more than the wall's two lines); with nothing to show, the Dashboard's summary.
 */
export function wallMapSummary(c: StatementContext, nets: readonly { name: string; sectorIds: string[] }[]): string {
  const s = mapStatement(c, nets);
  const empty = c.d.sectors.length === 0 || c.d.networkMap.serving === 0;
  return `${s.title}. ${empty ? s.summary : c.t('presentation.wall.map.order')}`;
}

/** A row of the wall's network map: "3 sectors · 12 members". */
export const wallMapValue = (c: StatementContext, sectors: number, members: number): string =>
  `${c.t('presentation.wall.map.sectors', { count: sectors })} · ${c.t('presentation.wall.map.members', { count: members })}`;

/**
 * Under the wall's timeline: the dated actions, how many are late (the derived status, the same
 * count as "Needs attention" and the Dashboard's timeline), and what the dashed line is.
 */
export function wallTimelineSummary(c: StatementContext): string {
  const { d, t, lng } = c;
  const total = d.timeline.total;
  if (total === 0) return t('charts.timeline.summaryEmpty');
  const late = d.attention.lateCount;
  const today = formatDate(d.today, lng);
  return late > 0
    ? t('presentation.wall.timeline.summaryLate', { count: total, late: t('charts.timeline.late', { count: late }), today })
    : t('presentation.wall.timeline.summaryNone', { count: total, today });
}

/** The agenda editor's and presenter view's warning for a slide that leaves data out: "Shows 12 of 40 sectors on one slide; …". */
export const wallFitText = (t: Translate, fit: WallFit): string =>
  t('presentation.wall.fit.shows', { shown: fit.shown, total: fit.total, unit: t(`presentation.wall.fit.units.${fit.unit}`), more: fit.total - fit.shown });
