import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { allowedYears, singleYear, spreadCents, spreadLine, stillEstimated } from '../../../shared/domain/funding-years';
import { range, yearShares } from '../../../shared/domain/progress';

const day = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);
const datesArb = fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 3000 })).map(([s, len]) => [day(s), day(s + len)] as const);

describe('funding by year', () => {
  test.prop([fc.integer({ min: 0, max: 1_000_000_000_000 }), datesArb])('spreads whole cents over the action years: the parts add up to the total exactly, each within a cent of the pro-rata share but the last', (cents, [start, end]) => {
    const parts = spreadCents(cents, start, end, 2021);
    expect(parts.reduce((n, [, c]) => n + c, 0)).toBe(cents);
    const years = range(Number(start.slice(0, 4)), Number(end.slice(0, 4)));
    expect(parts.map(([y]) => y)).toEqual(years);
    const shares = yearShares(start, end, years);
    parts.slice(0, -1).forEach(([y, c]) => {
      expect(Number.isInteger(c) && c >= 0).toBe(true);
      const exact = cents * shares.get(y)!;
      expect(c).toBeLessThanOrEqual(exact + 1e-6 * Math.max(1, exact));
      expect(c).toBeGreaterThan(exact - 1 - 1e-6 * Math.max(1, exact));
    });
  });

  it('puts money that cannot be spread in one year: the start year, else the end year, else the plan period first year', () => {
    expect(singleYear('2024-05-01', null, 2021)).toBe(2024);
    expect(singleYear(null, '2026-01-31', 2021)).toBe(2026);
    expect(singleYear(null, null, 2021)).toBe(2021);
    expect(spreadCents(500, null, null, 2021)).toEqual([[2021, 500]]);
  });

  it('keeps one row for a line without money, and drops years left empty by the spread', () => {
    expect(spreadLine({ plannedCents: 0, committedCents: 0, spentCents: 0 }, '2024-01-01', '2025-12-31', 2021)).toEqual([{ year: 2025, plannedCents: 0, committedCents: 0, spentCents: 0 }]);
    expect(spreadLine({ plannedCents: 1, committedCents: 0, spentCents: 0 }, '2024-01-01', '2026-12-31', 2021)).toEqual([{ year: 2026, plannedCents: 1, committedCents: 0, spentCents: 0 }]);
  });

  it('allows the plan period widened to the action own years; a year stays estimated only while its figures are unchanged', () => {
    expect(allowedYears({ periodStart: 2021, periodEnd: 2027 }, '2026-01-01', '2029-06-30')).toEqual({ from: 2021, to: 2029 });
    expect(allowedYears({ periodStart: 2021, periodEnd: 2027 }, null, null)).toEqual({ from: 2021, to: 2027 });
    const stored = { plannedCents: 10, committedCents: 5, spentCents: 0, estimated: true };
    expect(stillEstimated(stored, { plannedCents: 10, committedCents: 5, spentCents: 0 })).toBe(true);
    expect(stillEstimated(stored, { plannedCents: 10, committedCents: 5, spentCents: 1 })).toBe(false);
    expect(stillEstimated({ ...stored, estimated: false }, stored)).toBe(false);
    expect(stillEstimated(undefined, stored)).toBe(false);
  });
});
