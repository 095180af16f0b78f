/** The progress charts' statements: actions by status, money by sector, source and year, the timeline, indicators. */
import { actionStatuses } from '../../schemas/enums';
import { formatCents, formatCount, formatDate, formatPercent, formatPeriod } from '../format';
import type { Statement, StatementContext } from './context';

export function actionsStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const a = d.actions;
  const late = a.byStatus.late;
  const title = a.total === 0 ? t('charts.actions.titleEmpty') : late > 0 ? t('charts.actions.titleLate', { count: late, total: a.total }) : t('charts.actions.titleNone', { total: a.total });
  const summary = t('charts.actions.summary', { total: a.total, ...Object.fromEntries(actionStatuses.map((s) => [s, formatCount(a.byStatus[s], lng)])) });
  return { title, summary };
}

/** The money summary under each money chart: planned, committed and spent of the whole selection. */
export function moneySummary(c: StatementContext): string {
  const { d, t, lng } = c;
  const m = d.money.totals;
  return t('charts.money.summary', {
    planned: formatCents(m.planned, lng, 0),
    committed: formatCents(m.committed, lng, 0),
    spent: formatCents(m.spent, lng, 0),
    share: formatPercent(m.planned ? m.spent / m.planned : 0, lng),
  });
}

export function moneySectorStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const top = d.money.bySector.reduce<(typeof d.money.bySector)[number] | null>((a, b) => (!a || b.planned > a.planned ? b : a), null);
  const title = top && top.planned > 0 ? t('charts.moneySector.title', { sector: c.sectorName(top.sectorId), amount: formatCents(top.planned, lng, 0) }) : t('charts.money.titleEmpty');
  return { title, summary: moneySummary(c) };
}

export function moneySourceStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const rows = [...d.money.bySource].sort((a, b) => b.planned - a.planned);
  const top = rows[0];
  const title = top && top.planned > 0 ? t('charts.moneySource.title', { source: c.sourceName(top.fundingSourceId), share: formatPercent(top.share, lng) }) : t('charts.money.titleEmpty');
  const topTwo = rows.slice(0, 2).reduce((n, r) => n + r.share, 0);
  const summary = t('charts.moneySource.summary', { count: rows.length, share: formatPercent(topTwo, lng) });
  return { title, summary };
}

export function moneyYearStatement(c: StatementContext): Statement & { period: string } {
  const { d, t, lng } = c;
  const m = d.money;
  const peak = m.byYear.reduce<(typeof m.byYear)[number] | null>((a, b) => (!a || b.planned > a.planned ? b : a), null);
  const first = m.byYear[0]?.year;
  const last = m.byYear[m.byYear.length - 1]?.year;
  const period = first && last ? formatPeriod(first, last) : '';
  const title = peak && peak.planned > 0 ? t('charts.moneyYear.title', { year: peak.year, amount: formatCents(peak.planned, lng, 0) }) : t('charts.money.titleEmpty');
  const summary =
    m.plannedOutsideYears > 0 ? t('charts.moneyYear.summaryOutside', { amount: formatCents(m.plannedOutsideYears, lng, 0), period }) : t('charts.moneyYear.summaryAll', { period });
  return { title, summary, period };
}

export function timelineStatement(c: StatementContext): Statement {
  const { d, t, lng } = c;
  const tl = d.timeline;
  const overdue = tl.milestones.filter((m) => m.overdue).length;
  const late = tl.rows.filter((r) => r.derivedStatus === 'late').length;
  const title = late || overdue ? t('charts.timeline.title', { count: late, milestones: overdue }) : t('charts.timeline.titleNone');
  const summary = t('charts.timeline.summary', { shown: tl.rows.length, total: tl.total, today: formatDate(d.today, lng) });
  return { title, summary };
}

export function indicatorsStatement(c: StatementContext): Statement {
  const { d, t } = c;
  const list = d.indicators;
  const counts = { ahead: 0, onTrack: 0, behind: 0, noData: 0 };
  for (const i of list) counts[i.status]++;
  const title =
    list.length === 0 ? t('charts.indicators.titleEmpty') : counts.behind > 0 ? t('charts.indicators.titleBehind', { count: counts.behind, total: list.length }) : t('charts.indicators.titleNone', { total: list.length });
  const summary = t('charts.indicators.summary', { ...counts, total: list.length });
  return { title, summary };
}
