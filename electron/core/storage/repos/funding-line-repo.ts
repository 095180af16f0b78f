import type { Db } from '../connection';
import type { FundingLineInput } from '../../../../shared/schemas/action';
import { allowedYears, singleYear, spreadLine, stillEstimated, type Cents3 } from '../../../../shared/domain/funding-years';
import { fail } from '../../../../shared/contract/errors';
import { replaceOwnedRows } from './owned-rows';

/** A line as the schema parsed it; `estimated` only from the core itself (an import's spread totals). */
type Line = FundingLineInput & { plannedCents: number; committedCents: number; spentCents: number; note: string; estimated?: boolean };

const planPeriod = (db: Db) => db.prepare('SELECT period_start AS periodStart, period_end AS periodEnd FROM plan LIMIT 1').get() as { periodStart: number; periodEnd: number };

/**
 * A source's totals without years (an imported row) as lines per year: spread over the
 * action's years as the migration spreads older plans' lines, and marked estimated, so the
 * charts and the PDF say so until the officer records the years.
 */
export function estimatedLines(db: Db, fundingSourceId: string, totals: Cents3 & { note: string }, startDate: string | null, endDate: string | null): Line[] {
  return spreadLine(totals, startDate, endDate, planPeriod(db).periodStart).map((y) => ({ fundingSourceId, ...y, note: totals.note, estimated: true }));
}

interface Stored {
  id: string;
  funding_source_id: string;
  year: number;
  planned_cents: number;
  committed_cents: number;
  spent_cents: number;
  estimated: number;
}

/**
 * An action's funding lines replaced as a whole (the year grid's save). A line is matched to the
 * stored one of the same source and year, so a stored line never moves to another year (no two
 * rows of one source and year at any moment); a line without a year goes to singleYear(). A year
 * outside the plan period and the action's own years is refused, naming it. A year keeps
 * `estimated` only while its figures are the ones the app put there.
 */
export function replaceFundingLines(
  db: Db,
  actionId: string,
  lines: readonly Line[] | undefined,
  dates: { startDate: string | null; endDate: string | null },
): boolean {
  if (lines === undefined) return false;
  const period = planPeriod(db);
  const { from, to } = allowedYears(period, dates.startDate, dates.endDate);
  const stored = db.prepare('SELECT id, funding_source_id, year, planned_cents, committed_cents, spent_cents, estimated FROM funding_line WHERE action_id = ?').all(actionId) as Stored[];
  const ids = new Set(stored.map((r) => r.id));
  for (const l of lines) if (l.id && !ids.has(l.id)) fail({ kind: 'notFound', entity: 'fundingLine', id: l.id });
  const byKey = new Map(stored.map((r) => [`${r.funding_source_id}|${r.year}`, r]));
  const seen = new Set<string>();
  const items = lines.map((l, i) => {
    const year = l.year ?? singleYear(dates.startDate, dates.endDate, period.periodStart);
    if (year < from || year > to) {
      fail({ kind: 'validation', issues: [{ path: `fundingLines.${i}.year`, code: 'custom', params: { message: 'fundingYearOutsidePlan', year, from, to } }] });
    }
    const key = `${l.fundingSourceId}|${year}`;
    // Two lines without a year can both land on singleYear(): one line per source and year.
    if (seen.has(key)) fail({ kind: 'validation', issues: [{ path: `fundingLines.${i}.year`, code: 'custom', params: { message: 'duplicateFundingYear' } }] });
    seen.add(key);
    const row = byKey.get(key);
    const estimated = l.estimated ?? stillEstimated(
      row && { plannedCents: row.planned_cents, committedCents: row.committed_cents, spentCents: row.spent_cents, estimated: row.estimated === 1 },
      l,
    );
    return { ...l, id: row?.id, year, estimated };
  });
  return replaceOwnedRows(db, 'fundingLine', { column: 'action_id', id: actionId }, items, (l) => ({
    fundingSourceId: l.fundingSourceId,
    year: l.year,
    plannedCents: l.plannedCents,
    committedCents: l.committedCents,
    spentCents: l.spentCents,
    estimated: l.estimated ? 1 : 0,
    note: l.note,
  }));
}
