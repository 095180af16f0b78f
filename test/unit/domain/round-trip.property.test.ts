import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as format from '../../../shared/domain/format';
import * as money from '../../../shared/domain/money';

/**
 * Every formatter has its parser, and each pair round-trips in every UI language: what the app
 * shows (or puts in a field) reads back to the same value in the same language.
 */
const languages = ['en', 'fi', 'sv'] as const;
const lng = fc.constantFrom(...languages);
const m = money as unknown as Record<string, (...a: unknown[]) => unknown>;

describe('money', () => {
  const cents = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));
  test.prop([cents, lng])('an amount in a form field reads back to its cents', (c, l) => {
    expect(m.parseEurosToCents!(money.centsToInput(c, l), l)).toBe(c);
  });
  test.prop([cents, lng])('an amount as shown (formatCents) reads back to its cents', (c, l) => {
    expect(m.parseEurosToCents!(format.formatCents(c, l), l)).toBe(c);
  });
});

describe('decimals', () => {
  // What people type: up to six decimals, positive or negative.
  const typed = fc.tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => (n / 10 ** k) || 0);
  test.prop([typed, lng])('a decimal in a form field reads back to the same number', (v, l) => {
    expect(m.parseDecimal!(money.numberToInput(v, l), l)).toBe(v);
  });
  const shown = fc.tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 2 })).map(([n, k]) => (n / 10 ** k) || 0);
  test.prop([shown, lng])('a decimal as shown (formatNumber) reads back to the same number', (v, l) => {
    expect(m.parseDecimal!(format.formatNumber(v, l), l)).toBe(v);
  });
  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (Math.abs(v) < 1e-6 ? 0 : v)), lng])('any double in a form field reads back exactly', (v, l) => {
    expect(m.parseDecimal!(money.numberToInput(v, l), l)).toBe(v);
  });
});

describe('integers and percentages', () => {
  test.prop([fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), lng])('a count as shown (formatCount) reads back', (n, l) => {
    expect(m.parseInteger!(format.formatCount(n, l), l)).toBe(n || 0);
  });
  test.prop([fc.integer({ min: 0, max: 10_000 }), lng])('a percentage as shown (formatPercent) reads back to its points', (p, l) => {
    expect(m.parsePercent!(format.formatPercent(p / 100, l), l)).toBe(p);
  });
});

describe('dates', () => {
  const iso = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  test.prop([iso, lng])('a plan date as shown (formatDate) reads back to the same day', (d, l) => {
    expect(m.parseDate!(format.formatDate(d, l), l)).toBe(d);
  });
});
