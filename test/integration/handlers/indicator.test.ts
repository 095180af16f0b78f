import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';

eachSeededPlan();

describe('indicator channels', () => {
  it('indicator.create attaches to the plan, a sector or an action, never two', async () => {
    const onPlan = await expectUndoable(t, () => t.call('indicator.create', { name: 'TKI-menot', kind: 'result', unit: '% BKT' }));
    expect(onPlan).toMatchObject({ sectorId: null, actionId: null, baselineValue: null });
    expect(issuesOf(await expectRefused(t, 'indicator.create', { name: 'X', kind: 'output', sectorId: s.bio.id, actionId: s.action.id }))).toEqual(['actionId:attachedTwice']);
    expect(issuesOf(await expectRefused(t, 'indicator.create', { name: 'X', kind: 'impact', baselineYear: 1800, targetValue: 'many' }))).toEqual([
      'kind:invalid_value',
      'baselineYear:too_small',
      'targetValue:invalid_type',
    ]);
    expect(await expectRefused(t, 'indicator.create', { name: 'X', kind: 'output', sectorId: missingId })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
  });

  it('indicator.get shows what it is attached to and its measurements, oldest first', async () => {
    const detail = await t.call('indicator.get', { id: s.indicator.id });
    expect(detail.sector?.name).toBe('Biotalous');
    expect(detail.measurements.map((m) => m.value)).toEqual([4, 9, 14]);
    expect(await t.fails('indicator.get', { id: missingId })).toEqual({ kind: 'notFound', entity: 'indicator', id: missingId });
  });

  it('indicator.update checks attachment against what is stored, and conflicts', async () => {
    const v = { id: s.indicator.id, expectedUpdatedAt: s.indicator.updatedAt };
    expect(issuesOf(await expectRefused(t, 'indicator.update', { ...v, actionId: s.action.id }))).toEqual(['actionId:attachedTwice']);
    const moved = await expectUndoable(t, () => t.call('indicator.update', { ...v, sectorId: null, actionId: s.action.id, targetValue: 25 }));
    expect(moved).toMatchObject({ sectorId: null, actionId: s.action.id, targetValue: 25 });
    expect(await expectRefused(t, 'indicator.update', { ...v, unit: 'kpl' })).toEqual({ kind: 'conflict', entity: 'indicator', id: s.indicator.id });
    expect(await expectRefused(t, 'indicator.update', { ...v, id: missingId })).toMatchObject({ kind: 'notFound' });
  });

  it('indicator.delete removes its measurements; undo restores them', async () => {
    expect((await t.call('plan.impact', { entity: 'indicator', id: s.indicator.id })).effects).toEqual([{ what: 'measurement', effect: 'removes', count: 3 }]);
    await expectUndoable(t, () => t.call('indicator.delete', { id: s.indicator.id }));
    expect(await expectRefused(t, 'indicator.delete', { id: s.indicator.id })).toMatchObject({ kind: 'notFound' });
  });
});

describe('measurement channels', () => {
  it('measurement.add, update and delete, each one undo step', async () => {
    const added = await expectUndoable(t, () => t.call('measurement.add', { indicatorId: s.indicator.id, value: 17.5, measuredOn: '2025-06-30', source: 'Tilastokeskus' }), 'measurement.add');
    const updated = await expectUndoable(t, () => t.call('measurement.update', { id: added.id, expectedUpdatedAt: added.updatedAt, value: 18 }));
    expect(updated).toMatchObject({ value: 18, source: 'Tilastokeskus' });
    await expectUndoable(t, () => t.call('measurement.delete', { id: added.id }));
    // A measurement's changes leave its indicator's version alone.
    expect((await t.call('indicator.get', { id: s.indicator.id })).updatedAt).toBe(s.indicator.updatedAt);
  });

  it('refuses a measurement for a deleted or unknown indicator, writing nothing', async () => {
    await t.call('indicator.delete', { id: s.indicator.id });
    expect(await expectRefused(t, 'measurement.add', { indicatorId: s.indicator.id, value: 1, measuredOn: '2025-01-01' })).toEqual({
      kind: 'notFound',
      entity: 'indicator',
      id: s.indicator.id,
    });
    expect(await expectRefused(t, 'measurement.add', { indicatorId: missingId, value: 1, measuredOn: '2025-01-01' })).toMatchObject({ kind: 'notFound' });
  });

  it('refuses bad values, unknown measurements and conflicts', async () => {
    expect(issuesOf(await expectRefused(t, 'measurement.add', { indicatorId: s.indicator.id, value: 'ten', measuredOn: '2025-13-01' }))).toEqual([
      'value:invalid_type',
      'measuredOn:invalid_format',
    ]);
    const [first] = (await t.call('indicator.get', { id: s.indicator.id })).measurements;
    await t.call('measurement.update', { id: first!.id, expectedUpdatedAt: first!.updatedAt, source: 'Arvio' });
    expect(await expectRefused(t, 'measurement.update', { id: first!.id, expectedUpdatedAt: first!.updatedAt, value: 0 })).toMatchObject({ kind: 'conflict', entity: 'measurement' });
    expect(await expectRefused(t, 'measurement.update', { id: missingId, expectedUpdatedAt: 'x', value: 0 })).toMatchObject({ kind: 'notFound', entity: 'measurement' });
    expect(await expectRefused(t, 'measurement.delete', { id: missingId })).toMatchObject({ kind: 'notFound', entity: 'measurement' });
  });
});
