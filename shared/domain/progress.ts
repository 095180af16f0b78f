/**
 * Progress: overdue milestones, money across sectors, sources and years, and
 * indicators against their baseline→target path. Pure: "today" is always passed in, never read
 * from the clock here. The SQL in dashboard-repo applies the same rules where it aggregates; each
 * rule is written once below and the SQL cites it. When an action is late: action-status.ts.
 */
import { actionStatuses, type ActionStatus } from '../schemas/enums';

export type StatusCounts = Record<ActionStatus, number>;
export const emptyStatusCounts = (): StatusCounts => Object.fromEntries(actionStatuses.map((s) => [s, 0])) as StatusCounts;

/** A milestone is overdue when it is not done, its due date has passed, and its action is not cancelled. */
export const isOverdue = (m: { dueDate: string; doneDate: string | null }, actionStatus: ActionStatus, today: string): boolean =>
  m.doneDate === null && m.dueDate < today && actionStatus !== 'cancelled';

/** isOverdue() in SQL over milestone `m` of action `a` (aliases from code), with today bound as @today. */
export const overdueSql = (m: string, a: string): string => `(${m}.done_date IS NULL AND ${m}.due_date < @today AND ${a}.status <> 'cancelled')`;

const DAY = 86_400_000;
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** Days from `from` to `to`, both counted (2024-01-01..2024-12-31 → 366); 0 when they do not overlap. */
export function inclusiveDays(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/**
 * An action's money is split across the years it runs pro rata by days: a year gets
 * amount × (days of the action in that year) / (days of the action). An action from 1.7.2024 to
 * 30.6.2025 puts 184/365 of its money in 2024 and 181/365 in 2025. Actions without both dates
 * cannot be placed in years. dashboard-repo does the same in SQL (julianday differences).
 */
export function yearShares(startDate: string, endDate: string, years: readonly number[]): Map<number, number> {
  const total = inclusiveDays(startDate, endDate);
  const shares = new Map<number, number>();
  if (total === 0) return shares;
  for (const [y, days] of yearDays(startDate, endDate, years)) shares.set(y, days / total);
  return shares;
}

/** The days of an action in each of these years it runs in (yearShares() without the division; the migration of funding years splits whole cents by it). */
export function yearDays(startDate: string, endDate: string, years: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const y of years) {
    const from = startDate > `${y}-01-01` ? startDate : `${y}-01-01`;
    const to = endDate < `${y}-12-31` ? endDate : `${y}-12-31`;
    const days = inclusiveDays(from, to);
    if (days > 0) out.set(y, days);
  }
  return out;
}

export const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Rows of (sector, status, count) as one row per sector with a count per status, in the sectors' order; "no sector" last. */
export function statusBySector(
  sectorIds: readonly string[],
  rows: readonly { sectorId: string | null; status: ActionStatus; count: number }[],
): { sectorId: string | null; counts: StatusCounts; total: number }[] {
  const map = new Map<string | null, StatusCounts>();
  for (const id of sectorIds) map.set(id, emptyStatusCounts());
  for (const r of rows) {
    const c = map.get(r.sectorId) ?? emptyStatusCounts();
    c[r.status] += r.count;
    map.set(r.sectorId, c);
  }
  return [...map.entries()]
    .filter(([id, c]) => id !== null || Object.values(c).some((n) => n > 0))
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0))
    .map(([sectorId, counts]) => ({ sectorId, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }));
}

/**
 * Indicator status. The straight path runs from the baseline value at the end of the baseline
 * year to the target value at the end of the target year. The latest measurement is compared with
 * where the path was on that measurement's date, as a share of the whole baseline→target change:
 * more than TOLERANCE (a fifth of the planned change) ahead of the path is "ahead", more than
 * TOLERANCE short of it is "behind", otherwise "on track". Annual regional statistics move in
 * steps and are revised, so a tighter band would flag noise. Falling targets work the same way
 * (the share is signed by the direction of the change). Without a baseline, target or measurement
 * the status is "noData".
 */
export const INDICATOR_TOLERANCE = 0.2;

export interface IndicatorPlan {
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

/** The path's value on `date`, clamped to the baseline before it starts and the target after it ends. */
export function pathValue(i: IndicatorPlan, date: string): number | null {
  if (i.baselineValue === null || i.baselineYear === null || i.targetValue === null || i.targetYear === null) return null;
  const start = dayNumber(`${i.baselineYear}-12-31`);
  const end = dayNumber(`${i.targetYear}-12-31`);
  if (end <= start) return i.targetValue;
  const f = Math.min(1, Math.max(0, (dayNumber(date) - start) / (end - start)));
  return i.baselineValue + (i.targetValue - i.baselineValue) * f;
}

export function indicatorStatus(
  i: IndicatorPlan,
  latest: { value: number; date: string } | null,
): { status: 'ahead' | 'onTrack' | 'behind' | 'noData'; expected: number | null } {
  const expected = latest ? pathValue(i, latest.date) : null;
  if (!latest || expected === null || i.baselineValue === null || i.targetValue === null) return { status: 'noData', expected };
  const change = i.targetValue - i.baselineValue;
  if (change === 0) return { status: latest.value === i.targetValue ? 'onTrack' : latest.value > i.targetValue ? 'ahead' : 'behind', expected };
  const lead = (latest.value - expected) / change;
  return { status: lead > INDICATOR_TOLERANCE ? 'ahead' : lead < -INDICATOR_TOLERANCE ? 'behind' : 'onTrack', expected };
}
