import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as format from '../../../shared/domain/format';
import { centsToInput, MAX_CENTS, parseEurosToCents } from '../../../shared/domain/money';
import { numberToInput } from '../../../shared/domain/numbers';
import { parseDecimal, parseInteger, parsePercent, readInput, readYear } from '../../../shared/domain/reading';
import { parseDate } from '../../../shared/domain/dates';
import { uiLanguages } from '../../../shared/schemas/app';
import { moneyScale } from '../../../renderer/src/components/charts/format';
import { budgetMoney } from '../../../shared/report/model';

/**
 * Every formatter has its parser, and each pair round-trips in every UI language: what the app
 * shows (or puts in a field) reads back to the same value in the same language.
 */
const lng = fc.constantFrom(...uiLanguages);
const runs = { numRuns: 500 };

describe('money', () => {
  const cents = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: MAX_CENTS }));
  test.prop([cents, lng], runs)('an amount in a form field reads back to its cents', (c, l) => {
    expect(parseEurosToCents(centsToInput(c, l), l)).toBe(c);
  });
  test.prop([cents, lng], runs)('an amount as shown (formatCents) reads back to its cents', (c, l) => {
    expect(parseEurosToCents(format.formatCents(c, l), l)).toBe(c);
  });
});

describe('decimals', () => {
  // What people type: up to six decimals, positive or negative.
  const typed = fc.tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => (n / 10 ** k) || 0);
  test.prop([typed, lng], runs)('a decimal in a form field reads back to the same number', (v, l) => {
    expect(parseDecimal(numberToInput(v, l), l)).toBe(v);
  });
  const shown = fc.tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 2 })).map(([n, k]) => (n / 10 ** k) || 0);
  test.prop([shown, lng], runs)('a decimal as shown (formatNumber) reads back to the same number', (v, l) => {
    expect(parseDecimal(format.formatNumber(v, l), l)).toBe(v);
  });
  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (Math.abs(v) < 1e-6 ? 0 : v)), lng], runs)('any double in a form field reads back exactly', (v, l) => {
    expect(parseDecimal(numberToInput(v, l), l)).toBe(v);
  });
});

describe('integers and percentages', () => {
  test.prop([fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), lng], runs)('a count as shown (formatCount) reads back', (n, l) => {
    expect(parseInteger(format.formatCount(n, l), l)).toBe(n || 0);
  });
  test.prop([fc.integer({ min: 0, max: 10_000 }), lng], runs)('a percentage as shown (formatPercent) reads back to its points', (p, l) => {
    expect(parsePercent(format.formatPercent(p / 100, l), l)).toBe(p);
  });
});

describe('what a field holds for a whole number', () => {
  test.prop([fc.integer({ min: 0, max: 100 }), lng], runs)('progress as typed ("40") and as shown ("40 %") reads back', (p, l) => {
    expect(parsePercent(String(p), l)).toBe(p);
    expect(parsePercent(format.formatPercent(p / 100, l), l)).toBe(p);
  });
  test.prop([fc.integer({ min: 1900, max: 2100 })], runs)('a year reads back', (y) => {
    expect(readYear(String(y))).toEqual({ ok: true, value: y });
  });
});

describe('no text is ever guessed', () => {
  // Any text: read as exactly one value, or refused, or questioned with its readings; never a throw.
  const text = fc.oneof(fc.string(), fc.stringMatching(/^[-€ ]?[0-9]{1,4}([ .,][0-9]{1,4}){0,3}( ?[€%])?$/));
  test.prop([text, lng], runs)('a question offers only readings that read back unquestioned', (s, l) => {
    for (const kind of ['amount', 'decimal', 'integer', 'percent'] as const) {
      const r = readInput(kind, s, l);
      if (r.ok || r.problem.code !== 'ambiguous') continue;
      expect(r.problem.choices.length).toBeGreaterThan(0);
      for (const c of r.problem.choices) expect(readInput(kind, c.text, l)).toEqual({ ok: true, value: c.value });
    }
  });
});

describe('dates', () => {
  const iso = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  test.prop([iso, lng], runs)('a plan date as shown (formatDate) reads back to the same day', (d, l) => {
    expect(parseDate(format.formatDate(d, l), l)).toBe(d);
  });
  test.prop([iso, lng], runs)('the ISO form and day-first numbers read the same day in every language', (d, l) => {
    const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
    expect(parseDate(d, l)).toBe(d);
    expect(parseDate(`${da}.${mo}.${y}`, l)).toBe(d);
    expect(parseDate(`${String(da).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}`, l)).toBe(d);
  });
});

describe('money on a chart', () => {
  // One unit per chart, chosen from its largest figure: every label reads back, in the chart's
  // unit, to the amount rounded as the label rounds it ("1,5 mn €", "870 t. €", "€1.5m").
  const amounts = fc.array(fc.integer({ min: 0, max: 50_000_000_000 }), { minLength: 1, maxLength: 8 });
  test.prop([amounts, lng], runs)('labels share one unit and read back to their rounded amount', (cents, l) => {
    const max = Math.max(...cents);
    const label = moneyScale(max, l);
    const millions = max / 100 >= 1_000_000;
    const unit = millions ? { en: 'm', fi: 'milj.', sv: 'mn' }[l] : { en: 'k', fi: 't.', sv: 'tn' }[l];
    for (const c of cents) {
      const text = label(c);
      const number = l === 'en' ? text.replace(/^€/, '').replace(/[mk]$/, '') : text.replace(new RegExp(`\u00a0${unit.replace('.', '\\.')}\u00a0€$`), '');
      expect(text.includes(unit), `${text} in ${l}`).toBe(true);
      const scaled = c / 100 / (millions ? 1e6 : 1e3);
      // Rounded to the label's precision (half a step either way; Intl rounds the decimal form).
      const step = millions ? 0.1 : 1;
      const read = parseDecimal(number, l);
      expect(typeof read === 'number' && Math.abs(read - scaled) <= step / 2 + 1e-9, `${text} for ${scaled}`).toBe(true);
    }
  });
});

describe('money in the action plan of the PDF', () => {
  // Euros while the sums fit a 13 % column, else thousands of euros: every figure reads back to
  // its euros, or to its thousands rounded.
  const cents = fc.integer({ min: 0, max: MAX_CENTS });
  test.prop([fc.array(cents, { minLength: 1, maxLength: 3 }), cents, lng], runs)('reads back in its unit', (totals, c, l) => {
    const { thousands, format: shown } = budgetMoney(totals, l);
    const text = shown(c);
    if (thousands) expect(parseDecimal(text, l), `${text} in ${l}`).toBe(Math.round(c / 100_000));
    else expect(parseEurosToCents(text, l), `${text} in ${l}`).toBe(Math.round(c / 100) * 100);
  });
});
