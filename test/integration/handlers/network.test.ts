import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';

eachSeededPlan();

describe('network channels', () => {
  it('network.create with sectors and members; one stakeholder in many networks', async () => {
    const sekes = await expectUndoable(t, () =>
      t.call('network.create', { name: 'SEKES', scope: 'national', membership: 'partner', sectorIds: [s.bio.id, s.logistics.id], memberIds: [s.prizztech.id, s.prizztech.id] }),
    );
    const detail = await t.call('network.get', { id: sekes.id });
    expect(detail.sectors.map((x) => x.name)).toEqual(['Biotalous', 'Logistiikka']);
    expect(detail.members.map((m) => m.name)).toEqual(['Prizztech Oy']);
    expect((await t.call('stakeholder.get', { id: s.prizztech.id })).networks.map((n) => n.name)).toEqual(['SEKES', 'TEKEL']);
  });

  it('network.create refuses bad values and unknown members, writing nothing', async () => {
    expect(issuesOf(await expectRefused(t, 'network.create', { name: '', scope: 'galactic', membership: 'member', sectorIds: ['nope'] }))).toEqual([
      'name:too_small',
      'scope:invalid_value',
      'sectorIds.0:invalid_format',
    ]);
    expect(await expectRefused(t, 'network.create', { name: 'X', scope: 'eu', membership: 'member', memberIds: [missingId] })).toEqual({ kind: 'notFound', entity: 'stakeholder', id: missingId });
  });

  it('network.update replaces sectors and members as a whole', async () => {
    const updated = await expectUndoable(t, () =>
      t.call('network.update', { id: s.tekel.id, expectedUpdatedAt: s.tekel.updatedAt, memberIds: [s.kotka.id, s.prizztech.id], sectorIds: [] }),
    );
    expect(updated.updatedAt > s.tekel.updatedAt).toBe(true);
    const detail = await t.call('network.get', { id: s.tekel.id });
    expect(detail.members.map((m) => m.name)).toEqual(['Kotkan kaupunki', 'Prizztech Oy']);
    expect(detail.sectors).toEqual([]);
    expect(await expectRefused(t, 'network.update', { id: s.tekel.id, expectedUpdatedAt: s.tekel.updatedAt, name: 'Y' })).toMatchObject({ kind: 'conflict' });
    expect(issuesOf(await expectRefused(t, 'network.update', { id: s.tekel.id, expectedUpdatedAt: updated.updatedAt, membership: 'owner' }))).toEqual(['membership:invalid_value']);
    expect(await expectRefused(t, 'network.update', { id: missingId, expectedUpdatedAt: 'x' })).toMatchObject({ kind: 'notFound', entity: 'network' });
  });

  it('network.delete unlinks sectors, members and actions; undo restores them', async () => {
    expect((await t.call('plan.impact', { entity: 'network', id: s.tekel.id })).effects.map((e) => `${e.what}:${e.count}`)).toEqual(['sectorLink:1', 'memberLink:2', 'actionLink:1']);
    await expectUndoable(t, () => t.call('network.delete', { id: s.tekel.id }));
    expect(await t.fails('network.get', { id: s.tekel.id })).toMatchObject({ kind: 'notFound' });
    expect(await expectRefused(t, 'network.delete', { id: s.tekel.id })).toMatchObject({ kind: 'notFound' });
  });
});
