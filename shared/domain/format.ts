/**
 * Locale-aware formatting for the screens and the PDF report (both drawn by the renderer):
 * numbers, euros, dates and sorting follow the UI language via Intl, never hand-rolled.
 * "1 234,5 €" in Finnish, "€1,234.5" in English.
 */

/** The Intl locale behind a UI language: British English for day-month dates. */
export function intlLocale(language: string): string {
  if (language.startsWith('fi')) return 'fi-FI';
  if (language.startsWith('sv')) return 'sv-FI';
  return 'en-GB';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (!hit) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  const locale = intlLocale(language);
  return cached(`n|${locale}|${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}

/** A whole count: "1 234" / "1,234". */
export function formatCount(value: number, language: string): string {
  return formatNumber(value, language, 0);
}

/** Euros from a decimal amount: "1 234,5 €" / "€1,234.5". */
export function formatEuros(euros: number, language: string, maximumFractionDigits = 2): string {
  const locale = intlLocale(language);
  return cached(
    `e|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits }),
  ).format(euros);
}

/**
 * Money is stored in integer cents; show it in euros: whole euros without decimals, else with
 * both cent digits ("1 234,50 €", never "1 234,5 €"). Charts pass 0 to round to whole euros.
 */
export function formatCents(cents: number, language: string, maximumFractionDigits = 2): string {
  if (maximumFractionDigits < 2 || cents % 100 === 0) return formatEuros(cents / 100, language, maximumFractionDigits);
  const locale = intlLocale(language);
  return cached(`c2|${locale}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(cents / 100);
}

/** A share 0..1 as a percentage: "42 %" / "42%". */
export function formatPercent(share: number, language: string): string {
  const locale = intlLocale(language);
  return cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

/** A plan date (YYYY-MM-DD) for people: "1.3.2025" / "1 Mar 2025". Unparseable input is returned as is. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const m = isoDate.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const locale = intlLocale(language);
  const options: Intl.DateTimeFormatOptions =
    locale === 'en-GB'
      ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' };
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** A time of day as the language writes it, in the local time zone ("14:32", "14.32"). */
export function formatTime(value: Date | number, language: string): string {
  const locale = intlLocale(language);
  return cached(`t|${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })).format(value);
}

/** A programme period: "2021–2027" (en dash, no spaces). */
/** A moment (ISO-8601) as the user's language writes a date and time, in the local time zone ("5 Jan 2026, 10:00", "5.1.2026 klo 10.00"). */
export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = intlLocale(language);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: locale === 'en-GB' ? 'short' : 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return cached(`dt|${locale}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatPeriod(start: number, end: number): string {
  return `${start}\u2013${end}`;
}

/** Sorting text the way the language does it (Finnish: å, ä, ö after z; numbers by value). */
export function collator(language: string): Intl.Collator {
  const locale = intlLocale(language);
  return cached(`c|${locale}`, () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
}

export function compareText(a: string, b: string, language: string): number {
  return collator(language).compare(a, b);
}

/** Sorts a copy of `items` by a text key with the language's collation. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, language: string): T[] {
  const c = collator(language);
  return [...items].sort((a, b) => c.compare(key(a), key(b)));
}
