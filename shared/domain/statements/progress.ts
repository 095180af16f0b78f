/** The progress charts' statements: actions by status, money by sector, source and year, the timeline, indicators. */
import { formatCents, formatCount, formatDate, formatPercent, formatPeriod } from '../format';
import type { Statement, StatementContext } from './context';
import { listOf, sentence, topOf } from './translate';

/** "2 running, 1 late and 1 completed": the non-zero counts, in the catalogue's words. */
function parts(c: StatementContext, prefix: string, counts: Record<string, number>, order: readonly string[]): string {
  return listOf(order.filter((k) => counts[k]! > 0).map((k) => c.t(`${prefix}.${k}`, { n: formatCount(counts[k]!, c.lng) })), c.lng);
}

export function actionsStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const a = d.actions;
  const late = a.byStatus.late;
  if (a.total === 0) return { title: t('charts.actions.titleEmpty'), summary: t('charts.actions.summaryEmpty') };
  const title =
    late === a.total
      ? t('charts.actions.titleAllLate', { count: a.total })
      : late > 0
        ? t('charts.actions.titleLate', { count: late, total: a.total })
        : t('charts.actions.titleNone', { count: a.total });
  const summary = t('charts.actions.summary', { count: a.total, parts: parts(c, 'charts.actions.part', a.byStatus, ['running', 'late', 'planned', 'completed', 'cancelled']) });
  return { title, summary };
}

/** The money summary under each money chart: planned, committed and spent of the whole selection. */
export function moneySummary(c: StatementContext): string {
  const { d, t, lng } = c;
  const m = d.money.totals;
  const euros = (cents: number) => formatCents(cents, lng, 0);
  if (m.planned === 0) return m.committed === 0 && m.spent === 0 ? t('charts.money.summaryNone') : t('charts.money.summaryUnplanned', { committed: euros(m.committed), spent: euros(m.spent) });
  return t('charts.money.summary', { planned: euros(m.planned), committed: euros(m.committed), spent: euros(m.spent), share: formatPercent(m.spent / m.planned, lng) });
}

export function moneySectorStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const rows = d.money.bySector;
  const top = topOf(rows, (r) => r.planned);
  const summary = moneySummary(c);
  if (top.length === 0) return { title: t('charts.money.titleEmpty'), summary };
  const amount = formatCents(top[0]!.planned, lng, 0);
  // Actions without a sector are a bucket, not a sector: never "No sector has the most".
  const name = (id: string | null) => (id === null ? t('charts.withoutSector') : c.sectorName(id));
  let title: string;
  if (top.length > 1) title = sentence(t('charts.moneySector.titleTie', { sectors: listOf(top.map((r) => name(r.sectorId)), lng), amount }), lng);
  else if (top[0]!.sectorId !== null) title = t('charts.moneySector.title', { sector: c.sectorName(top[0]!.sectorId), amount });
  else title = rows.some((r) => r.sectorId !== null && r.planned > 0) ? t('charts.moneySector.titleNoSector', { amount }) : t('charts.moneySector.titleAllNoSector', { amount });
  return { title, summary };
}

export function moneySourceStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const funded = [...d.money.bySource].filter((r) => r.planned > 0).sort((a, b) => b.planned - a.planned);
  if (funded.length === 0) return { title: t('charts.money.titleEmpty'), summary: t('charts.money.summaryNone') };
  const top = topOf(funded, (r) => r.planned);
  const share = formatPercent(top[0]!.share, lng);
  const title =
    top.length > 1
      ? t('charts.moneySource.titleTie', { sources: listOf(top.map((r) => c.sourceName(r.fundingSourceId)), lng), share })
      : t('charts.moneySource.title', { source: c.sourceName(top[0]!.fundingSourceId), share });
  const summary =
    funded.length === 1
      ? t('charts.moneySource.summaryOne', { source: c.sourceName(funded[0]!.fundingSourceId) })
      : funded.length === 2
        ? t('charts.moneySource.summaryTwo', { sources: listOf(funded.map((r) => c.sourceName(r.fundingSourceId)), lng) })
        : t('charts.moneySource.summary', { count: funded.length, share: formatPercent(funded[0]!.share + funded[1]!.share, lng) });
  return { title, summary };
}

export function moneyYearStatement(c: StatementContext): Statement & { period: string } {
  const { d, t, lng } = c;
  const m = d.money;
  const first = m.byYear[0]?.year;
  const last = m.byYear[m.byYear.length - 1]?.year;
  const period = first && last ? formatPeriod(first, last) : '';
  const peak = topOf(m.byYear, (y) => y.planned);
  const amount = peak.length ? formatCents(peak[0]!.planned, lng, 0) : '';
  const title =
    peak.length === 0
      ? t('charts.money.titleEmpty')
      : peak.length > 1
        ? t('charts.moneyYear.titleTie', { years: listOf(peak.map((y) => String(y.year)), lng), amount })
        : t('charts.moneyYear.title', { year: peak[0]!.year, amount });
  const summary =
    m.totals.planned === 0
      ? t('charts.money.summaryNone')
      : !period
        ? t('charts.moneyYear.summaryNoYears', { period: formatPeriod(d.plan.periodStart, d.plan.periodEnd) })
        : m.plannedOutsideYears > 0
          ? t('charts.moneyYear.summaryOutside', { amount: formatCents(m.plannedOutsideYears, lng, 0), period })
          : t('charts.moneyYear.summaryAll', { period });
  return { title, summary, period };
}

/** A year's figure holds estimated money (spread from a total, shared/domain/funding-years.ts). */
export const isEstimate = (y: { estimated: { planned: number; committed: number; spent: number } }, kind?: 'planned' | 'committed' | 'spent'): boolean =>
  kind ? y.estimated[kind] > 0 : y.estimated.planned + y.estimated.committed + y.estimated.spent > 0;

/**
 * The footnote under every money-by-year figure (Dashboard, slides, PDF): which years hold
 * estimates, in one sentence that is true for none, one and many.
 */
export function moneyEstimateNote(c: StatementContext): string {
  const years = c.d.money.byYear.filter((y) => isEstimate(y)).map((y) => String(y.year));
  return years.length === 0
    ? c.t('charts.moneyYear.estimateNone')
    : c.t('charts.moneyYear.estimate', { count: years.length, years: listOf(years, c.lng) });
}

export function timelineStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const tl = d.timeline;
  // The same counts as "Needs attention" (every late action and overdue milestone the filters let through).
  const late = d.attention.lateCount;
  const overdue = d.attention.overdueCount;
  const found = [...(late ? [t('charts.timeline.late', { count: late })] : []), ...(overdue ? [t('charts.timeline.overdue', { count: overdue })] : [])];
  const title = found.length ? sentence(listOf(found, lng), lng) : tl.total === 0 ? t('charts.timeline.titleEmpty') : t('charts.timeline.titleNone');
  const today = formatDate(d.today, lng);
  const summary =
    tl.total === 0
      ? t('charts.timeline.summaryEmpty')
      : tl.rows.length >= tl.total
        ? t('charts.timeline.summaryAll', { count: tl.total, today })
        : t('charts.timeline.summary', { shown: tl.rows.length, total: tl.total, today });
  return { title, summary };
}

export function indicatorsStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const list = d.indicators;
  const counts = { ahead: 0, onTrack: 0, behind: 0, noData: 0 };
  for (const i of list) counts[i.status]++;
  const total = list.length;
  if (total === 0) return { title: t('charts.indicators.titleEmpty'), summary: t('charts.indicators.summaryEmpty') };
  const title =
    counts.behind === total
      ? t('charts.indicators.titleAllBehind', { count: total })
      : counts.behind > 0
        ? t('charts.indicators.titleBehind', { count: counts.behind, total })
        : counts.noData === total
          ? t('charts.indicators.titleNoData')
          : t('charts.indicators.titleNone', { count: total });
  const summary = t('charts.indicators.summary', { count: total, parts: parts(c, 'charts.indicators.part', counts, ['ahead', 'onTrack', 'behind', 'noData']) });
  return { title, summary };
}
