/**
 * Euro amounts: integer cents in the plan, text in a form. A form shows an amount in the UI
 * language ("450 000" in Finnish, "450,000" in English) and reads it back in that language
 * only; an amount that reads two ways there is a question for the user (shared/domain/reading.ts).
 */
import { formatCents, intlLocale } from './format';
import { typedReadings, type Digits } from './numbers';
import { ambiguous, bad, ok, type Choice, type Reading } from './reading-types';
import type { Money } from '../schemas/dashboard';

/**
 * The most one amount field holds: €10 billion (10^12 cents). More than all the EU regional
 * funding a member state like Finland gets for a whole programme period, so no real funding
 * line comes near it, while three zeros too many on a large line do. With at most
 * MAX_FUNDING_LINES lines an action's sums stay below 10^15 cents, exact in JavaScript
 * (2^53 ≈ 9.007 × 10^15) and in SQLite, and a whole plan's would need over 9,000 lines at the
 * maximum to leave that range.
 */
export const MAX_CENTS = 1_000_000_000_000;
/** The most funding lines one action holds (the largest real ones have a handful). */
export const MAX_FUNDING_LINES = 1_000;

/** Words and marks around an amount: "€", "EUR", "euroa". */
export const euroMarks = /€|eur|euros?|euroa/;

/** Cents of a reading; null when it has fractions of a cent ("12,345 €"). */
export function digitsToCents(d: Digits): number | null {
  const frac = d.frac.replace(/0+$/, '');
  if (frac.length > 2) return null;
  const cents = Number(`${d.int}${frac.padEnd(2, '0')}`);
  return d.negative && cents !== 0 ? -cents : cents;
}

/** Cents as an editable amount without the currency: "1 234,56" / "1,234.56"; whole euros without decimals. */
export function centsToInput(cents: number, language: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/**
 * An amount typed in the UI language, as cents (null when empty). Refused when it is not an
 * amount, negative, has fractions of a cent or is above MAX_CENTS; questioned when it reads
 * two ways in the language or is written another language's way.
 */
export function readAmount(text: string, language: string): Reading<number | null> {
  if (text.trim() === '') return ok(null);
  const { readings, certain } = typedReadings(text, language, euroMarks);
  const values: number[] = [];
  let tooBig = false;
  let negative = false;
  for (const d of readings) {
    const cents = digitsToCents(d);
    if (cents === null) continue;
    if (cents < 0) negative = true;
    else if (cents > MAX_CENTS) tooBig = true;
    else if (!values.includes(cents)) values.push(cents);
  }
  if (certain && values.length === 1) return ok(values[0]!);
  if (values.length === 0) return bad(tooBig ? { code: 'tooBig', kind: 'amount', maximum: MAX_CENTS } : negative ? { code: 'negative', kind: 'amount' } : { code: 'invalid', kind: 'amount' });
  const choices: Choice[] = values.sort((a, b) => a - b).map((c) => ({ value: c, text: centsToInput(c, language), label: formatCents(c, language) }));
  return ambiguous('amount', text, choices);
}

/** Cents of a typed amount: 0 when empty, NaN when it is not one amount (refused or questioned). */
export function parseEurosToCents(text: string, language: string): number {
  const r = readAmount(text, language);
  return r.ok ? (r.value ?? 0) : Number.NaN;
}

/** Planned, committed and spent, each summed over the rows. */
export const sumMoney = (rows: readonly Money[]): Money =>
  rows.reduce<Money>((a, r) => ({ planned: a.planned + r.planned, committed: a.committed + r.committed, spent: a.spent + r.spent }), { planned: 0, committed: 0, spent: 0 });
