import { describe, expect, it } from 'vitest';
import { centsToInput, readAmount } from '../../../shared/domain/money';
import { detectNumberFormat, numberToInput } from '../../../shared/domain/numbers';
import { inputProblems, kindAt, readDecimal, readInteger, readPercent, readYear } from '../../../shared/domain/reading';
import { readDate } from '../../../shared/domain/dates';
import { formatCents } from '../../../shared/domain/format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** A reading in one line: "= value", "? a | b" (a question with its readings) or "! code". */
function show(r: { ok: true; value: unknown } | { ok: false; problem: { code: string; choices?: { value: unknown }[] } }): string {
  if (r.ok) return `= ${String(r.value)}`;
  return r.problem.code === 'ambiguous' ? `? ${r.problem.choices!.map((c) => String(c.value)).join(' | ')}` : `! ${r.problem.code}`;
}

describe('amounts read in the UI language only', () => {
  it.each([
    // English: a comma groups thousands, a point marks decimals.
    ['en', '450,000', '= 45000000'], ['en', '€150,000.50', '= 15000050'], ['en', '1 500', '= 150000'], ['en', '0.5', '= 50'],
    ['en', '1.500', '? 150 | 150000'], ['en', '1,5', '? 150'], ['en', '1.234,56', '? 123456'], ['en', '12.345', '? 1234500'],
    // Finnish and Swedish: a space groups, a comma marks decimals; a dot is never silently a group mark.
    ['fi', '450 000', '= 45000000'], ['fi', '1\u00a0234,56 €', '= 123456'], ['fi', '0,5', '= 50'], ['fi', '128 810 euroa', '= 12881000'],
    ['fi', '1,500', '? 150 | 150000'], ['fi', '150,000 €', '? 15000 | 15000000'], ['fi', '1.500', '? 150 | 150000'], ['fi', '12.5', '? 1250'],
    ['sv', '1 500,50', '= 150050'], ['sv', '1,500', '? 150 | 150000'],
    // Refused: not an amount, negative, fractions of a cent, too large.
    ['fi', 'noin 5000', '! invalid'], ['en', '-5', '! negative'], ['fi', '−5', '! negative'], ['fi', '0,125', '! invalid'], ['en', '€10,000,000,000.01', '! tooBig'],
    ['en', '', '= null'], ['fi', '   ', '= null'],
  ])('%s: "%s" %s', (lng, text, expected) => expect(show(readAmount(text, lng))).toBe(expected));

  it('shows amounts for editing the way they read back: whole euros without decimals, else both cent digits', () => {
    expect(plain(centsToInput(12_881_000, 'fi'))).toBe('128 810');
    expect(centsToInput(12_881_000, 'en')).toBe('128,810');
    expect(plain(centsToInput(123_450, 'sv'))).toBe('1 234,50');
    expect(plain(formatCents(123_450, 'fi'))).toBe('1 234,50 €');
    expect(formatCents(123_450, 'en')).toBe('€1,234.50');
  });
});

describe('other kinds of value', () => {
  it('decimals keep every digit, and a value that would read two ways gets one more zero', () => {
    expect(numberToInput(1.234, 'fi')).toBe('1,2340');
    expect(numberToInput(1.234, 'en')).toBe('1.2340');
    expect(numberToInput(12.5, 'fi')).toBe('12,5');
    expect(numberToInput(-0.000001, 'en')).toBe('-0.000001');
    expect(numberToInput(1e21, 'en')).toBe('1000000000000000000000');
    expect(show(readDecimal('1,2340', 'fi'))).toBe('= 1.234');
    expect(show(readDecimal('1,234', 'fi'))).toBe('? 1.234 | 1234');
    expect(show(readDecimal('abc', 'en'))).toBe('! invalid');
  });
  it('whole numbers, percentages and years', () => {
    expect(show(readInteger('1 500', 'fi'))).toBe('= 1500');
    expect(show(readInteger('1,500', 'en'))).toBe('= 1500');
    expect(show(readInteger('1,5', 'fi'))).toBe('! invalid');
    expect(show(readPercent('40 %', 'fi'))).toBe('= 40');
    expect(show(readPercent('40%', 'en'))).toBe('= 40');
    expect(show(readPercent('40,5', 'fi'))).toBe('! invalid');
    expect(show(readYear('2027'))).toBe('= 2027');
    expect(show(readYear('27'))).toBe('! invalid');
  });
  it('dates: day first everywhere, English month names in English, the year in full', () => {
    expect(show(readDate('1.3.2025', 'fi'))).toBe('= 2025-03-01');
    expect(show(readDate('01/03/2025', 'en'))).toBe('= 2025-03-01');
    expect(show(readDate('1 Sept 2025', 'en'))).toBe('= 2025-09-01');
    expect(show(readDate('1st March 2025', 'en'))).toBe('= 2025-03-01');
    expect(show(readDate('2025-03-01', 'sv'))).toBe('= 2025-03-01');
    expect(show(readDate('29.2.2023', 'fi'))).toBe('! invalid');
    expect(show(readDate('1.3.25', 'fi'))).toBe('! invalid');
    expect(show(readDate('1 Mar 2025', 'fi'))).toBe('! invalid');
  });
});

describe('fields of a form', () => {
  it('finds the field of each path, rows included, and what is wrong with each', () => {
    const kinds = { progress: 'percent', 'fundingLines.*.plannedCents': 'amount' } as const;
    expect(kindAt(kinds, 'fundingLines.3.plannedCents')).toBe('amount');
    expect(kindAt(kinds, 'fundingLines.3.note')).toBeUndefined();
    const problems = inputProblems({ progress: 'x', fundingLines: [{ plannedCents: '1 000' }, { plannedCents: '1,500' }] }, kinds, 'fi');
    expect(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, p.code]))).toEqual({ progress: 'invalid', 'fundingLines.1.plannedCents': 'ambiguous' });
  });
  it('tells a file\'s number format from the texts only one format reads', () => {
    expect(detectNumberFormat(['128 810', '1 234,56'])).toBe('comma');
    expect(detectNumberFormat(['1,234.56', '12.5'])).toBe('point');
    expect(detectNumberFormat(['1,500', '2.500', '128 810'])).toBeNull();
    expect(detectNumberFormat(['1,234.56', '1 234,56'])).toBeNull();
  });
});
