import { describe, expect, it } from 'vitest';
import { derivedStatus } from '../../../shared/domain/action-status';
import type { ActionStatus } from '../../../shared/schemas/enums';
import { inclusiveDays, indicatorStatus, isOverdue, pathValue, statusBySector, yearShares, INDICATOR_TOLERANCE } from '../../../shared/domain/progress';

describe('late actions and overdue milestones (today passed in)', () => {
  const today = '2026-11-23';
  const effectiveStatus = (status: ActionStatus, endDate: string | null, day: string) => derivedStatus({ status, endDate }, day);
  it('calls an action late when its status says so or it is past its end and not finished', () => {
    expect(effectiveStatus('late', '2027-01-01', today)).toBe('late');
    expect(effectiveStatus('running', '2026-11-22', today)).toBe('late');
    expect(effectiveStatus('planned', '2026-01-01', today)).toBe('late');
    expect(effectiveStatus('running', '2026-11-23', today)).toBe('running');
    expect(effectiveStatus('completed', '2020-01-01', today)).toBe('completed');
    expect(effectiveStatus('cancelled', '2020-01-01', today)).toBe('cancelled');
    expect(effectiveStatus('running', null, today)).toBe('running');
  });
  it('calls a milestone overdue when not done, due before today, and its action not cancelled', () => {
    expect(isOverdue({ dueDate: '2026-11-22', doneDate: null }, 'running', today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-11-23', doneDate: null }, 'running', today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', doneDate: '2026-02-01' }, 'running', today)).toBe(false);
    expect(isOverdue({ dueDate: '2022-03-31', doneDate: null }, 'cancelled', today)).toBe(false);
  });
});

describe('money over years, pro rata by days', () => {
  it('counts both ends', () => {
    expect(inclusiveDays('2024-01-01', '2024-12-31')).toBe(366);
    expect(inclusiveDays('2024-02-01', '2024-01-01')).toBe(0);
  });
  it('splits 1.7.2024–30.6.2025 as 184/365 and 181/365', () => {
    const s = yearShares('2024-07-01', '2025-06-30', [2023, 2024, 2025, 2026]);
    expect([...s.keys()]).toEqual([2024, 2025]);
    expect(s.get(2024)).toBeCloseTo(184 / 365, 12);
    expect(s.get(2025)).toBeCloseTo(181 / 365, 12);
  });
  it('gives the years asked for only', () => {
    const s = yearShares('2021-06-01', '2027-12-31', [2024]);
    expect(s.get(2024)).toBeCloseTo(366 / inclusiveDays('2021-06-01', '2027-12-31'), 12);
  });
});

describe('indicator status against the straight path', () => {
  const plan = { baselineValue: 0, baselineYear: 2020, targetValue: 100, targetYear: 2030 };
  it('runs the path from the end of the baseline year to the end of the target year, clamped', () => {
    expect(pathValue(plan, '2020-12-31')).toBe(0);
    expect(pathValue(plan, '2030-12-31')).toBe(100);
    expect(pathValue(plan, '2019-01-01')).toBe(0);
    expect(pathValue(plan, '2035-01-01')).toBe(100);
    expect(pathValue(plan, '2025-12-31')).toBeCloseTo(50, 1);
    expect(pathValue({ ...plan, targetValue: null }, '2025-01-01')).toBeNull();
  });
  it('is on track within the tolerance, ahead or behind beyond it', () => {
    expect(INDICATOR_TOLERANCE).toBe(0.2);
    const at = (value: number) => indicatorStatus(plan, { value, date: '2025-12-31' }).status;
    expect(at(50)).toBe('onTrack');
    expect(at(69)).toBe('onTrack');
    expect(at(71)).toBe('ahead');
    expect(at(31)).toBe('onTrack');
    expect(at(29)).toBe('behind');
  });
  it('works for falling targets', () => {
    const falling = { baselineValue: 100, baselineYear: 2020, targetValue: 0, targetYear: 2030 };
    expect(indicatorStatus(falling, { value: 20, date: '2025-12-31' }).status).toBe('ahead');
    expect(indicatorStatus(falling, { value: 80, date: '2025-12-31' }).status).toBe('behind');
  });
  it('has no status without a measurement, baseline or target', () => {
    expect(indicatorStatus(plan, null)).toEqual({ status: 'noData', expected: null });
    expect(indicatorStatus({ ...plan, baselineValue: null }, { value: 1, date: '2025-01-01' }).status).toBe('noData');
  });
});

describe('statusBySector', () => {
  it('pivots rows into one row per sector in the given order, no-sector last', () => {
    const out = statusBySector(['a', 'b'], [
      { sectorId: null, status: 'planned', count: 1 },
      { sectorId: 'b', status: 'late', count: 2 },
      { sectorId: 'a', status: 'running', count: 3 },
      { sectorId: 'a', status: 'late', count: 1 },
    ]);
    expect(out.map((r) => [r.sectorId, r.total])).toEqual([['a', 4], ['b', 2], [null, 1]]);
    expect(out[0]!.counts).toEqual({ planned: 0, running: 3, completed: 0, late: 1, cancelled: 0 });
  });
  it('leaves out the no-sector row when it is empty', () => {
    expect(statusBySector(['a'], []).map((r) => r.sectorId)).toEqual(['a']);
  });
});
