// The discovery process on record (issue 19): a workshop's decisions as records, their outcomes
// (actions and sectors), captured decisions landing there, and a stakeholder met in the room as
// one undo step.
import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t, undoDepth } from './helpers';
import { participationTotals } from '../../../shared/domain/discovery';

eachSeededPlan();

const w = () => s.workshop.id;
const decisionsOf = async (id = w()) => (await t.call('workshop.get', { id })).decisions;

describe('decision channels', () => {
  it('decision.add keeps order and links; the workshop shows them; each add is one undo step', async () => {
    const first = await expectUndoable(t, () => t.call('decision.add', { workshopId: w(), text: '  Käynnistetään SIXNET-jatko  ', actionIds: [s.action.id], sectorIds: [s.bio.id] }), 'decision.add');
    expect(first).toMatchObject({ text: 'Käynnistetään SIXNET-jatko', position: 0, owner: '', dueOn: null, captureId: null });
    await expectUndoable(t, () => t.call('decision.add', { workshopId: w(), text: 'Kutsutaan kylät', owner: 'Kotkan kaupunki', dueOn: '2024-06-30' }));
    await t.call('decision.add', { workshopId: w(), text: 'Ensin', position: 0 });
    const list = await decisionsOf();
    expect(list.map((d) => [d.position, d.text])).toEqual([[0, 'Ensin'], [1, 'Käynnistetään SIXNET-jatko'], [2, 'Kutsutaan kylät']]);
    expect(list[1]!.actions.map((a) => [a.title, a.status])).toEqual([['SIXNET', 'running']]);
    expect(list[1]!.sectors.map((x) => x.name)).toEqual(['Biotalous']);
    expect(list[2]).toMatchObject({ owner: 'Kotkan kaupunki', dueOn: '2024-06-30' });
    expect(await t.call('decision.list', { workshopId: w() })).toEqual(list);
  });

  it('decision.update edits text and replaces links as one step; links alone are "link outcomes"', async () => {
    const d = await t.call('decision.add', { workshopId: w(), text: 'Kutsutaan kylät' });
    const linked = await expectUndoable(t, () => t.call('decision.update', { id: d.id, expectedUpdatedAt: d.updatedAt, actionIds: [s.action.id], sectorIds: [s.bio.id, s.logistics.id] }), 'decision.link');
    expect(linked.sectors.map((x) => x.name)).toEqual(['Biotalous', 'Logistiikka']);
    const edited = await expectUndoable(t, () => t.call('decision.update', { id: d.id, expectedUpdatedAt: linked.updatedAt, text: 'Kutsutaan kylät syksyllä', sectorIds: [s.logistics.id] }), 'decision.update');
    expect(edited).toMatchObject({ text: 'Kutsutaan kylät syksyllä', sectors: [{ name: 'Logistiikka' }], actions: [{ title: 'SIXNET' }] });
    // Saving what is there is no step.
    const depth = await undoDepth(t);
    await t.call('decision.update', { id: d.id, expectedUpdatedAt: edited.updatedAt, text: 'Kutsutaan kylät syksyllä', actionIds: [s.action.id] });
    expect(await undoDepth(t)).toBe(depth);
  });

  it('refuses bad input and unknown rows, changing nothing', async () => {
    const d = await t.call('decision.add', { workshopId: w(), text: 'Kutsutaan kylät' });
    expect(issuesOf(await expectRefused(t, 'decision.add', { workshopId: w(), text: '   ', dueOn: '31.12.2024' }))).toEqual(['text:too_small', 'dueOn:invalid_format']);
    expect(issuesOf(await expectRefused(t, 'decision.add', { workshopId: w(), text: 'x'.repeat(20_001) }))).toEqual(['text:too_big']);
    expect(await expectRefused(t, 'decision.add', { workshopId: missingId, text: 'x' })).toEqual({ kind: 'notFound', entity: 'workshop', id: missingId });
    expect(await expectRefused(t, 'decision.add', { workshopId: w(), text: 'x', actionIds: [missingId] })).toEqual({ kind: 'notFound', entity: 'action', id: missingId });
    expect(await expectRefused(t, 'decision.update', { id: d.id, expectedUpdatedAt: d.updatedAt, sectorIds: [s.bio.id, missingId] })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
    expect(await expectRefused(t, 'decision.update', { id: d.id, expectedUpdatedAt: '2020-01-01T00:00:00.000Z', text: 'y' })).toEqual({ kind: 'conflict', entity: 'decision', id: d.id });
    expect(issuesOf(await expectRefused(t, 'decision.update', { id: d.id, expectedUpdatedAt: d.updatedAt, text: '' }))).toEqual(['text:too_small']);
    expect(await expectRefused(t, 'decision.delete', { id: missingId })).toMatchObject({ kind: 'notFound', entity: 'decision' });
    expect(await t.fails('decision.list', { workshopId: missingId })).toMatchObject({ kind: 'notFound', entity: 'workshop' });
  });

  it('decision.move and decision.delete renumber; deleting the workshop or a linked action takes what depends on it, undoably', async () => {
    const a = await t.call('decision.add', { workshopId: w(), text: 'A', actionIds: [s.action.id] });
    await t.call('decision.add', { workshopId: w(), text: 'B' });
    await t.call('decision.add', { workshopId: w(), text: 'C' });
    expect((await expectUndoable(t, () => t.call('decision.move', { id: a.id, to: 2 }))).map((d) => d.text)).toEqual(['B', 'C', 'A']);
    await expectUndoable(t, () => t.call('decision.delete', { id: a.id }));
    expect((await decisionsOf()).map((d) => [d.position, d.text])).toEqual([[0, 'B'], [1, 'C']]);
    await expectUndoable(t, () => t.call('workshop.delete', { id: w() }));
  });

  it('workshop.discovery lists workshops by date with participants and decisions; totals count seats and people by helix', async () => {
    const later = await t.call('workshop.create', { title: 'Logistiikan työpaja', heldOn: '2025-01-15', participantIds: [s.prizztech.id, s.xamk.id] });
    await t.call('decision.add', { workshopId: later.id, text: 'Satamalogistiikan digitalisaatiohanke', actionIds: [s.action.id] });
    const d = await t.call('workshop.discovery', {});
    expect(d.workshops.map((x) => [x.heldOn, x.title, x.participants.length, x.decisions.map((y) => y.text)])).toEqual([
      ['2024-04-10', 'Biotalouden työpaja', 3, []],
      ['2025-01-15', 'Logistiikan työpaja', 2, ['Satamalogistiikan digitalisaatiohanke']],
    ]);
    // By hand: Prizztech (business) at both, Kotka (public) and the villages (civil) at the first, XAMK (academia) at the second.
    expect(participationTotals(d.workshops)).toEqual([
      { helix: 'business', participations: 2, stakeholders: 1 },
      { helix: 'academia', participations: 1, stakeholders: 1 },
      { helix: 'public', participations: 1, stakeholders: 1 },
      { helix: 'civil', participations: 1, stakeholders: 1 },
    ]);
  });
});

describe('capture in workshop mode', () => {
  it('a captured decision lands in the workshop decisions (one step); removing the log entry removes it', async () => {
    const entry = await expectUndoable(t, () => t.call('capture.add', { workshopId: w(), kind: 'decision', text: 'Aloitetaan biotaloudesta', sectorId: s.bio.id }), 'capture.decision');
    const [d] = await decisionsOf();
    expect(d).toMatchObject({ text: 'Aloitetaan biotaloudesta', captureId: entry.id, sectors: [{ name: 'Biotalous' }] });
    await expectUndoable(t, () => t.call('capture.delete', { id: entry.id }));
    expect(await decisionsOf()).toEqual([]);
  });

  it('a new stakeholder met in the room is one undo step: stakeholder, participation, engagement and log entry go with one undo', async () => {
    const before = (await t.call('stakeholder.list', {})).length;
    const entry = await expectUndoable(
      t,
      () =>
        t.call('capture.add', {
          workshopId: w(), kind: 'stakeholder', text: 'Tapasimme työpajassa', sectorId: s.logistics.id, data: { helix: 'civil', level: 'consulted' },
          newStakeholder: { name: 'Haminan Yrittäjät ry', helix: 'civil', type: 'other' },
        }),
      'capture.stakeholder',
    );
    const met = (await t.call('stakeholder.list', {})).find((x) => x.name === 'Haminan Yrittäjät ry')!;
    expect(entry.stakeholderId).toBe(met.id);
    expect(met.engagements).toMatchObject([{ sectorId: s.logistics.id, level: 'consulted', changedOn: '2024-04-10' }]);
    expect((await t.call('workshop.get', { id: w() })).participants.map((p) => p.name)).toContain('Haminan Yrittäjät ry');
    // One undo takes all of it back.
    await t.call('history.undo', {});
    expect((await t.call('stakeholder.list', {})).length).toBe(before);
    expect((await t.call('workshop.get', { id: w() })).participants.map((p) => p.name)).not.toContain('Haminan Yrittäjät ry');
    expect(await t.call('capture.list', { workshopId: w() })).toEqual([]);
  });

  it('an engagement change captured in the room is set with it, dated the workshop day; bad captures are refused', async () => {
    await expectUndoable(t, () => t.call('capture.add', { workshopId: w(), kind: 'engagement', stakeholderId: s.villages.id, sectorId: s.bio.id, data: { level: 'involved' } }));
    expect((await t.call('stakeholder.list', {})).find((x) => x.id === s.villages.id)!.engagements).toMatchObject([{ level: 'involved', changedOn: '2024-04-10' }]);
    const newcomer = { name: 'Uusi ry', helix: 'civil', type: 'other' };
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'stakeholder', stakeholderId: s.kotka.id, newStakeholder: newcomer }))).toEqual(['stakeholderId:newStakeholderAndId']);
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'decision', text: 'x', newStakeholder: newcomer }))).toEqual(['newStakeholder:newStakeholderKind']);
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'stakeholder', newStakeholder: { ...newcomer, name: ' ' } }))).toEqual(['newStakeholder.name:too_small']);
    expect(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'stakeholder', sectorId: missingId, data: { level: 'consulted' }, newStakeholder: newcomer })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
  });
});
