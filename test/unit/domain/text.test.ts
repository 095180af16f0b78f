import { describe, expect, it } from 'vitest';
import { compareFinnish, foldForSearch, matchesSearch, searchKey, sortFinnish } from '../../../shared/domain/text';

const towns = ['Vaasa', 'Äänekoski', 'Oulu', 'Åbo Akademi', 'Ähtäri', 'Zeeland', 'Öljynjalostamo', 'ahlström', 'Kotka 10', 'Kotka 9'];

describe('Finnish sort', () => {
  it('puts å, ä and ö after z, in that order (Äänekoski after Vaasa)', () => {
    const sorted = sortFinnish(towns, (t) => t);
    expect(sorted.indexOf('Äänekoski')).toBeGreaterThan(sorted.indexOf('Vaasa'));
    expect(sorted.slice(-5)).toEqual(['Zeeland', 'Åbo Akademi', 'Ähtäri', 'Äänekoski', 'Öljynjalostamo']);
    expect(compareFinnish('Äänekoski', 'Vaasa')).toBeGreaterThan(0);
  });

  it('ignores case and orders numbers by value', () => {
    const sorted = sortFinnish(towns, (t) => t);
    expect(sorted[0]).toBe('ahlström');
    expect(sorted.indexOf('Kotka 9')).toBeLessThan(sorted.indexOf('Kotka 10'));
  });
});

describe('Finnish search folding', () => {
  it('folds case and the dots and ring of ä, ö, å', () => {
    expect(foldForSearch('ÄÄNEKOSKI')).toBe('aanekoski');
    expect(foldForSearch('Åbo  Akademi\t')).toBe('abo akademi');
    expect(foldForSearch('Öljy')).toBe('oljy');
  });

  it('finds Äänekoski by "aane", "ääne", "ÄÄNE" and "koski"', () => {
    const key = searchKey('Äänekosken kaupunki', 'Äänekoski');
    for (const q of ['aane', 'ääne', 'ÄÄNE', 'koski', 'kaupunki aane']) expect(matchesSearch(key, q), q).toBe(true);
    expect(matchesSearch(key, 'vaasa')).toBe(false);
  });

  it('matches every row for an empty query and needs every word', () => {
    const key = searchKey('Prizztech Oy', 'Pori');
    expect(matchesSearch(key, '  ')).toBe(true);
    expect(matchesSearch(key, 'prizz pori')).toBe(true);
    expect(matchesSearch(key, 'prizz rauma')).toBe(false);
  });

  it('does not join words across the texts of a row', () => {
    expect(matchesSearch(searchKey('Kotka', 'Hamina'), 'kotkahamina')).toBe(false);
  });
});
