import { describe, expect, it } from 'vitest';
import { compareNames, editDistance, likelyDuplicates, nameKey } from '../../../shared/domain/duplicates';

describe('stakeholder duplicate detection', () => {
  it('reduces a name to its comparable core', () => {
    expect(nameKey('Prizztech Oy')).toBe('prizztech');
    expect(nameKey('  PRIZZTECH  OYJ. ')).toBe('prizztech');
    expect(nameKey('Kymenlaakson Kylät ry')).toBe('kymenlaakson kylat');
    expect(nameKey('Åbo Akademi Ab')).toBe('abo akademi');
    expect(nameKey('Cursor Oy (Kotka)')).toBe('cursor kotka');
  });

  it('calls "Prizztech Oy" and "Prizztech" the same, and a typo similar', () => {
    expect(compareNames('Prizztech Oy', 'Prizztech')).toBe('same');
    expect(compareNames('prizztech', 'PRIZZTECH OY')).toBe('same');
    expect(compareNames('Business Tampere', 'BusinessTampere Oy')).toBe('same');
    expect(compareNames('Prizztch', 'Prizztech Oy')).toBe('similar');
    expect(compareNames('Kaakkois-Suomen ammattikorkeakoulu', 'Kaakkois Suomen ammattikorkeakoulu Oy')).toBe('same');
  });

  it('does not confuse different organisations', () => {
    expect(compareNames('Kotkan kaupunki', 'Kotkan satama')).toBeNull();
    expect(compareNames('Salo', 'Sala')).toBeNull();
    expect(compareNames('Oy', 'Ab')).toBeNull();
    expect(compareNames('Kotkan kaupunki', 'Haminan kaupunki')).toBeNull();
  });

  it('lists exact matches first', () => {
    const found = likelyDuplicates('Prizztech', [
      { id: '1', name: 'Prizztch Oy' },
      { id: '2', name: 'Cursor Oy' },
      { id: '3', name: 'Prizztech Oy' },
    ]);
    expect(found.map((f) => [f.id, f.match])).toEqual([
      ['3', 'same'],
      ['1', 'similar'],
    ]);
  });

  it('measures edit distance with an early stop', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
});
