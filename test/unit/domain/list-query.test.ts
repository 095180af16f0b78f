import { describe, expect, it } from 'vitest';
import { indexRows, queryRows } from '../../../shared/domain/list-query';
import { centsToInput, parseDecimal, parseEurosToCents } from '../../../shared/domain/money';

const names = ['Äänekosken kaupunki', 'Vaasan kaupunki', 'Åbo Akademi', 'Oulun yliopisto', 'Xamk', 'Zeeland', 'Prizztech Oy', 'Ähtärin kunta'];
const rows = names.map((name, i) => ({ id: String(i), name }));
const indexed = indexRows(rows, (r) => [r.name]);
const byName = { value: (r: { name: string }) => r.name, direction: 'asc' as const };

describe('stakeholder list search and sort in Finnish', () => {
  it('sorts å, ä, ö after z: Äänekoski after Vaasa', () => {
    const sorted = queryRows(indexed, { sort: byName, language: 'fi' }).map((r) => r.name);
    expect(sorted).toEqual(['Oulun yliopisto', 'Prizztech Oy', 'Vaasan kaupunki', 'Xamk', 'Zeeland', 'Åbo Akademi', 'Ähtärin kunta', 'Äänekosken kaupunki']);
    expect(sorted.indexOf('Äänekosken kaupunki')).toBeGreaterThan(sorted.indexOf('Vaasan kaupunki'));
  });

  it('sorts descending too, blanks last', () => {
    const withBlank = indexRows([...rows, { id: 'x', name: '' }], (r) => [r.name]);
    const sorted = queryRows(withBlank, { sort: { ...byName, direction: 'desc' }, language: 'fi' }).map((r) => r.name);
    expect(sorted[0]).toBe('Äänekosken kaupunki');
    expect(sorted.at(-1)).toBe('');
  });

  it('finds Äänekoski with "aane", "ääne" and "ÄÄNE" (folding drops the dots)', () => {
    for (const q of ['aane', 'ääne', 'ÄÄNE', '  aANe  ']) expect(queryRows(indexed, { search: q, language: 'fi' }).map((r) => r.name)).toEqual(['Äänekosken kaupunki']);
    expect(queryRows(indexed, { search: 'kaupunki vaasa', language: 'fi' }).map((r) => r.name)).toEqual(['Vaasan kaupunki']);
    expect(queryRows(indexed, { search: 'abo', language: 'fi' }).map((r) => r.name)).toEqual(['Åbo Akademi']);
  });

  // Speed is measured by `npm run bench`, never asserted here; this checks the result at size.
  it('filters, searches and sorts 10,000 rows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i), name: `${names[i % names.length]} ${i}`, helix: i % 4 }));
    const big = indexRows(many, (r) => [r.name]);
    const out = queryRows(big, { search: 'aane', filter: (r) => r.helix === 0, sort: byName, language: 'fi' });
    const expected = many.filter((r) => r.helix === 0 && r.name.startsWith('Äänekosk'));
    expect(out.length).toBe(expected.length);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => r.helix === 0)).toBe(true);
  });
});

describe('euro input', () => {
  it('parses Finnish and English amounts to integer cents', () => {
    expect(parseEurosToCents('1 234,56')).toBe(123_456);
    expect(parseEurosToCents('1\u00a0234,56 €')).toBe(123_456);
    expect(parseEurosToCents('128 810')).toBe(12_881_000);
    expect(parseEurosToCents('1,234.56')).toBe(123_456);
    expect(parseEurosToCents('1.234.567')).toBe(123_456_700);
    expect(parseEurosToCents('0,5')).toBe(50);
    expect(parseEurosToCents('')).toBe(0);
    expect(parseEurosToCents('abc')).toBeNaN();
    expect(parseEurosToCents('1,234')).toBeNaN(); // three decimals is not an amount of euros
  });

  it('formats cents for editing in the UI language', () => {
    expect(centsToInput(123_456, 'fi')).toBe('1\u00a0234,56');
    expect(centsToInput(12_881_000, 'en')).toBe('128,810');
    expect(parseEurosToCents(centsToInput(6_400_050, 'fi'))).toBe(6_400_050);
  });

  it('parses decimals for indicator values', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('x')).toBeNaN();
  });
});
