/** The coverage charts' statements: sector × helix, sector × network scope, stakeholder base, engagement. */
import { engagementLevels, type Helix } from '../../schemas/enums';
import { INVOLVED_RANK, levelRank } from '../coverage';
import { formatCount, formatPercent } from '../format';
import type { Statement, StatementContext } from './context';
import { inSentence, listOf, sentence, topOf } from './translate';

/** A helix's name inside a sentence ("research and education"). */
const helixWord = (c: StatementContext, h: Helix) => inSentence(c.t(`helix.${h}`), c.lng);

/** "Logistiikka has no civil-society stakeholder". */
export const helixGapText = (c: StatementContext, g: { sectorName: string; helix: Helix }) =>
  c.t('charts.coverage.gap', { sector: g.sectorName, helix: c.t(`charts.helixIn.${g.helix}`) });

/** What the gap lists beside a matrix say when they list nothing. */
export const noGapsText = (c: StatementContext, kind: 'coverage' | 'networks') =>
  c.d.sectors.length === 0 ? c.t('charts.noSectorsYet') : c.t(`charts.${kind}.noGaps`);

export function coverageStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const gaps = d.coverage.gaps;
  const sectors = d.sectors.length;
  const oneHelix = d.helixes.length === 1 ? helixWord(c, d.helixes[0]!) : null;
  if (sectors === 0) return { title: t('charts.noSectors'), summary: t('charts.coverage.summaryNoSectors') };
  const summary = oneHelix
    ? t('charts.coverage.summaryHelix', { complete: d.coverage.completeSectors, count: sectors, helix: oneHelix })
    : t('charts.coverage.summaryAll', { complete: d.coverage.completeSectors, count: sectors });
  const gapSectors = new Set(gaps.map((g) => g.sectorId));
  let title: string;
  if (gaps.length === 0) {
    const only = sectors === 1 ? d.sectors[0]!.name : null;
    title = oneHelix
      ? only ? t('charts.coverage.titleNoneHelixOne', { sector: only, helix: oneHelix }) : t('charts.coverage.titleNoneHelix', { helix: oneHelix })
      : only ? t('charts.coverage.titleNoneOne', { sector: only }) : t('charts.coverage.titleNone');
  } else if (gaps.length === 1) title = helixGapText(c, gaps[0]!);
  else if (gapSectors.size === 1)
    title = t('charts.coverage.titleOneSector', { sector: gaps[0]!.sectorName, count: gaps.length, helices: listOf(gaps.map((g) => helixWord(c, g.helix)), c.lng) });
  else title = t('charts.coverage.titleMany', { count: gaps.length, sectors: gapSectors.size });
  return { title, summary };
}

/** "Logistiikka has no EU or global network". */
export const networkGapText = (c: StatementContext, sectorName: string) => c.t('charts.networks.gap', { sector: sectorName });

export function networkStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const without = d.networks.withoutInternational;
  const sectors = d.sectors.length;
  if (sectors === 0) return { title: t('charts.noSectors'), summary: t('charts.networks.summaryNoSectors') };
  const title =
    without.length === 0
      ? sectors === 1 ? t('charts.networks.titleNoneOne', { sector: d.sectors[0]!.name }) : t('charts.networks.titleNone')
      : without.length === 1
        ? networkGapText(c, without[0]!.name)
        : t('charts.networks.titleMany', { count: without.length });
  const summary = t('charts.networks.summary', { covered: sectors - without.length, count: sectors });
  return { title, summary };
}

export function stakeholderStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const s = d.stakeholders;
  const parts = d.helixes.map((h) => `${t(`helix.${h}`)} ${formatCount(s.byHelix[h], lng)}`).join(', ');
  if (d.helixes.length === 1) {
    const h = d.helixes[0]!;
    return { title: t('charts.stakeholders.titleHelix', { count: s.byHelix[h], helix: helixWord(c, h) }), summary: t('charts.stakeholders.summary', { count: s.total, parts }) };
  }
  if (s.total === 0) return { title: t('charts.stakeholders.titleEmpty'), summary: t('charts.stakeholders.summaryEmpty') };
  const top = topOf(d.helixes, (h) => s.byHelix[h]);
  const title =
    s.total === 1
      ? t('charts.stakeholders.titleOnly', { helix: helixWord(c, top[0]!) })
      : top.length > 1
        ? sentence(t('charts.stakeholders.titleTie', { helices: listOf(top.map((h) => helixWord(c, h)), lng), count: s.byHelix[top[0]!] }), lng)
        : t('charts.stakeholders.title', { helix: t(`helix.${top[0]!}`), top: s.byHelix[top[0]!], total: s.total });
  return { title, summary: t('charts.stakeholders.summary', { count: s.total, parts }) };
}

/** Engagements at "involved" or deeper among these level counts. */
export const deepCount = (counts: Record<string, number>) => engagementLevels.filter((l) => levelRank(l) >= INVOLVED_RANK).reduce((n, l) => n + (counts[l] ?? 0), 0);

export function levelsStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const levels = d.coverage.levels;
  const all = levels.reduce((n, l) => n + l.total, 0);
  const allDeep = levels.reduce((n, l) => n + deepCount(l.counts), 0);
  if (all === 0) {
    const title = d.helixes.length === 1 ? t('charts.levels.titleEmptyHelix', { helix: helixWord(c, d.helixes[0]!) }) : t('charts.levels.titleEmpty');
    return { title, summary: t('charts.levels.summaryEmpty') };
  }
  const summary = t('charts.levels.summary', { share: formatPercent(allDeep / all, lng), count: all });
  if (allDeep === 0) return { title: t('charts.levels.titleNoDeep'), summary };
  const share = (l: (typeof levels)[number]) => (l.total ? deepCount(l.counts) / l.total : 0);
  const best = topOf(levels, share);
  const pct = formatPercent(share(best[0]!), lng);
  const title =
    levels.length === 1
      ? t('charts.levels.titleOne', { sector: c.sectorName(best[0]!.sectorId), share: pct })
      : best.length > 1
        ? t('charts.levels.titleTie', { sectors: listOf(best.map((l) => c.sectorName(l.sectorId)), lng), share: pct })
        : t('charts.levels.title', { sector: c.sectorName(best[0]!.sectorId), share: pct });
  return { title, summary };
}

const quarterText = (q: string) => q.replace('-', ' ');

export function overTimeStatement(c: StatementContext): Statement & { subtitle: string } {
  const { d, t } = c;
  const series = d.engagementOverTime;
  const first = series.find((q) => q.engaged > 0);
  const last = series[series.length - 1];
  const subtitle = t('charts.overTime.subtitle', { from: series[0] ? quarterText(series[0].quarter) : '', to: last ? quarterText(last.quarter) : '' });
  if (!last) return { title: t('charts.overTime.titleEmpty'), summary: t('charts.overTime.summaryNotStarted'), subtitle };
  if (!first) return { title: t('charts.overTime.titleEmpty'), summary: t('charts.overTime.summaryNone'), subtitle };
  // The last quarter is the one under way when it has not ended: its figures are today's.
  const now = last.end >= d.today;
  const title = t(now ? 'charts.overTime.titleNow' : 'charts.overTime.title', { from: first.involved, start: quarterText(first.quarter), to: last.involved, end: quarterText(last.quarter) });
  const summary = t(now ? 'charts.overTime.summaryNow' : 'charts.overTime.summary', { quarter: quarterText(last.quarter), involved: last.involved, count: last.engaged });
  return { title, summary, subtitle };
}

/** The network map's statements over the networks it draws (at most the reply's limit, international first). */
export function mapStatement(c: StatementContext, nets: readonly { name: string; sectorIds: string[] }[]): Statement & { subtitle: string } {
  const { d, t, lng } = c;
  const m = d.networkMap;
  const subtitle = m.total === 0 ? t('charts.map.subtitleNone') : t('charts.map.subtitle', { shown: nets.length, count: m.total });
  if (d.sectors.length === 0) return { title: t('charts.noSectors'), summary: t('charts.map.emptySummary'), subtitle };
  if (m.serving === 0) return { title: t('charts.map.titleNone'), summary: t('charts.map.emptySummary'), subtitle };
  const shown = new Set(d.sectors.map((s) => s.id));
  const served = (n: (typeof nets)[number]) => n.sectorIds.filter((id) => shown.has(id)).length;
  const widest = topOf(nets, served);
  const title = t('charts.map.title', { count: m.serving, intl: m.international });
  const summary =
    widest.length === 0
      ? t('charts.map.summaryNoneShown')
      : widest.length > 1
      ? t('charts.map.summaryTie', { names: listOf(widest.map((n) => n.name), lng), count: served(widest[0]!) })
      : t('charts.map.summary', { name: widest[0]!.name, count: served(widest[0]!) });
  return { title, summary, subtitle };
}

