import { describe, expect, it } from 'vitest';
import { indexRows, queryRows } from '../../../shared/domain/list-query';

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
