/**
 * One "late" (issue 13). The status the app shows, counts and filters an action by, everywhere
 * (lists and their filters, the Dashboard's counts and links, charts, the PDF, slides): the
 * status the officer typed, except that an action past its end date that is neither completed
 * nor cancelled is late. The typed status is never rewritten; it stays what the officer said,
 * and is shown beside the derived one where they differ ("Running (late: ended 31.12.2023)").
 *
 * The rule is written twice, here and as SQL for the queries that aggregate or list actions;
 * test/integration/trust/property-one-late-sql.test.ts proves that the two agree.
 */
import type { ActionStatus } from '../schemas/enums';

export interface StatusSource {
  /** What the officer typed. */
  status: ActionStatus;
  endDate: string | null;
}

/** The status shown everywhere. `today` is the local date (YYYY-MM-DD); an action ending today is not late yet. */
export function derivedStatus(a: StatusSource, today: string): ActionStatus {
  if (a.status === 'completed' || a.status === 'cancelled') return a.status;
  if (a.endDate !== null && a.endDate < today) return 'late';
  return a.status;
}

/**
 * derivedStatus() in SQL over the action table aliased `alias` (a name from code, never from
 * input), with today bound as the named parameter @today.
 */
export const derivedStatusSql = (alias: string): string =>
  `(CASE WHEN ${alias}.status IN ('completed', 'cancelled') THEN ${alias}.status WHEN ${alias}.end_date < @today THEN 'late' ELSE ${alias}.status END)`;

/** The end date that made an action late although its typed status is not: null when the two statuses agree. */
export const lateByEndDate = (a: StatusSource & { derivedStatus: ActionStatus }): string | null =>
  a.derivedStatus === 'late' && a.status !== 'late' && a.endDate !== null ? a.endDate : null;
