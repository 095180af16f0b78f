import { describe, expect, it } from 'vitest';
import {
  compareText,
  formatCents,
  formatCount,
  formatDate,
  formatEuros,
  formatNumber,
  formatPercent,
  formatPeriod,
  intlLocale,
  sortByText,
} from '../../shared/domain/format';

// Intl uses no-break spaces (U+00A0, U+202F) in Finnish; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('maps UI languages to Intl locales', () => {
    expect(intlLocale('fi')).toBe('fi-FI');
    expect(intlLocale('en')).toBe('en-GB');
  });

  it('formats euros by locale', () => {
    expect(plain(formatEuros(1234.5, 'fi'))).toBe('1 234,5 €');
    expect(formatEuros(1234.5, 'en')).toBe('€1,234.5');
    expect(plain(formatCents(12881000, 'fi', 0))).toBe('128 810 €');
    expect(formatCents(12881000, 'en', 0)).toBe('€128,810');
    expect(formatCents(1999, 'en')).toBe('€19.99');
  });

  it('formats numbers and counts', () => {
    expect(plain(formatNumber(1234.5, 'fi'))).toBe('1 234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(plain(formatCount(5000, 'fi'))).toBe('5 000');
    expect(formatCount(5000, 'en')).toBe('5,000');
  });

  it('formats percentages', () => {
    expect(plain(formatPercent(0.42, 'fi'))).toBe('42 %');
    expect(formatPercent(0.42, 'en')).toBe('42%');
  });

  it('formats plan dates without time-zone drift', () => {
    expect(formatDate('2025-03-01', 'fi')).toBe('1.3.2025');
    expect(formatDate('2025-03-01', 'en')).toBe('1 Mar 2025');
    expect(formatDate('2023-12-31', 'fi')).toBe('31.12.2023');
    expect(formatDate(null, 'fi')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('formats a period with an en dash', () => {
    expect(formatPeriod(2021, 2027)).toBe('2021–2027');
  });

  it('sorts Finnish correctly: å ä ö after z, case and numbers natural', () => {
    const names = ['Öljy', 'Ääni', 'Zeta', 'alfa', 'Åbo', 'Beta 10', 'Beta 9'];
    expect(sortByText(names, (s) => s, 'fi')).toEqual(['alfa', 'Beta 9', 'Beta 10', 'Zeta', 'Åbo', 'Ääni', 'Öljy']);
    expect(compareText('ä', 'z', 'fi')).toBeGreaterThan(0);
    expect(compareText('ä', 'z', 'en')).toBeLessThan(0);
  });
});
