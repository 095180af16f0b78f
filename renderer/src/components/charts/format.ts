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

const suffixes: Record<string, { millions: string; thousands: string } | undefined> = {
  fi: { millions: 'milj.', thousands: 't.' },
  sv: { millions: 'mn', thousands: 'tn' },
};

/**
 * Euros in one unit and precision for a whole chart, chosen from its largest figure: millions
 * with one decimal ("€1.5m", "1,5 milj. €", "1,5 mn €") or thousands without ("€870k", "870 t. €"), so
 * labels and ticks of one chart never mix "€652.3k" with "€1.4m".
 */
export function moneyScale(maxCents: number, language: string): (cents: number) => string {
  const millions = Math.abs(maxCents) / 100 >= 1_000_000;
  const nf = new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: millions ? 1 : 0, maximumFractionDigits: millions ? 1 : 0 });
  // The units Intl's compact notation uses in each language ("1,5 mn €" in Swedish).
  const unit = suffixes[language.slice(0, 2)];
  return (cents) => {
    const n = nf.format(cents / 100 / (millions ? 1e6 : 1e3));
    if (unit) return `${n} ${millions ? unit.millions : unit.thousands} €`;
    return `€${n}${millions ? 'm' : 'k'}`;
  };
}
