import { describe, expect, it } from 'vitest';
import { dump, eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t, undoDepth } from './helpers';

eachSeededPlan();

describe('sector channels', () => {
  it('sector.get shows the relations both ways', async () => {
    const detail = await t.call('sector.get', { id: s.bio.id });
    expect(detail.name).toBe('Biotalous');
    expect(detail.engagements.map((e) => [e.stakeholder.name, e.level])).toEqual([
      ['Kaakkois-Suomen ammattikorkeakoulu', 'involved'],
      ['Kotkan kaupunki', 'leading'],
      ['Kymenlaakson Kylät ry', 'aware'],
      ['Prizztech Oy', 'committed'],
    ]);
    expect(detail.networks.map((n) => n.name)).toEqual(['TEKEL']);
    expect(detail.actions.map((a) => a.title)).toEqual(['SIXNET']);
    expect(detail.indicators.map((i) => i.name)).toEqual(['Yritysten TKI-hankkeet']);
    expect(detail.workshops.map((w) => w.title)).toEqual(['Biotalouden työpaja']);
    expect(await t.fails('sector.get', { id: missingId })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
  });

  it('sector.update renames as its own undo step, and describes and classifies', async () => {
    const renamed = await expectUndoable(t, () => t.call('sector.update', { id: s.bio.id, expectedUpdatedAt: s.bio.updatedAt, name: 'Bio- ja kiertotalous' }), 'sector.rename');
    expect(renamed.name).toBe('Bio- ja kiertotalous');
    expect(renamed.updatedAt > s.bio.updatedAt).toBe(true);
    const described = await expectUndoable(
      t,
      () => t.call('sector.update', { id: s.bio.id, expectedUpdatedAt: renamed.updatedAt, description: 'Metsä', naceCodes: 'A02, C16' }),
      'sector.update',
    );
    expect(described).toMatchObject({ name: 'Bio- ja kiertotalous', description: 'Metsä', naceCodes: 'A02, C16' });
  });

  it('sector.update refuses bad input with field paths, and changes nothing', async () => {
    const error = await expectRefused(t, 'sector.update', { id: s.bio.id, expectedUpdatedAt: s.bio.updatedAt, name: 'x'.repeat(10_000), naceCodes: 'y'.repeat(101) });
    expect(issuesOf(error)).toEqual(['name:too_big', 'naceCodes:too_big']);
    expect(issuesOf(await expectRefused(t, 'sector.update', { id: s.bio.id, expectedUpdatedAt: s.bio.updatedAt, name: '  ' }))).toEqual(['name:too_small']);
  });

  it('sector.update answers notFound and conflict, writing nothing and recording no step', async () => {
    expect(await expectRefused(t, 'sector.update', { id: missingId, expectedUpdatedAt: 'x', name: 'A' })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
    const first = await t.call('sector.update', { id: s.bio.id, expectedUpdatedAt: s.bio.updatedAt, name: 'Ensimmäinen' });
    // A second window still holds the old updatedAt.
    expect(await expectRefused(t, 'sector.update', { id: s.bio.id, expectedUpdatedAt: s.bio.updatedAt, name: 'Toinen' })).toEqual({
      kind: 'conflict',
      entity: 'sector',
      id: s.bio.id,
    });
    expect((await t.call('sector.get', { id: s.bio.id })).name).toBe(first.name);
  });

  it('an update that changes nothing records no step', async () => {
    const depth = await undoDepth(t);
    const before = dump(t);
    await t.call('sector.update', { id: s.bio.id, expectedUpdatedAt: s.bio.updatedAt, name: 'Biotalous' });
    expect(dump(t)).toEqual(before);
    expect(await undoDepth(t)).toBe(depth);
  });

  it('sector.reorder puts the given sectors first, and undoes', async () => {
    const third = await t.call('sector.create', { name: 'Digitalisaatio' });
    const rows = await expectUndoable(t, () => t.call('sector.reorder', { ids: [third.id, s.bio.id] }));
    expect(rows.map((r) => r.name)).toEqual(['Digitalisaatio', 'Biotalous', 'Logistiikka']);
    expect(issuesOf(await expectRefused(t, 'sector.reorder', { ids: [] }))).toEqual(['ids:too_small']);
    expect(await expectRefused(t, 'sector.reorder', { ids: [missingId] })).toMatchObject({ kind: 'notFound', id: missingId });
  });

  it('sector.archive hides a sector from the list; unarchive brings it back', async () => {
    const archived = await expectUndoable(t, () => t.call('sector.archive', { id: s.logistics.id, expectedUpdatedAt: s.logistics.updatedAt }));
    expect(archived.archived).toBe(true);
    expect((await t.call('sector.list', {})).map((r) => r.name)).toEqual(['Biotalous']);
    expect((await t.call('sector.list', { includeArchived: true })).length).toBe(2);
    expect(await expectRefused(t, 'sector.unarchive', { id: s.logistics.id, expectedUpdatedAt: s.logistics.updatedAt })).toMatchObject({ kind: 'conflict' });
    const back = await expectUndoable(t, () => t.call('sector.unarchive', { id: s.logistics.id, expectedUpdatedAt: archived.updatedAt }));
    expect(back.archived).toBe(false);
    expect(await expectRefused(t, 'sector.archive', { id: missingId, expectedUpdatedAt: 'x' })).toMatchObject({ kind: 'notFound' });
  });

  it('sector.delete takes engagements, links, indicators and measurements with it; undo restores every row', async () => {
    const impact = await t.call('plan.impact', { entity: 'sector', id: s.bio.id });
    expect(impact.effects).toEqual([
      { what: 'engagement', effect: 'removes', count: 4 },
      { what: 'engagementChange', effect: 'removes', count: 4 },
      { what: 'indicator', effect: 'removes', count: 1 },
      { what: 'measurement', effect: 'removes', count: 3 },
      { what: 'networkLink', effect: 'unlinks', count: 1 },
      { what: 'actionLink', effect: 'unlinks', count: 1 },
      { what: 'workshopLink', effect: 'unlinks', count: 1 },
    ]);
    await expectUndoable(t, () => t.call('sector.delete', { id: s.bio.id }), 'sector.delete');
    await t.call('history.undo', {});
    expect((await t.call('sector.get', { id: s.bio.id })).engagements).toHaveLength(4);
    expect(await expectRefused(t, 'sector.delete', { id: missingId })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
  });
});
