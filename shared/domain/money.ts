/**
 * Euro amounts as people type them, to the integer cents the plan stores. Finnish writes
 * "1 234,56" (a space or no-break space groups thousands, a comma marks decimals); English
 * writes "1,234.56". Both are accepted in either UI language: the last "," or "." followed by
 * one or two digits is the decimal mark, other separators group thousands.
 */

/** A decimal number from text ("12,5", "1 234,5", "-3.25"); NaN when it is not one; null when empty. */
export function parseDecimal(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f€%]/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  if (!/^-?\d[\d.,]*$/.test(s) && !/^-?[.,]\d+$/.test(s)) return Number.NaN;
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  let normal: string;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (s.split(decimal).length - 1 > 1) return Number.NaN;
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (commas + dots === 0) {
    normal = s;
  } else {
    const sep = commas > 0 ? ',' : '.';
    // One mark is the decimal mark; several of the same kind group thousands.
    normal = commas + dots === 1 ? s.replace(sep, '.') : s.split(sep).join('');
  }
  if (!/^-?\d*\.?\d*$/.test(normal) || /^-?\.?$/.test(normal)) return Number.NaN;
  return Number(normal);
}

/** Integer cents from a euro amount as typed; 0 when empty; NaN when not an amount (or more than two decimals). */
export function parseEurosToCents(text: string): number {
  const s = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (s === '') return 0;
  const value = parseDecimal(s);
  if (value === null) return 0;
  if (Number.isNaN(value)) return Number.NaN;
  const cents = value * 100;
  // More than two decimals is not an amount of euros.
  if (Math.abs(cents - Math.round(cents)) > 1e-6) return Number.NaN;
  return Math.round(cents);
}

/** Cents as an editable amount without the currency: "1 234,56" / "1,234.56"; whole euros without decimals. */
export function centsToInput(cents: number, language: string): string {
  const locale = language.startsWith('fi') ? 'fi-FI' : language.startsWith('sv') ? 'sv-FI' : 'en-GB';
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** A number as an editable value in the UI language ("12,5" in Finnish), empty for null. */
export function numberToInput(value: number | null, language: string): string {
  if (value === null) return '';
  const locale = language.startsWith('fi') ? 'fi-FI' : language.startsWith('sv') ? 'sv-FI' : 'en-GB';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}
