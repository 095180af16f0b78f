import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';

eachSeededPlan();

describe('workshop channels', () => {
  it('workshop.create with sectors, participants and actions', async () => {
    const created = await expectUndoable(t, () =>
      t.call('workshop.create', { title: 'Logistiikan EDP', heldOn: '2024-10-01', sectorIds: [s.logistics.id], participantIds: [s.kotka.id, s.xamk.id], actionIds: [s.action.id] }),
    );
    const detail = await t.call('workshop.get', { id: created.id });
    expect(detail.participants.map((p) => p.name)).toEqual(['Kaakkois-Suomen ammattikorkeakoulu', 'Kotkan kaupunki']);
    expect(detail.sectors.map((x) => x.name)).toEqual(['Logistiikka']);
    expect(detail.actions.map((a) => a.title)).toEqual(['SIXNET']);
    expect((await t.call('workshop.list', {})).find((w) => w.id === created.id)).toMatchObject({ participantCount: 2, sectorIds: [s.logistics.id] });
  });

  it('workshop.create refuses bad values and unknown relations, writing nothing', async () => {
    expect(issuesOf(await expectRefused(t, 'workshop.create', { title: 'T', heldOn: 'tomorrow', outcomes: 'x'.repeat(20_001) }))).toEqual([
      'heldOn:invalid_format',
      'outcomes:too_big',
    ]);
    expect(await expectRefused(t, 'workshop.create', { title: 'T', heldOn: '2024-01-01', actionIds: [missingId] })).toEqual({ kind: 'notFound', entity: 'action', id: missingId });
  });

  it('workshop.update replaces participants and records outcomes', async () => {
    const v = { id: s.workshop.id, expectedUpdatedAt: s.workshop.updatedAt };
    const updated = await expectUndoable(t, () => t.call('workshop.update', { ...v, participantIds: [s.xamk.id], outcomes: 'Jatketaan pilotteja' }), 'workshop.update');
    expect(updated.outcomes).toBe('Jatketaan pilotteja');
    expect((await t.call('workshop.get', { id: s.workshop.id })).participants.map((p) => p.name)).toEqual(['Kaakkois-Suomen ammattikorkeakoulu']);
    expect(await expectRefused(t, 'workshop.update', { ...v, place: 'Hamina' })).toEqual({ kind: 'conflict', entity: 'workshop', id: s.workshop.id });
    expect(issuesOf(await expectRefused(t, 'workshop.update', { ...v, expectedUpdatedAt: updated.updatedAt, heldOn: '' }))).toEqual(['heldOn:invalid_format']);
    expect(await expectRefused(t, 'workshop.update', { ...v, id: missingId })).toMatchObject({ kind: 'notFound', entity: 'workshop' });
    expect(await t.fails('workshop.get', { id: missingId })).toMatchObject({ kind: 'notFound', entity: 'workshop' });
  });

  it('workshop.delete unlinks; undo restores every row', async () => {
    expect((await t.call('plan.impact', { entity: 'workshop', id: s.workshop.id })).effects.map((e) => `${e.what}:${e.count}`)).toEqual(['sectorLink:1', 'actionLink:1', 'participantLink:3']);
    await expectUndoable(t, () => t.call('workshop.delete', { id: s.workshop.id }));
    expect(await expectRefused(t, 'workshop.delete', { id: s.workshop.id })).toMatchObject({ kind: 'notFound' });
  });
});
