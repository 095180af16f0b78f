import { describe, expect, it } from 'vitest';
import { dump, eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';

eachSeededPlan();

const w = () => s.workshop.id;

async function agenda() {
  const gaps = await t.call('agenda.add', { workshopId: w(), kind: 'gaps', title: 'Two helices are missing', sectorIds: [s.bio.id] });
  const chart = await t.call('agenda.add', { workshopId: w(), kind: 'chart', chartId: 'coverageMatrix', title: 'Business leads', notes: 'Ask Kotka' });
  const vote = await t.call('agenda.add', { workshopId: w(), kind: 'vote', title: 'Which sector first?', options: ['Biotalous', 'Logistiikka'] });
  return { gaps, chart, vote };
}

describe('agenda channels', () => {
  it('agenda.add appends or inserts, each one undo step; agenda.list keeps the order', async () => {
    const { gaps, chart } = await agenda();
    const profile = await expectUndoable(t, () =>
      t.call('agenda.add', { workshopId: w(), kind: 'sectorProfile', sectorIds: [s.logistics.id], title: 'Logistics at a glance', position: 1 }),
    );
    const list = await t.call('agenda.list', { workshopId: w() });
    expect(list.map((i) => i.title)).toEqual(['Two helices are missing', 'Logistics at a glance', 'Business leads', 'Which sector first?']);
    expect(list.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(list[1]).toMatchObject({ id: profile.id, kind: 'sectorProfile', sectorIds: [s.logistics.id], chartId: null, options: [] });
    expect(list[2]).toMatchObject({ id: chart.id, chartId: 'coverageMatrix', notes: 'Ask Kotka' });
    expect(gaps.sectorIds).toEqual([s.bio.id]);
  });

  it('refuses what a kind lacks, with field paths, and unknown workshops and sectors, writing nothing', async () => {
    expect(issuesOf(await expectRefused(t, 'agenda.add', { workshopId: w(), kind: 'chart', title: '' }))).toEqual(['title:too_small', 'chartId:chartRequired']);
    expect(issuesOf(await expectRefused(t, 'agenda.add', { workshopId: w(), kind: 'vote', title: 'Q', options: ['Only one'] }))).toEqual(['options:twoOptions']);
    expect(issuesOf(await expectRefused(t, 'agenda.add', { workshopId: w(), kind: 'sectorProfile', title: 'P', sectorIds: [] }))).toEqual(['sectorIds:oneSector']);
    expect(issuesOf(await expectRefused(t, 'agenda.add', { workshopId: w(), kind: 'chart', chartId: 'pie', title: 'P' }))).toEqual(['chartId:invalid_value']);
    expect(issuesOf(await expectRefused(t, 'agenda.add', { workshopId: w(), kind: 'vote', title: 'Q', options: ['A', ' '] }))).toEqual(['options.1:too_small']);
    expect(await expectRefused(t, 'agenda.add', { workshopId: missingId, kind: 'gaps', title: 'G' })).toEqual({ kind: 'notFound', entity: 'workshop', id: missingId });
    expect(await expectRefused(t, 'agenda.add', { workshopId: w(), kind: 'gaps', title: 'G', sectorIds: [missingId] })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
    expect(await t.fails('agenda.list', { workshopId: missingId })).toMatchObject({ kind: 'notFound', entity: 'workshop' });
  });

  it('agenda.update changes fields, checks the merged item, and refuses a stale version', async () => {
    const { chart } = await agenda();
    const updated = await expectUndoable(t, () => t.call('agenda.update', { id: chart.id, expectedUpdatedAt: chart.updatedAt, title: 'Business leads, civil lags', sectorIds: [s.bio.id] }));
    expect(updated).toMatchObject({ title: 'Business leads, civil lags', sectorIds: [s.bio.id], chartId: 'coverageMatrix' });
    expect(await expectRefused(t, 'agenda.update', { id: chart.id, expectedUpdatedAt: chart.updatedAt, notes: 'x' })).toEqual({ kind: 'conflict', entity: 'agendaItem', id: chart.id });
    expect(issuesOf(await expectRefused(t, 'agenda.update', { id: chart.id, expectedUpdatedAt: updated.updatedAt, kind: 'vote' }))).toEqual(['options:twoOptions']);
    expect(issuesOf(await expectRefused(t, 'agenda.update', { id: chart.id, expectedUpdatedAt: updated.updatedAt, notes: 'x'.repeat(20_001) }))).toEqual(['notes:too_big']);
    expect(await expectRefused(t, 'agenda.update', { id: missingId, expectedUpdatedAt: updated.updatedAt, notes: 'x' })).toEqual({ kind: 'notFound', entity: 'agendaItem', id: missingId });
    // Nothing changed: no undo step.
    const before = dump(t);
    await t.call('agenda.update', { id: chart.id, expectedUpdatedAt: updated.updatedAt, title: updated.title });
    expect(dump(t)).toEqual(before);
  });

  it('agenda.move reorders in one step; agenda.delete closes the gap; both undo', async () => {
    const { gaps, chart, vote } = await agenda();
    const moved = await expectUndoable(t, () => t.call('agenda.move', { id: vote.id, to: 0 }), 'agenda.move');
    expect(moved.map((i) => i.id)).toEqual([vote.id, gaps.id, chart.id]);
    expect((await t.call('agenda.move', { id: vote.id, to: 99 })).map((i) => i.id)).toEqual([gaps.id, chart.id, vote.id]);
    await expectUndoable(t, () => t.call('agenda.delete', { id: gaps.id }));
    expect((await t.call('agenda.list', { workshopId: w() })).map((i) => [i.id, i.position])).toEqual([[chart.id, 0], [vote.id, 1]]);
    expect(await expectRefused(t, 'agenda.move', { id: missingId, to: 0 })).toMatchObject({ kind: 'notFound', entity: 'agendaItem' });
    expect(await expectRefused(t, 'agenda.delete', { id: gaps.id })).toMatchObject({ kind: 'notFound', entity: 'agendaItem' });
  });

  it('deleting the workshop takes its agenda and capture log; undo brings them back', async () => {
    const { vote } = await agenda();
    await t.call('capture.add', { workshopId: w(), agendaItemId: vote.id, kind: 'decision', text: 'Start with logistics' });
    await expectUndoable(t, () => t.call('workshop.delete', { id: w() }));
    const db = t.core.context.db();
    expect(db.prepare('SELECT count(*) AS n FROM agenda_item').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM workshop_capture').get()).toEqual({ n: 0 });
  });
});

describe('capture channels', () => {
  it('logs a decision, a stakeholder met, an engagement change and a vote, each undoable, in time order', async () => {
    const { vote, chart } = await agenda();
    const decision = await expectUndoable(t, () => t.call('capture.add', { workshopId: w(), agendaItemId: chart.id, kind: 'decision', text: 'Invite the villages' }), 'capture.decision');
    expect(decision).toMatchObject({ kind: 'decision', text: 'Invite the villages', agendaItemId: chart.id, stakeholderId: null });
    const met = await t.call('stakeholder.create', { name: 'Haminan Satama Oy', helix: 'business', type: 'other' });
    await t.call('engagement.set', { stakeholderId: met.id, sectorId: s.logistics.id, level: 'consulted', changedOn: '2024-04-10' });
    const logged = await expectUndoable(t, () =>
      t.call('capture.add', { workshopId: w(), kind: 'stakeholder', text: 'Met at the workshop', stakeholderId: met.id, sectorId: s.logistics.id, data: { helix: 'business', level: 'consulted' } }),
    );
    expect(logged).toMatchObject({ stakeholderName: 'Haminan Satama Oy', sectorName: 'Logistiikka', data: { helix: 'business', level: 'consulted' } });
    await t.call('capture.add', { workshopId: w(), kind: 'engagement', stakeholderId: s.villages.id, sectorId: s.bio.id, data: { level: 'involved' } });
    const votes = [{ option: 'Biotalous', count: 12 }, { option: 'Logistiikka', count: 30 }];
    await expectUndoable(t, () => t.call('capture.add', { workshopId: w(), agendaItemId: vote.id, kind: 'vote', text: vote.title, data: { votes } }));
    const log = await t.call('capture.list', { workshopId: w() });
    expect(log.map((e) => e.kind)).toEqual(['decision', 'stakeholder', 'engagement', 'vote']);
    expect(log[3]!.data.votes).toEqual(votes);
    expect(log.every((e, i) => i === 0 || e.recordedAt >= log[i - 1]!.recordedAt)).toBe(true);
    // Deleting the stakeholder keeps the entry, without the link.
    await t.call('stakeholder.delete', { id: met.id });
    expect((await t.call('capture.list', { workshopId: w() }))[1]).toMatchObject({ stakeholderId: null, stakeholderName: null, text: 'Met at the workshop' });
    await expectUndoable(t, () => t.call('capture.delete', { id: decision.id }));
  });

  it('refuses incomplete entries with field paths, and unknown links', async () => {
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'decision', text: '  ' }))).toEqual(['text:required']);
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'engagement' }))).toEqual(['stakeholderId:required', 'sectorId:required']);
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'vote', data: { votes: [{ option: 'A', count: -1 }] } }))).toEqual(['data.votes.0.count:too_small']);
    expect(issuesOf(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'vote' }))).toEqual(['data.votes:required']);
    expect(await expectRefused(t, 'capture.add', { workshopId: missingId, kind: 'decision', text: 'x' })).toMatchObject({ kind: 'notFound', entity: 'workshop' });
    expect(await expectRefused(t, 'capture.add', { workshopId: w(), kind: 'stakeholder', stakeholderId: missingId })).toMatchObject({ kind: 'notFound', entity: 'stakeholder' });
    expect(await expectRefused(t, 'capture.add', { workshopId: w(), agendaItemId: missingId, kind: 'decision', text: 'x' })).toMatchObject({ kind: 'notFound', entity: 'agendaItem' });
    expect(await expectRefused(t, 'capture.delete', { id: missingId })).toMatchObject({ kind: 'notFound', entity: 'capture' });
  });
});
