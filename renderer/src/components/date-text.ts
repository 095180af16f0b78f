/**
 * How the date field writes a date: its segments in the UI language's locale, the one
 * formatDate uses (intlLocale), all numbers: "31.12.2027" in Finnish, "31/12/2027" in English.
 * Intl only, so a form's hint can say it without loading the date field's chunk.
 */
import { intlLocale } from '../../../shared/domain/format';

export const dateFieldLocale = (language: string): string => intlLocale(language);

/** A plan date (YYYY-MM-DD) as the date field shows it. */
export function fieldDateText(iso: string, language: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(dateFieldLocale(language), { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
