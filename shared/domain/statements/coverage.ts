/** The coverage charts' statements: sector × helix, sector × network scope, stakeholder base, engagement. */
import { engagementLevels, helixes, type Helix } from '../../schemas/enums';
import { INVOLVED_RANK, isInternational, levelRank } from '../coverage';
import { formatCount, formatPercent } from '../format';
import type { Statement, StatementContext } from './context';

/** "Logistiikka has no civil-society stakeholder". */
export const helixGapText = (c: StatementContext, g: { sectorName: string; helix: Helix }) =>
  c.t('charts.coverage.gap', { sector: g.sectorName, helix: c.t(`charts.helixIn.${g.helix}`) });

export function coverageStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const cov = d.coverage;
  const title =
    cov.gaps.length === 0
      ? t(d.helixes.length === 4 ? 'charts.coverage.titleNone' : 'charts.coverage.titleNoneHelix', { helix: t(`helix.${d.helixes[0]}`) })
      : cov.gaps.length === 1
        ? helixGapText(c, cov.gaps[0]!)
        : t('charts.coverage.titleMany', { count: cov.gaps.length, sectors: new Set(cov.gaps.map((g) => g.sectorId)).size });
  const summary = t('charts.coverage.summary', { complete: cov.completeSectors, total: d.sectors.length, count: d.helixes.length });
  return { title, summary };
}

/** "Logistiikka has no EU or global network". */
export const networkGapText = (c: StatementContext, sectorName: string) => c.t('charts.networks.gap', { sector: sectorName });

export function networkStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const n = d.networks;
  const title =
    n.withoutInternational.length === 0
      ? t('charts.networks.titleNone')
      : n.withoutInternational.length === 1
        ? networkGapText(c, n.withoutInternational[0]!.name)
        : t('charts.networks.titleMany', { count: n.withoutInternational.length });
  const summary = t('charts.networks.summary', { covered: d.sectors.length - n.withoutInternational.length, total: d.sectors.length });
  return { title, summary };
}

export function stakeholderStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const s = d.stakeholders;
  const top = helixes.reduce((a, b) => (s.byHelix[b] > s.byHelix[a] ? b : a), helixes[0]);
  const title = s.total === 0 ? t('charts.stakeholders.titleEmpty') : t('charts.stakeholders.title', { helix: t(`helix.${top}`), count: s.byHelix[top], total: s.total });
  const summary = t('charts.stakeholders.summary', {
    count: s.total,
    parts: helixes.map((h) => `${t(`helix.${h}`)} ${formatCount(s.byHelix[h], lng)}`).join(', '),
  });
  return { title, summary };
}

/** Engagements at "involved" or deeper among these level counts. */
export const deepCount = (counts: Record<string, number>) => engagementLevels.filter((l) => levelRank(l) >= INVOLVED_RANK).reduce((n, l) => n + (counts[l] ?? 0), 0);

export function levelsStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const rows = d.coverage.levels.map((l) => ({ sectorId: l.sectorId, total: l.total, deepShare: l.total ? deepCount(l.counts) / l.total : 0 }));
  const best = rows.reduce<(typeof rows)[number] | null>((a, b) => (!a || b.deepShare > a.deepShare ? b : a), null);
  const all = d.coverage.levels.reduce((n, l) => n + l.total, 0);
  const allDeep = d.coverage.levels.reduce((n, l) => n + deepCount(l.counts), 0);
  const title = best && best.total > 0 ? t('charts.levels.title', { sector: c.sectorName(best.sectorId), share: formatPercent(best.deepShare, lng) }) : t('charts.levels.titleEmpty');
  const summary = t('charts.levels.summary', { share: formatPercent(all ? allDeep / all : 0, lng), count: all });
  return { title, summary };
}

const quarterText = (q: string) => q.replace('-', ' ');

export function overTimeStatement(c: StatementContext): Statement & { subtitle: string } {
  const { d, t } = c;
  const series = d.engagementOverTime;
  const first = series.find((q) => q.engaged > 0) ?? series[0];
  const last = series[series.length - 1];
  const title = last && first ? t('charts.overTime.title', { from: first.involved, to: last.involved, start: quarterText(first.quarter) }) : t('charts.overTime.titleEmpty');
  const summary = last ? t('charts.overTime.summary', { quarter: quarterText(last.quarter), involved: last.involved, engaged: last.engaged }) : t('charts.overTime.titleEmpty');
  const subtitle = t('charts.overTime.subtitle', { from: series[0] ? quarterText(series[0].quarter) : '', to: last ? quarterText(last.quarter) : '' });
  return { title, summary, subtitle };
}

/** The network map's statements over the networks it draws (international first). */
export function mapStatement(c: StatementContext, nets: readonly { name: string; scope: (typeof c.d.networkMap.networks)[number]['scope']; sectorIds: string[] }[]): Statement & { subtitle: string } {
  const { d, t } = c;
  const shown = new Set(d.sectors.map((s) => s.id));
  const intl = nets.filter((n) => isInternational(n.scope)).length;
  const k = (n: (typeof nets)[number]) => n.sectorIds.filter((id) => shown.has(id)).length;
  const widest = nets.reduce<(typeof nets)[number] | null>((a, b) => (!a || k(b) > k(a) ? b : a), null);
  const title = t('charts.map.title', { count: d.networkMap.total, intl });
  const summary = widest ? t('charts.map.summary', { name: widest.name, count: k(widest), shown: nets.length, total: d.networkMap.total }) : t('charts.map.empty');
  const subtitle = t('charts.map.subtitle', { shown: nets.length, total: d.networkMap.total });
  return { title, summary, subtitle };
}
