import { describe, expect, it } from 'vitest';
import { actionMatches, runsInYear, stakeholderMatches, workshopMatches } from '../../../shared/domain/list-filters';
import type { ActionRow } from '../../../shared/schemas/action';
import type { StakeholderRow } from '../../../shared/schemas/stakeholder';
import type { WorkshopRow } from '../../../shared/schemas/workshop';

const stakeholder = {
  helix: 'business',
  engagements: [{ sectorId: 's1', level: 'involved', changedOn: '2024-01-01' }],
  networkIds: ['n1'],
} as StakeholderRow;
const action = { status: 'running', derivedStatus: 'running', sectorIds: ['s1'], networkIds: [], startDate: '2022-03-01', endDate: '2023-12-31' } as unknown as ActionRow;

describe('list filters', () => {
  it('filters stakeholders by sector, helix and network', () => {
    expect(stakeholderMatches(stakeholder, {})).toBe(true);
    expect(stakeholderMatches(stakeholder, { sectorId: 's1', helix: 'business', networkId: 'n1' })).toBe(true);
    expect(stakeholderMatches(stakeholder, { helix: 'civil' })).toBe(false);
    expect(stakeholderMatches(stakeholder, { networkId: 'n2' })).toBe(false);
  });

  it('filters actions by status and the years they run in', () => {
    expect(actionMatches(action, { status: 'running', year: 2023 })).toBe(true);
    expect(actionMatches(action, { year: 2024 })).toBe(false);
    expect(actionMatches(action, { networkId: 'n1' })).toBe(false);
    expect(runsInYear({ startDate: '2021-01-01', endDate: null }, 2030)).toBe(true);
    // The filter reads the derived status (one "late"), not the typed one.
    const ended = { ...action, derivedStatus: 'late' } as ActionRow;
    expect(actionMatches(ended, { status: 'late' })).toBe(true);
    expect(actionMatches(ended, { status: 'running' })).toBe(false);
    expect(runsInYear({ startDate: null, endDate: null }, 2022)).toBe(false);
  });

  it('filters workshops by the year they were held', () => {
    const w = { heldOn: '2022-05-04', sectorIds: [] } as unknown as WorkshopRow;
    expect(workshopMatches(w, { year: 2022 })).toBe(true);
    expect(workshopMatches(w, { year: 2023, sectorId: 'x' })).toBe(false);
  });
});
