/**
 * Funding by year (issue 19). A funding line is one source's money in one year of an action:
 * planned, committed and spent cents, and `estimated` when the app put the figures there rather
 * than the officer (a plan from before years were recorded, spread as the app used to spread it).
 * Editing a year's figures makes it recorded. Pure: the migration, the core, the Dashboard and
 * the report all take their rules from here.
 */
import { range, yearDays } from './progress';

export interface Cents3 {
  plannedCents: number;
  committedCents: number;
  spentCents: number;
}

/**
 * The one year for money that cannot be spread by days: the action's start year, else its end
 * year, else the plan period's first year. An action without dates still belongs to the plan,
 * and the period's first year is where the year grid shows it first and the officer can move
 * it; the migration marks it estimated, so every chart and the PDF say it is a guess.
 */
export const singleYear = (startDate: string | null, endDate: string | null, periodStart: number): number =>
  Number((startDate ?? endDate ?? String(periodStart)).slice(0, 4));

/**
 * Whole cents spread across the years an action runs, pro rata by days as yearShares() spreads
 * them: each year but the last gets floor(cents × days in the year / days of the action) and the
 * last gets the rest, so the parts add up to the total to the cent (integer arithmetic: cents ×
 * days stays below 2^53 for any amount the app holds). Undated: all in singleYear().
 */
export function spreadCents(cents: number, startDate: string | null, endDate: string | null, periodStart: number): [year: number, cents: number][] {
  return split(cents, daysOf(startDate, endDate, periodStart));
}

/** [year, days of the action in it] for the years it runs; one year of one "day" when it cannot be spread. */
function daysOf(startDate: string | null, endDate: string | null, periodStart: number): [number, number][] {
  if (startDate === null || endDate === null) return [[singleYear(startDate, endDate, periodStart), 1]];
  const days = [...yearDays(startDate, endDate, range(Number(startDate.slice(0, 4)), Number(endDate.slice(0, 4))))];
  return days.length ? days : [[Number(startDate.slice(0, 4)), 1]];
}

function split(cents: number, days: readonly [number, number][]): [number, number][] {
  const total = days.reduce((n, [, d]) => n + d, 0);
  let left = cents;
  return days.map(([year, d], i) => {
    const part = i === days.length - 1 ? left : Math.floor((cents * d) / total);
    left -= part;
    return [year, part];
  });
}

/**
 * One line's three totals as rows per year, marked estimated: the years where all three are 0
 * are left out, but a line keeps at least one row (its last year) so its source and note stay.
 */
export function spreadLine(line: Cents3, startDate: string | null, endDate: string | null, periodStart: number): (Cents3 & { year: number })[] {
  const days = daysOf(startDate, endDate, periodStart);
  const p = split(line.plannedCents, days);
  const c = split(line.committedCents, days);
  const s = split(line.spentCents, days);
  const rows = p.map(([year, plannedCents], i) => ({ year, plannedCents, committedCents: c[i]![1], spentCents: s[i]![1] }));
  const kept = rows.filter((r) => r.plannedCents || r.committedCents || r.spentCents);
  return kept.length ? kept : [rows[rows.length - 1]!];
}

/** The years a line of this action may be in: the plan period, widened to the action's own years. */
export function allowedYears(period: { periodStart: number; periodEnd: number }, startDate: string | null, endDate: string | null): { from: number; to: number } {
  const years = [startDate, endDate].filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  return { from: Math.min(period.periodStart, ...years), to: Math.max(period.periodEnd, ...years) };
}

/** A year's figures stay estimated only while they are exactly what the app put there. */
export const stillEstimated = (stored: (Cents3 & { estimated: boolean }) | undefined, next: Cents3): boolean =>
  !!stored?.estimated && stored.plannedCents === next.plannedCents && stored.committedCents === next.committedCents && stored.spentCents === next.spentCents;
