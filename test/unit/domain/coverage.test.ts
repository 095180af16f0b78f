import { describe, expect, it } from 'vitest';
import { networkScopes } from '../../../shared/schemas/enums';
import { coverageMatrix, isInternational, levelOfRank, levelRank, networkCoverage, quarters } from '../../../shared/domain/coverage';

const sectors = [
  { id: 's1', name: 'Biotalous' },
  { id: 's2', name: 'Logistiikka' },
];

describe('coverageMatrix', () => {
  const rows = [
    { sectorId: 's1', helix: 'business' as const, level: 'informed' as const, count: 2 },
    { sectorId: 's1', helix: 'business' as const, level: 'leading' as const, count: 1 },
    { sectorId: 's1', helix: 'academia' as const, level: 'aware' as const, count: 1 },
    { sectorId: 's1', helix: 'public' as const, level: 'involved' as const, count: 1 },
    { sectorId: 's1', helix: 'civil' as const, level: 'consulted' as const, count: 4 },
    { sectorId: 's2', helix: 'business' as const, level: 'committed' as const, count: 3 },
  ];
  const m = coverageMatrix(sectors, ['business', 'academia', 'public', 'civil'], rows);

  it('counts each cell and keeps its deepest level', () => {
    expect(m.cells.find((c) => c.sectorId === 's1' && c.helix === 'business')).toEqual({ sectorId: 's1', helix: 'business', count: 3, topLevel: 'leading' });
    expect(m.cells).toHaveLength(8);
  });

  it('names every empty cell as a gap, in sector then helix order', () => {
    expect(m.gaps).toEqual([
      { sectorId: 's2', sectorName: 'Logistiikka', helix: 'academia' },
      { sectorId: 's2', sectorName: 'Logistiikka', helix: 'public' },
      { sectorId: 's2', sectorName: 'Logistiikka', helix: 'civil' },
    ]);
    expect(m.cells.find((c) => c.sectorId === 's2' && c.helix === 'civil')).toMatchObject({ count: 0, topLevel: null });
    expect(m.completeSectors).toBe(1);
  });

  it('gives the level distribution per sector', () => {
    expect(m.levels[0]).toEqual({ sectorId: 's1', total: 9, counts: { aware: 1, informed: 2, consulted: 4, involved: 1, committed: 0, leading: 1 } });
    expect(m.levels[1]!.total).toBe(3);
  });

  it('with one helix chosen, looks at that column only', () => {
    const civil = coverageMatrix(sectors, ['civil'], rows);
    expect(civil.cells).toHaveLength(2);
    expect(civil.gaps.map((g) => g.sectorName)).toEqual(['Logistiikka']);
    expect(civil.levels[0]!.total).toBe(4);
  });
});

describe('networkCoverage', () => {
  it('names the sectors with no EU or global network', () => {
    const n = networkCoverage(sectors, [
      { sectorId: 's1', scope: 'global', count: 1 },
      { sectorId: 's2', scope: 'national', count: 2 },
      { sectorId: 's2', scope: 'regional', count: 1 },
    ]);
    expect(n.withoutInternational).toEqual([{ id: 's2', name: 'Logistiikka' }]);
    expect(n.cells).toHaveLength(8);
    expect(n.cells.find((c) => c.sectorId === 's2' && c.scope === 'national')!.count).toBe(2);
  });
  it('counts EU and global as international', () => {
    expect(networkScopes.filter(isInternational)).toEqual(['eu', 'global']);
  });
});

describe('levels and quarters', () => {
  it('ranks levels from aware (1) to leading (6)', () => {
    expect(levelRank('aware')).toBe(1);
    expect(levelRank('leading')).toBe(6);
    expect(levelOfRank(4)).toBe('involved');
    expect(levelOfRank(0)).toBeNull();
  });
  it('lists quarters up to the one containing today', () => {
    expect(quarters(2021, 2027, '2021-08-15')).toEqual([
      { quarter: '2021-Q1', end: '2021-03-31' },
      { quarter: '2021-Q2', end: '2021-06-30' },
      { quarter: '2021-Q3', end: '2021-09-30' },
    ]);
    expect(quarters(2021, 2022, '2030-01-01')).toHaveLength(8);
    expect(quarters(2021, 2027, '2020-05-01')).toEqual([]);
  });
});
