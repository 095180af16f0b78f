import type { Handlers } from './types';
import type { Dashboard, DashboardFilters, Money } from '../../../shared/schemas/dashboard';
import type { FundingSource } from '../../../shared/schemas/plan';
import { helixes } from '../../../shared/schemas/enums';
import { coverageMatrix, engagementOverTime, historyIntervals, networkCoverage, quarters } from '../../../shared/domain/coverage';
import { emptyStatusCounts, indicatorStatus, isOverdue, range, statusBySector } from '../../../shared/domain/progress';
import { fail } from '../../../shared/contract/errors';
import type { Db } from '../storage/connection';
import * as repo from '../storage/repos/dashboard-repo';
import { moneyCharts } from '../../../shared/domain/money-charts';
import { sumMoney } from '../../../shared/domain/money';
import { today as localToday } from '../storage/repos/rows';
import { readMemo } from '../storage/read-memo';

/** What one reply carries at most: the charts show no more (about 1,000 points a chart at most). */
const LIMITS = { attention: 50, networks: 300, timelineRows: 60, indicatorCharts: 12, pointsPerIndicator: 100 } as const;

const cents = (n: number | null | undefined) => Math.round(n ?? 0);

/**
 * Everything the Dashboard shows, for the given filters. A per-sector view is this with
 * filters.sectorIds = [that sector] (route #/dashboard?sector=<id>).
 */
export function buildDashboard(db: Db, filters: DashboardFilters, today: string): Dashboard {
  const memo = readMemo(db);
  /**
   * A read (with its shaping) kept until a change touches a table it reads: after one edit the
   * Dashboard reads again only what that edit can have changed. `args` are all its inputs.
   */
  const kept = <T>(read: repo.DashboardRead, args: unknown, compute: () => T): T => memo.get(`dashboard.${read}:${JSON.stringify(args)}`, repo.reads[read], compute);
  const plan = kept('dashboardPlan', null, () => repo.dashboardPlan(db)) ?? fail({ kind: 'noPlanOpen' });
  const period = filters.fromYear !== null || filters.toYear !== null;
  const fromYear = Math.max(plan.periodStart, filters.fromYear ?? plan.periodStart);
  const toYear = Math.min(plan.periodEnd, filters.toYear ?? plan.periodEnd);
  const p: repo.DashboardParams = {
    sectors: filters.sectorIds.length ? JSON.stringify(filters.sectorIds) : null,
    helix: filters.helix,
    sources: filters.fundingSourceIds.length ? JSON.stringify(filters.fundingSourceIds) : null,
    fromDate: period ? `${filters.fromYear ?? plan.periodStart}-01-01` : null,
    toDate: period ? `${filters.toYear ?? plan.periodEnd}-12-31` : null,
    today,
  };
  const sectors = kept('shownSectors', p, () => repo.shownSectors(db, p));
  const sectorIds = sectors.map((s) => s.id);
  const shownHelixes = filters.helix ? [filters.helix] : [...helixes];
  const sources = kept('fundingSourcesInUse', null, () => repo.fundingSourcesInUse(db)) as { id: string; kind: FundingSource['kind']; name: string }[];

  // Coverage
  const coverage = coverageMatrix(sectors, shownHelixes, kept('coverageRows', p, () => repo.coverageRows(db, p)));
  const nets = networkCoverage(sectors, kept('networkCoverageRows', p, () => repo.networkCoverageRows(db, p)));
  const map = kept('networkMapRows', p, () => repo.networkMapRows(db, p, LIMITS.networks));
  const stakeholderRows = kept('stakeholderRows', p, () => repo.stakeholderRows(db, p));
  const byHelix = Object.fromEntries(helixes.map((h) => [h, 0])) as Record<(typeof helixes)[number], number>;
  for (const r of stakeholderRows) byHelix[r.helix] += r.count;

  // Progress
  const byStatus = emptyStatusCounts();
  for (const r of kept('actionTotals', p, () => repo.actionTotals(db, p))) byStatus[r.status] += r.count;
  const late = kept('lateActions', p, () => repo.lateActions(db, p, LIMITS.attention));
  const overdue = kept('overdueMilestones', p, () => repo.overdueMilestones(db, p, LIMITS.attention));

  const years = range(fromYear, toYear);
  const moneyOptions = { sectorIds: filters.sectorIds.length ? filters.sectorIds : null, fromYear: p.fromDate === null ? null : Number(p.fromDate.slice(0, 4)), toYear: p.toDate === null ? null : Number(p.toDate.slice(0, 4)), years };
  const money = kept('moneyLines', [p, moneyOptions], () => moneyCharts(repo.moneyLines(db, p), moneyOptions));
  const rounded = (m: Money | undefined) => ({ planned: cents(m?.planned), committed: cents(m?.committed), spent: cents(m?.spent) });
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const bySource = [...money.bySource].map(([fundingSourceId, m]) => ({ fundingSourceId, ...rounded(m) }));
  bySource.sort((a, b) => (order.get(a.fundingSourceId) ?? 99) - (order.get(b.fundingSourceId) ?? 99));
  const totals = sumMoney(bySource);
  const bySector = [...sectorIds, ...(money.bySector.has(null) ? [null] : [])].map((id) => ({ sectorId: id, ...rounded(money.bySector.get(id)) }));
  const byYear = years.map((year) => {
    const y = money.byYear.get(year);
    return { year, ...rounded(y), estimated: rounded(y?.estimated), bySource: Object.fromEntries([...(y?.bySource ?? [])].map(([id, v]) => [id, cents(v)])) };
  });

  const perSector = Math.max(2, Math.floor(LIMITS.timelineRows / Math.max(1, sectors.length)));
  const timelineRows = kept('timelineRows', [p, perSector], () => repo.timelineRows(db, p, perSector));
  const statusOf = new Map(timelineRows.map((r) => [r.id, r.status]));
  const timelineIds = timelineRows.map((r) => r.id);
  const milestones = kept('milestonesOf', timelineIds, () => repo.milestonesOf(db, timelineIds)).map((m) => ({ ...m, overdue: isOverdue(m, statusOf.get(m.actionId)!, today) }));

  const indicators = kept('indicatorRows', p, () => repo.indicatorRows(db, p)).map(({ latestValue, latestDate, ...i }) => {
    const latest = latestValue !== null && latestDate !== null ? { value: latestValue, date: latestDate } : null;
    return { ...i, latest, ...indicatorStatus(i, latest), points: [] as { date: string; value: number }[] };
  });
  // The charts show the indicators behind first; only those get their measurements.
  const rank = { behind: 0, onTrack: 1, ahead: 2, noData: 3 } as const;
  const charted = [...indicators].sort((a, b) => rank[a.status] - rank[b.status]).slice(0, LIMITS.indicatorCharts);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const chartedIds = charted.map((i) => i.id);
  for (const pt of kept('indicatorPoints', chartedIds, () => repo.indicatorPoints(db, chartedIds, LIMITS.pointsPerIndicator))) byId.get(pt.indicatorId)!.points.push({ date: pt.date, value: pt.value });

  return {
    today,
    filters,
    plan,
    sectors,
    fundingSources: sources,
    helixes: shownHelixes,
    coverage,
    networks: { ...nets, total: map.total },
    networkMap: { networks: map.networks as Dashboard['networkMap']['networks'], total: map.total, serving: map.serving, international: map.international },
    stakeholders: {
      byHelixType: stakeholderRows as Dashboard['stakeholders']['byHelixType'],
      byHelix,
      total: stakeholderRows.reduce((n, r) => n + r.count, 0),
    },
    engagementOverTime: kept('engagementHistory', [p, fromYear, toYear], () => engagementOverTime(historyIntervals(repo.engagementHistory(db, p)), quarters(fromYear, toYear, today))),
    actions: { bySector: statusBySector(sectorIds, kept('actionStatusRows', p, () => repo.actionStatusRows(db, p))), byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) },
    attention: {
      late: late.map(({ total: _t, ...r }) => r),
      lateCount: late[0]?.total ?? 0,
      overdue: overdue.map(({ total: _t, ...r }) => r),
      overdueCount: overdue[0]?.total ?? 0,
    },
    money: {
      totals,
      bySector,
      bySource: bySource.map((r) => ({ ...r, share: totals.planned > 0 ? r.planned / totals.planned : 0 })),
      byYear,
      // Each year is rounded to a cent once: a difference of up to a cent a year is rounding, not money.
      plannedOutsideYears: ((n) => (n <= years.length ? 0 : n))(Math.max(0, totals.planned - byYear.reduce((n, y) => n + y.planned, 0))),
    },
    timeline: {
      rows: timelineRows.map(({ total: _t, ...r }) => r),
      milestones,
      total: timelineRows[0]?.total ?? 0,
    },
    indicators,
  };
}

export const dashboardHandlers = {
  'dashboard.get': (ctx, { filters, today }) => buildDashboard(ctx.db(), filters, today ?? localToday()),
} satisfies Handlers<'dashboard.get'>;
