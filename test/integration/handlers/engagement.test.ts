import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t, undoDepth } from './helpers';

eachSeededPlan();

const engagement = (tc: TestCore) =>
  tc.core.context.db().prepare('SELECT stakeholder_id AS s, sector_id AS sector, level, changed_on AS date FROM engagement ORDER BY 1, 2').all();
const history = (tc: TestCore, stakeholderId: string, sectorId: string) =>
  (tc.core.context.db().prepare('SELECT level, changed_on FROM engagement_history WHERE stakeholder_id = ? AND sector_id = ? ORDER BY changed_on, created_at').all(stakeholderId, sectorId) as { level: string | null; changed_on: string }[]).map(
    (r) => `${r.changed_on} ${r.level ?? 'ended'}`,
  );
/** The current engagement of every pair is its latest recorded change (by date, then by entry): checked for the whole plan. */
function expectCurrentIsLatest(tc: TestCore) {
  const derived = tc.core.context
    .db()
    .prepare(
      `SELECT stakeholder_id AS s, sector_id AS sector, level, changed_on AS date FROM (
         SELECT h.*, row_number() OVER (PARTITION BY stakeholder_id, sector_id ORDER BY changed_on DESC, created_at DESC, id DESC) AS n FROM engagement_history h)
       WHERE n = 1 AND level IS NOT NULL ORDER BY 1, 2`,
    )
    .all();
  expect(engagement(tc)).toEqual(derived);
}

describe('engagement.setMany (the grid)', () => {
  it('sets a batch as of one date: engagement and history rows, one undo step that restores both', async () => {
    const result = await expectUndoable(
      t,
      () =>
        t.call('engagement.setMany', {
          changedOn: '2023-03-01',
          changes: [
            { stakeholderId: s.xamk.id, sectorId: s.logistics.id, level: 'consulted' },
            { stakeholderId: s.kotka.id, sectorId: s.logistics.id, level: 'leading' },
            { stakeholderId: s.villages.id, sectorId: s.bio.id, level: 'involved' },
            { stakeholderId: s.prizztech.id, sectorId: s.logistics.id, level: null },
          ],
        }),
      'engagement.setMany',
    );
    expect(result).toEqual({ changed: 4, superseded: 2 });
    expect(history(t, s.xamk.id, s.logistics.id)).toEqual(['2023-03-01 consulted']);
    expect(history(t, s.kotka.id, s.logistics.id)).toEqual(['2023-03-01 leading']);
    // Backdated before its 2024 entry: recorded, and the current level stays the later one.
    expect(history(t, s.villages.id, s.bio.id)).toEqual(['2023-03-01 involved', '2024-02-01 aware']);
    expect((await t.call('stakeholder.get', { id: s.villages.id })).engagements.map((e) => [e.level, e.changedOn])).toEqual([['aware', '2024-02-01']]);
    expect(history(t, s.prizztech.id, s.logistics.id)).toEqual(['2023-03-01 ended', '2024-03-01 informed']);
    expectCurrentIsLatest(t);
    expect(await t.call('engagement.lastDate', {})).toEqual({ date: '2023-03-01' });
  });

  it('a level set to what it already is changes nothing; a batch of only such records no step', async () => {
    const depth = await undoDepth(t);
    const r = await t.call('engagement.setMany', { changedOn: '2025-01-01', changes: [{ stakeholderId: s.kotka.id, sectorId: s.bio.id, level: 'leading' }] });
    expect(r).toEqual({ changed: 0, superseded: 0 });
    expect(await undoDepth(t)).toBe(depth);
  });

  it('the Dashboard counts a change dated 2023-03-01 in 2023 Q1, not on the day it was entered', async () => {
    await t.call('engagement.setMany', { changedOn: '2023-03-01', changes: [{ stakeholderId: s.xamk.id, sectorId: s.logistics.id, level: 'committed' }] });
    const d = await t.call('dashboard.get', { today: '2026-06-30' });
    const q = (quarter: string) => d.engagementOverTime.find((x) => x.quarter === quarter)!;
    expect(q('2022-Q4')).toMatchObject({ engaged: 0, involved: 0 });
    expect(q('2023-Q1')).toMatchObject({ engaged: 1, involved: 1 });
    expect(q('2023-Q4')).toMatchObject({ engaged: 1, involved: 1 });
  });

  it('refuses an unknown level, stakeholder or sector, an unparseable or out-of-range date, an empty batch; nothing changes', async () => {
    const one = { stakeholderId: s.xamk.id, sectorId: s.logistics.id, level: 'consulted' };
    expect(issuesOf(await expectRefused(t, 'engagement.setMany', { changedOn: '2023-03-01', changes: [one, { ...one, level: 'enthusiastic' }] }))).toEqual(['changes.1.level:invalid_value']);
    expect(await expectRefused(t, 'engagement.setMany', { changedOn: '2023-03-01', changes: [one, { ...one, stakeholderId: missingId }] })).toEqual({ kind: 'notFound', entity: 'stakeholder', id: missingId });
    expect(await expectRefused(t, 'engagement.setMany', { changedOn: '2023-03-01', changes: [one, { ...one, sectorId: missingId }] })).toEqual({ kind: 'notFound', entity: 'sector', id: missingId });
    expect(issuesOf(await expectRefused(t, 'engagement.setMany', { changedOn: '1.3.2023', changes: [one] }))).toEqual(['changedOn:invalid_format']);
    expect(issuesOf(await expectRefused(t, 'engagement.setMany', { changedOn: '2023-02-30', changes: [one] }))).toEqual(['changedOn:invalid_format']);
    expect(issuesOf(await expectRefused(t, 'engagement.setMany', { changedOn: '1066-10-14', changes: [one] }))).toEqual(['changedOn:yearOutOfRange']);
    expect(issuesOf(await expectRefused(t, 'engagement.setMany', { changedOn: '2023-03-01', changes: [] }))).toEqual(['changes:too_small']);
  });

  it('lastDate is the date of the change entered last, whatever its date', async () => {
    await t.call('engagement.setMany', { changedOn: '2022-05-05', changes: [{ stakeholderId: s.xamk.id, sectorId: s.logistics.id, level: 'aware' }] });
    expect(await t.call('engagement.lastDate', {})).toEqual({ date: '2022-05-05' });
  });
});

describe('engagement history per stakeholder', () => {
  it('lists a stakeholder’s changes per sector in date order', async () => {
    await t.call('engagement.set', { stakeholderId: s.prizztech.id, sectorId: s.bio.id, level: 'leading', changedOn: '2025-01-01' });
    const list = await t.call('engagement.history', { stakeholderId: s.prizztech.id });
    expect(list.map((c) => [c.sectorId === s.bio.id ? 'bio' : 'logistics', c.changedOn, c.level])).toEqual([
      ['bio', '2024-02-01', 'committed'],
      ['bio', '2025-01-01', 'leading'],
      ['logistics', '2024-03-01', 'informed'],
    ]);
    expect(await expectRefused(t, 'engagement.history', { stakeholderId: missingId })).toEqual({ kind: 'notFound', entity: 'stakeholder', id: missingId });
  });

  it('correcting the latest change’s date or level moves the current engagement with it, one undo step each', async () => {
    await t.call('engagement.set', { stakeholderId: s.prizztech.id, sectorId: s.bio.id, level: 'leading', changedOn: '2025-01-01' });
    const [first, latest] = await t.call('engagement.history', { stakeholderId: s.prizztech.id });
    await expectUndoable(t, () => t.call('engagement.updateChange', { id: latest!.id, level: 'involved' }), 'engagement.updateChange');
    expect((await t.call('stakeholder.get', { id: s.prizztech.id })).engagements[0]).toMatchObject({ level: 'involved', changedOn: '2025-01-01' });
    expectCurrentIsLatest(t);
    // Dated before the other change: that one is now the latest, and current.
    await expectUndoable(t, () => t.call('engagement.updateChange', { id: latest!.id, changedOn: '2023-06-01' }));
    expect((await t.call('stakeholder.get', { id: s.prizztech.id })).engagements[0]).toMatchObject({ level: 'committed', changedOn: '2024-02-01' });
    expectCurrentIsLatest(t);
    await expectUndoable(t, () => t.call('engagement.deleteChange', { id: first!.id }), 'engagement.deleteChange');
    expect((await t.call('stakeholder.get', { id: s.prizztech.id })).engagements[0]).toMatchObject({ level: 'involved', changedOn: '2023-06-01' });
    expectCurrentIsLatest(t);
  });

  it('engagement.set with the current level and another date corrects that change’s date (the detail’s "Date of change")', async () => {
    await expectUndoable(t, () => t.call('engagement.set', { stakeholderId: s.kotka.id, sectorId: s.bio.id, level: 'leading', changedOn: '2023-11-30' }));
    expect(history(t, s.kotka.id, s.bio.id)).toEqual(['2023-11-30 leading']);
    expect((await t.call('stakeholder.get', { id: s.kotka.id })).engagements[0]).toMatchObject({ level: 'leading', changedOn: '2023-11-30' });
    expectCurrentIsLatest(t);
  });

  it('deleting the only change ends the engagement; undo brings both back', async () => {
    const [only] = await t.call('engagement.history', { stakeholderId: s.villages.id });
    await expectUndoable(t, () => t.call('engagement.deleteChange', { id: only!.id }));
    expect((await t.call('stakeholder.get', { id: s.villages.id })).engagements).toEqual([]);
    expectCurrentIsLatest(t);
  });

  it('an ended latest change means no current engagement', async () => {
    const [only] = await t.call('engagement.history', { stakeholderId: s.villages.id });
    await t.call('engagement.updateChange', { id: only!.id, level: null });
    expect((await t.call('stakeholder.get', { id: s.villages.id })).engagements).toEqual([]);
    expectCurrentIsLatest(t);
  });

  it('refuses an unknown change, an unknown level and a bad date; nothing changes', async () => {
    const [only] = await t.call('engagement.history', { stakeholderId: s.villages.id });
    expect(await expectRefused(t, 'engagement.updateChange', { id: missingId, level: 'aware' })).toEqual({ kind: 'notFound', entity: 'engagementChange', id: missingId });
    expect(await expectRefused(t, 'engagement.deleteChange', { id: missingId })).toEqual({ kind: 'notFound', entity: 'engagementChange', id: missingId });
    expect(issuesOf(await expectRefused(t, 'engagement.updateChange', { id: only!.id, level: 'keen', changedOn: 'yesterday' }))).toEqual(['changedOn:invalid_format', 'level:invalid_value']);
  });
});
