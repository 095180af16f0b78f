/**
 * The date field's side of a plan date: a plan keeps YYYY-MM-DD; react-aria's date field works
 * on @internationalized/date's CalendarDate and writes its segments in a locale. One locale per
 * UI language, the one formatDate uses (intlLocale), so the field reads as every other date.
 */
import { parseDate as parseCalendarDate, type CalendarDate } from '@internationalized/date';

export { dateFieldLocale } from './date-text';

/** A plan date (YYYY-MM-DD) as the field's value. */
export function toCalendarDate(iso: string): CalendarDate {
  return parseCalendarDate(iso);
}

/** The field's value as a plan date (YYYY-MM-DD, four-digit year). */
export function fromCalendarDate(date: { year: number; month: number; day: number }): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}
