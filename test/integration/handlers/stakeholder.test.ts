import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { matchesSearch, searchKey, sortFinnish } from '../../../shared/domain/text';
import { limits } from '../../../shared/schemas/common';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t, undoDepth } from './helpers';

eachSeededPlan();

describe('stakeholder channels', () => {
  it('stakeholder.create adds one, as one undo step', async () => {
    const created = await expectUndoable(t, () =>
      t.call('stakeholder.create', { name: 'Äänekosken kaupunki', helix: 'public', type: 'municipality', municipality: 'Äänekoski', contactEmail: 'kirjaamo@aanekoski.fi' }),
    );
    expect(created).toMatchObject({ name: 'Äänekosken kaupunki', size: null, website: '', contactEmail: 'kirjaamo@aanekoski.fi' });
  });

  it('stakeholder.create refuses an unknown helix, a bad e-mail and a 10,000-character name', async () => {
    const error = await expectRefused(t, 'stakeholder.create', { name: 'x'.repeat(10_000), helix: 'industry', type: 'sme', contactEmail: 'not-an-address' });
    expect(issuesOf(error)).toEqual(['name:too_big', 'helix:invalid_value', 'contactEmail:invalid_format']);
  });

  it('stakeholder.get shows sectors, networks, actions as lead or partner, and workshops', async () => {
    const detail = await t.call('stakeholder.get', { id: s.prizztech.id });
    expect(detail.engagements.map((e) => [e.sector.name, e.level])).toEqual([
      ['Biotalous', 'committed'],
      ['Logistiikka', 'informed'],
    ]);
    expect(detail.networks.map((n) => n.name)).toEqual(['TEKEL']);
    expect(detail.actions).toMatchObject([{ title: 'SIXNET', role: 'lead' }]);
    expect(detail.workshops.map((w) => w.title)).toEqual(['Biotalouden työpaja']);
    expect((await t.call('stakeholder.get', { id: s.xamk.id })).actions).toMatchObject([{ title: 'SIXNET', role: 'partner' }]);
    expect(await t.fails('stakeholder.get', { id: missingId })).toEqual({ kind: 'notFound', entity: 'stakeholder', id: missingId });
  });

  it('stakeholder.update saves, renames as its own step, and refuses conflicts and bad values', async () => {
    const renamed = await expectUndoable(t, () => t.call('stakeholder.update', { id: s.kotka.id, expectedUpdatedAt: s.kotka.updatedAt, name: 'Kotka' }), 'stakeholder.rename');
    const updated = await expectUndoable(t, () => t.call('stakeholder.update', { id: s.kotka.id, expectedUpdatedAt: renamed.updatedAt, size: 'large', website: 'https://kotka.fi' }), 'stakeholder.update');
    expect(updated).toMatchObject({ name: 'Kotka', size: 'large', website: 'https://kotka.fi' });
    expect(issuesOf(await expectRefused(t, 'stakeholder.update', { id: s.kotka.id, expectedUpdatedAt: updated.updatedAt, type: 'city' }))).toEqual(['type:invalid_value']);
    expect(await expectRefused(t, 'stakeholder.update', { id: s.kotka.id, expectedUpdatedAt: s.kotka.updatedAt, notes: 'x' })).toEqual({ kind: 'conflict', entity: 'stakeholder', id: s.kotka.id });
    expect(await expectRefused(t, 'stakeholder.update', { id: missingId, expectedUpdatedAt: 'x', notes: 'x' })).toMatchObject({ kind: 'notFound' });
  });

  it('stakeholder.delete removes engagements and links, leaves actions without lead; undo restores every row', async () => {
    expect((await t.call('plan.impact', { entity: 'stakeholder', id: s.prizztech.id })).effects.map((e) => `${e.what}:${e.effect}:${e.count}`)).toEqual([
      'engagement:removes:2',
      'engagementChange:removes:2',
      'networkLink:unlinks:1',
      'actionLead:unlinks:1',
      'workshopLink:unlinks:1',
    ]);
    await expectUndoable(t, () => t.call('stakeholder.delete', { id: s.prizztech.id }));
    await t.call('history.undo', {});
    expect((await t.call('action.get', { id: s.action.id })).lead?.name).toBe('Prizztech Oy');
    await t.call('history.redo', {});
    expect((await t.call('action.get', { id: s.action.id })).lead).toBeNull();
    expect(await expectRefused(t, 'stakeholder.delete', { id: s.prizztech.id })).toMatchObject({ kind: 'notFound' });
  });

  it('stakeholder.duplicates warns of "Prizztech" when "Prizztech Oy" exists', async () => {
    expect(await t.call('stakeholder.duplicates', { name: 'prizztech' })).toMatchObject([{ id: s.prizztech.id, match: 'same' }]);
    expect(await t.call('stakeholder.duplicates', { name: 'Prizztech', excludeId: s.prizztech.id })).toEqual([]);
    expect(await t.call('stakeholder.duplicates', { name: 'Kymenlaakson kylat' })).toMatchObject([{ id: s.villages.id }]);
    expect(issuesOf(await t.fails('stakeholder.duplicates', { name: 'x'.repeat(limits.name + 1) }))).toEqual(['name:too_big']);
  });

  it('lists in Finnish order and finds Äänekoski by "aane" and "ääne"', async () => {
    for (const name of ['Vaasan yliopisto', 'Äänekosken Energia Oy', 'Ahlström Oy', 'Öljyalan Keskusliitto']) {
      await t.call('stakeholder.create', { name, helix: 'business', type: 'large_company' });
    }
    const names = (await t.call('stakeholder.list', {})).map((r) => r.name);
    expect(names).toEqual(sortFinnish(names, (n) => n));
    expect(names.slice(-2)).toEqual(['Äänekosken Energia Oy', 'Öljyalan Keskusliitto']);
    expect(names.indexOf('Äänekosken Energia Oy')).toBeGreaterThan(names.indexOf('Vaasan yliopisto'));
    const rows = await t.call('stakeholder.list', {});
    for (const q of ['aane', 'ääne']) expect(rows.filter((r) => matchesSearch(searchKey(r.name, r.municipality), q)).map((r) => r.name)).toEqual(['Äänekosken Energia Oy']);
    expect(rows.find((r) => r.id === s.prizztech.id)?.networkIds).toEqual([s.tekel.id]);
  });
});

describe('engagement.set', () => {
  const history = (t: TestCore) => t.core.context.db().prepare('SELECT level, changed_on FROM engagement_history WHERE stakeholder_id = ? ORDER BY changed_on, created_at').all(s.kotka.id);

  it('sets, changes and (with null) ends an engagement, appending each change to the history', async () => {
    const set = await expectUndoable(t, () => t.call('engagement.set', { stakeholderId: s.kotka.id, sectorId: s.logistics.id, level: 'consulted', changedOn: '2024-05-01' }), 'engagement.set');
    expect(set).toEqual({ stakeholderId: s.kotka.id, sectorId: s.logistics.id, level: 'consulted', changedOn: '2024-05-01' });
    await expectUndoable(t, () => t.call('engagement.set', { stakeholderId: s.kotka.id, sectorId: s.logistics.id, level: 'involved', changedOn: '2024-09-01' }));
    const ended = await expectUndoable(t, () => t.call('engagement.set', { stakeholderId: s.kotka.id, sectorId: s.logistics.id, level: null, changedOn: '2025-01-15' }), 'engagement.remove');
    expect(ended).toBeNull();
    expect(history(t)).toEqual([
      { level: 'leading', changed_on: '2024-02-01' },
      { level: 'consulted', changed_on: '2024-05-01' },
      { level: 'involved', changed_on: '2024-09-01' },
      { level: null, changed_on: '2025-01-15' },
    ]);
  });

  it('setting what is already there records nothing', async () => {
    const depth = await undoDepth(t);
    await t.call('engagement.set', { stakeholderId: s.kotka.id, sectorId: s.bio.id, level: 'leading', changedOn: '2024-02-01' });
    await t.call('engagement.set', { stakeholderId: s.kotka.id, sectorId: s.logistics.id, level: null, changedOn: '2024-02-01' });
    expect(await undoDepth(t)).toBe(depth);
  });

  it('refuses an unknown level or date, unknown stakeholders and sectors, and a stale expectedUpdatedAt', async () => {
    const base = { stakeholderId: s.kotka.id, sectorId: s.bio.id, changedOn: '2024-06-01' };
    expect(issuesOf(await expectRefused(t, 'engagement.set', { ...base, level: 'enthusiastic', changedOn: '1.6.2024' }))).toEqual(['level:invalid_value', 'changedOn:invalid_format']);
    expect(await expectRefused(t, 'engagement.set', { ...base, sectorId: missingId, level: 'aware' })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
    expect(await expectRefused(t, 'engagement.set', { ...base, stakeholderId: missingId, level: 'aware' })).toEqual({ kind: 'notFound', entity: 'stakeholder', id: missingId });
    expect(await expectRefused(t, 'engagement.set', { ...base, level: 'aware', expectedUpdatedAt: null })).toMatchObject({ kind: 'conflict', entity: 'engagement' });
    const current = (await t.call('stakeholder.get', { id: s.kotka.id })).engagements[0]!;
    await expectUndoable(t, () => t.call('engagement.set', { ...base, level: 'aware', expectedUpdatedAt: current.updatedAt }));
  });
});
