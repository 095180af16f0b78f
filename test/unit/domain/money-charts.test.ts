import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { moneyCharts, type MoneyLine } from '../../../shared/domain/money-charts';
import { range } from '../../../shared/domain/progress';
import { engagedGroups, largestActions } from '../../../shared/report/model';

const years = range(2021, 2027);
const all = { sectorIds: null, fromYear: null, toYear: null, years };
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/** Random actions, each with one to three funding lines in a year of the period or just outside it, some estimated. */
const linesArb = fc
  .array(
    fc.record({
      sectors: fc.subarray(['s1', 's2', 's3']),
      lines: fc.array(
        fc.record({ source: fc.constantFrom('erdf', 'esf', 'own'), year: fc.integer({ min: 2019, max: 2029 }), estimated: fc.constantFrom(0, 1), planned: fc.integer({ min: 0, max: 10_000_000 }) }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { maxLength: 30 },
  )
  .map((actions) => actions.flatMap((a, i) => a.lines.map((l): MoneyLine => [`a${i}`, l.year, l.estimated, l.source, l.planned, 0, 0, a.sectors.join(',') || null])));

describe('the Dashboard money charts', () => {
  test.prop([linesArb])('carry every cent once, by source, by sector and (for the years shown) by year', (lines) => {
    const m = moneyCharts(lines, all);
    const total = sum(lines.map((l) => l[4]));
    expect(sum([...m.bySource.values()].map((x) => x.planned))).toBeCloseTo(total, 2);
    expect(sum([...m.bySector.values()].map((x) => x.planned))).toBeCloseTo(total, 2);
    const shown = sum(lines.filter((l) => years.includes(l[1])).map((l) => l[4]));
    expect(sum([...m.byYear.values()].map((x) => x.planned))).toBeCloseTo(shown, 2);
  });

  test.prop([linesArb])('put each line in its recorded year, its estimated part beside it', (lines) => {
    const m = moneyCharts(lines, all);
    for (const y of years) {
      const inYear = lines.filter((l) => l[1] === y);
      expect(m.byYear.get(y)?.planned ?? 0).toBe(sum(inYear.map((l) => l[4])));
      expect(m.byYear.get(y)?.estimated.planned ?? 0).toBe(sum(inYear.filter((l) => l[2] === 1).map((l) => l[4])));
    }
  });

  it('splits an action between its sectors, and counts only the chosen ones when sectors are chosen', () => {
    const lines: MoneyLine[] = [
      ['a', 2024, 0, 'erdf', 900, 600, 300, 's1,s2,s3'],
      ['b', 2021, 1, 'own', 100, 0, 0, null],
    ];
    const m = moneyCharts(lines, all);
    expect(m.bySector.get('s1')).toEqual({ planned: 300, committed: 200, spent: 100 });
    expect(m.bySector.get(null)?.planned).toBe(100);
    const chosen = moneyCharts(lines, { ...all, sectorIds: ['s1', 's2'] });
    expect(chosen.bySource.get('erdf')?.planned).toBe(600);
    expect(chosen.byYear.get(2024)?.planned).toBe(600);
    expect([...chosen.bySector.keys()]).toEqual(['s1', 's2']);
  });

  it('with a period filter keeps the lines of its years only', () => {
    const lines: MoneyLine[] = [
      ['a', 2024, 0, 'erdf', 18_400, 0, 0, 's1'],
      ['a', 2025, 0, 'erdf', 18_100, 0, 0, 's1'],
      ['b', 2021, 1, 'erdf', 1_000, 0, 0, 's1'],
    ];
    const m = moneyCharts(lines, { ...all, fromYear: 2024, toYear: 2024, years: [2024] });
    expect(m.bySource.get('erdf')?.planned).toBe(18_400);
    expect(m.bySector.get('s1')?.planned).toBe(18_400);
    expect([...m.byYear.keys()]).toEqual([2024]);
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
