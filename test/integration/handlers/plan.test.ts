import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';

eachSeededPlan();

describe('plan.update', () => {
  it('changes name, region, period, vision and languages as one undo step', async () => {
    const plan = await t.call('plan.get', {});
    const updated = await expectUndoable(
      t,
      () => t.call('plan.update', { expectedUpdatedAt: plan.updatedAt, name: 'Kymenlaakson S3', periodEnd: 2028, vision: 'Kestävä kasvu', languages: ['fi', 'sv'] }),
      'plan.update',
    );
    expect(updated).toMatchObject({ name: 'Kymenlaakson S3', periodStart: 2021, periodEnd: 2028, vision: 'Kestävä kasvu', languages: ['fi', 'sv'] });
  });

  it('checks the period against what is stored, and refuses bad values and conflicts', async () => {
    const plan = await t.call('plan.get', {});
    const v = { expectedUpdatedAt: plan.updatedAt };
    expect(issuesOf(await expectRefused(t, 'plan.update', { ...v, periodEnd: 2020 }))).toEqual(['periodEnd:periodEndBeforeStart']);
    expect(issuesOf(await expectRefused(t, 'plan.update', { ...v, languages: [], region: '' }))).toEqual(['region:too_small', 'languages:too_small']);
    expect(issuesOf(await expectRefused(t, 'plan.update', { ...v, languages: ['de'] }))).toEqual(['languages.0:invalid_value']);
    expect(await expectRefused(t, 'plan.update', { expectedUpdatedAt: 'stale', name: 'X' })).toEqual({ kind: 'conflict', entity: 'plan', id: plan.id });
  });
});

describe('funding sources', () => {
  it('fundingSource.create adds a custom source last; update renames it and takes built-in ones out of use', async () => {
    const custom = await expectUndoable(t, () => t.call('fundingSource.create', { name: 'Kotkan kaupungin elinvoimarahasto' }), 'fundingSource.create');
    expect(custom).toMatchObject({ kind: 'custom', inUse: true });
    expect((await t.call('fundingSource.list', {})).at(-1)?.id).toBe(custom.id);
    const renamed = await expectUndoable(t, () => t.call('fundingSource.update', { id: custom.id, expectedUpdatedAt: custom.updatedAt, name: 'Elinvoimarahasto' }), 'fundingSource.rename');
    expect(renamed.name).toBe('Elinvoimarahasto');
    const unused = await expectUndoable(t, () => t.call('fundingSource.update', { id: s.erdf.id, expectedUpdatedAt: s.erdf.updatedAt, inUse: false, sortOrder: 20 }));
    expect(unused).toMatchObject({ inUse: false, sortOrder: 20 });
  });

  it('refuses a name for a built-in source, bad values, unknown ids and conflicts', async () => {
    expect(issuesOf(await expectRefused(t, 'fundingSource.update', { id: s.erdf.id, expectedUpdatedAt: s.erdf.updatedAt, name: 'EAKR' }))).toEqual(['name:builtInFundingSourceName']);
    expect(issuesOf(await expectRefused(t, 'fundingSource.update', { id: s.erdf.id, expectedUpdatedAt: s.erdf.updatedAt, sortOrder: -1, inUse: 'yes' }))).toEqual([
      'inUse:invalid_type',
      'sortOrder:too_small',
    ]);
    expect(issuesOf(await expectRefused(t, 'fundingSource.create', { name: '' }))).toEqual(['name:too_small']);
    expect(await expectRefused(t, 'fundingSource.update', { id: missingId, expectedUpdatedAt: 'x', inUse: true })).toEqual({ kind: 'notFound', entity: 'fundingSource', id: missingId });
    expect(await expectRefused(t, 'fundingSource.update', { id: s.erdf.id, expectedUpdatedAt: 'stale', inUse: false })).toMatchObject({ kind: 'conflict' });
  });

  it('fundingSource.delete removes an unused custom source; refuses built-in ones and those funding lines use', async () => {
    const custom = await t.call('fundingSource.create', { name: 'Säätiö' });
    await expectUndoable(t, () => t.call('fundingSource.delete', { id: custom.id }));
    expect(issuesOf(await expectRefused(t, 'fundingSource.delete', { id: s.akke.id }))).toEqual(['id:builtInFundingSource']);
    const used = await t.call('fundingSource.create', { name: 'Yksityinen säätiö' });
    const line = (await t.call('action.get', { id: s.action.id })).fundingLines[0]!;
    await t.call('action.update', { id: s.action.id, expectedUpdatedAt: s.action.updatedAt, fundingLines: [{ id: line.id, fundingSourceId: used.id, plannedCents: line.plannedCents, committedCents: line.committedCents, spentCents: line.spentCents }] });
    expect(await t.call('plan.impact', { entity: 'fundingSource', id: used.id })).toMatchObject({ effects: [{ what: 'fundingLine', effect: 'blocks', count: 1 }] });
    const error = await expectRefused(t, 'fundingSource.delete', { id: used.id });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'id', code: 'custom', params: { message: 'fundingSourceInUse', fundingLines: 1 } }] });
    expect(await expectRefused(t, 'fundingSource.delete', { id: missingId })).toMatchObject({ kind: 'notFound' });
  });
});

describe('plan.impact', () => {
  it('answers notFound for an unknown thing and refuses an unknown entity', async () => {
    expect(await t.fails('plan.impact', { entity: 'sector', id: missingId })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
    expect(issuesOf(await t.fails('plan.impact', { entity: 'plan', id: missingId }))).toEqual(['entity:invalid_value']);
  });

  it('is empty for a thing nothing depends on', async () => {
    const lonely = await t.call('sector.create', { name: 'Uusi' });
    expect(await t.call('plan.impact', { entity: 'sector', id: lonely.id })).toEqual({ entity: 'sector', id: lonely.id, effects: [] });
    const [m] = (await t.call('indicator.get', { id: s.indicator.id })).measurements;
    expect((await t.call('plan.impact', { entity: 'measurement', id: m!.id })).effects).toEqual([]);
  });
});
