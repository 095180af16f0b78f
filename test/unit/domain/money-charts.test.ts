import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { moneyCharts, type MoneyLine } from '../../../shared/domain/money-charts';
import { range, yearShares } from '../../../shared/domain/progress';
import { engagedGroups, largestActions } from '../../../shared/report/model';

const years = range(2021, 2027);
const all = { sectorIds: null, fromDate: null, toDate: null, years };
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/** Random actions (dated inside the period or not at all), each with one to three funding lines. */
const linesArb = fc
  .array(
    fc.record({
      start: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
      length: fc.integer({ min: 0, max: 900 }),
      sectors: fc.subarray(['s1', 's2', 's3']),
      lines: fc.array(fc.record({ source: fc.constantFrom('erdf', 'esf', 'own'), planned: fc.integer({ min: 0, max: 10_000_000 }) }), { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 30 },
  )
  .map((actions) =>
    actions.flatMap((a, i) => {
      const day = (n: number) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
      const start = a.start === null ? null : day(a.start);
      const end = a.start === null ? null : day(Math.min(a.start + a.length, 2555));
      return a.lines.map((l): MoneyLine => [`a${i}`, start, end, l.source, l.planned, 0, 0, a.sectors.join(',') || null]);
    }),
  );

describe('the Dashboard money charts', () => {
  test.prop([linesArb])('carry every cent once, by source, by sector and (for dated actions) by year', (lines) => {
    const m = moneyCharts(lines, all);
    const total = sum(lines.map((l) => l[4]));
    expect(sum([...m.bySource.values()].map((x) => x.planned))).toBeCloseTo(total, 2);
    expect(sum([...m.bySector.values()].map((x) => x.planned))).toBeCloseTo(total, 2);
    const dated = sum(lines.filter((l) => l[1] !== null).map((l) => l[4]));
    expect(sum([...m.byYear.values()].map((x) => x.planned))).toBeCloseTo(dated, 2);
  });

  test.prop([linesArb])('spread each line over the years pro rata by days, as yearShares() does', (lines) => {
    const m = moneyCharts(lines, all);
    for (const y of years) {
      let expected = 0;
      for (const [, s, e, , p] of lines) if (s && e) expected += p * (yearShares(s, e, [y]).get(y) ?? 0);
      expect(m.byYear.get(y)?.planned ?? 0).toBeCloseTo(expected, 2);
    }
  });

  it('splits an action between its sectors, and counts only the chosen ones when sectors are chosen', () => {
    const lines: MoneyLine[] = [
      ['a', '2024-01-01', '2024-12-31', 'erdf', 900, 600, 300, 's1,s2,s3'],
      ['b', null, null, 'own', 100, 0, 0, null],
    ];
    const m = moneyCharts(lines, all);
    expect(m.bySector.get('s1')).toEqual({ planned: 300, committed: 200, spent: 100 });
    expect(m.bySector.get(null)?.planned).toBe(100);
    const chosen = moneyCharts(lines, { ...all, sectorIds: ['s1', 's2'] });
    expect(chosen.bySource.get('erdf')?.planned).toBe(600);
    expect([...chosen.bySector.keys()]).toEqual(['s1', 's2']);
  });

  it('keeps the share of an action inside the period filter, and nothing of an undated one', () => {
    const lines: MoneyLine[] = [
      ['a', '2024-07-01', '2025-06-30', 'erdf', 36_500, 0, 0, 's1'],
      ['b', null, null, 'erdf', 1_000, 0, 0, 's1'],
    ];
    const m = moneyCharts(lines, { ...all, fromDate: '2024-01-01', toDate: '2024-12-31', years: [2024] });
    expect(m.bySource.get('erdf')?.planned).toBeCloseTo((36_500 * 184) / 365, 6);
    expect(m.byYear.get(2024)?.bySource.get('erdf')).toBeCloseTo((36_500 * 184) / 365, 6);
  });
});

describe('a long sector chapter of the report', () => {
  it('groups stakeholders by helix and level, keeping their order', () => {
    const x = (helix: string, level: string, name: string) => ({ level, stakeholder: { helix, name } });
    expect(engagedGroups([x('business', 'leading', 'A'), x('business', 'leading', 'B'), x('business', 'aware', 'C'), x('academia', 'leading', 'D')])).toEqual([
      { helix: 'business', level: 'leading', names: ['A', 'B'] },
      { helix: 'business', level: 'aware', names: ['C'] },
      { helix: 'academia', level: 'leading', names: ['D'] },
    ]);
  });

  it('shows the actions with most planned money first, ties by title', () => {
    const acts = [
      { id: '1', title: 'Ö', p: 5 },
      { id: '2', title: 'B', p: 9 },
      { id: '3', title: 'A', p: 5 },
    ];
    expect(largestActions(acts, (a) => a.p, 2, 'fi').map((a) => a.id)).toEqual(['2', '3']);
  });
});
