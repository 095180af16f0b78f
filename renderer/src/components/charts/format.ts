import { intlLocale } from '../../../../shared/domain/format';

const cache = new Map<string, Intl.NumberFormat>();

/** Euros for axes and bar labels: "1,2 milj. €" / "€1.2M"; cents in. */
export function formatCompactCents(cents: number, language: string): string {
  const locale = intlLocale(language);
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
    cache.set(locale, f);
  }
  return f.format(cents / 100);
}

/** A long label cut to `max` characters with an ellipsis (SVG text does not wrap). */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
