import { describe, expect, it } from 'vitest';
import { eachSeededPlan, expectRefused, expectUndoable, issuesOf, missingId, s, t } from './helpers';

eachSeededPlan();

describe('action channels', () => {
  it('action.create with two funding lines and a milestone, as one undo step', async () => {
    const created = await expectUndoable(t, () =>
      t.call('action.create', {
        title: 'Kiertotalouden pilotit',
        type: 'project',
        startDate: '2024-01-01',
        endDate: '2026-06-30',
        sectorIds: [s.bio.id],
        fundingLines: [
          { fundingSourceId: s.erdf.id, plannedCents: 50_000_000 },
          { fundingSourceId: s.akke.id, plannedCents: 10_000_000, committedCents: 0, spentCents: 100, note: 'Ennakko' },
        ],
        milestones: [{ title: 'Väliraportti', dueDate: '2025-01-31' }],
      }),
      'action.create',
    );
    expect(created).toMatchObject({ status: 'planned', progress: 0, leadStakeholderId: null });
    const detail = await t.call('action.get', { id: created.id });
    expect(detail.fundingLines.map((l) => l.plannedCents)).toEqual([50_000_000, 10_000_000]);
    expect(detail.milestones).toMatchObject([{ title: 'Väliraportti', doneDate: null }]);
    const row = (await t.call('action.list', {})).find((a) => a.id === created.id);
    expect(row).toMatchObject({ plannedCents: 60_000_000, fundingKinds: ['erdf', 'akke'], sectorIds: [s.bio.id] });
  });

  it('refuses end before start, negative money, spent above committed without a note, progress over 100', async () => {
    const base = { title: 'X', type: 'study' };
    expect(issuesOf(await expectRefused(t, 'action.create', { ...base, startDate: '2025-01-01', endDate: '2024-12-31' }))).toEqual(['endDate:endBeforeStart']);
    const error = await expectRefused(t, 'action.create', {
      ...base,
      progress: 101,
      fundingLines: [
        { fundingSourceId: s.erdf.id, plannedCents: -1 },
        { fundingSourceId: s.erdf.id, committedCents: 100, spentCents: 200 },
      ],
    });
    // The note rules hold for a source's money over its years: both lines are ERDF, so the
    // totals (−1 planned, 100 committed, 200 spent) are named at its first line.
    expect(issuesOf(error)).toEqual([
      'progress:too_big',
      'fundingLines.0.plannedCents:too_small',
      'fundingLines.0.committedCents:committedAbovePlanned',
      'fundingLines.0.spentCents:spentAboveCommitted',
    ]);
    expect(issuesOf(await expectRefused(t, 'action.create', { ...base, type: 'party', status: 'done', startDate: '2024-02-30' }))).toEqual([
      'type:invalid_value',
      'status:invalid_value',
      'startDate:invalid_format',
    ]);
    expect(await expectRefused(t, 'action.create', { ...base, leadStakeholderId: missingId })).toEqual({ kind: 'notFound', entity: 'stakeholder', id: missingId });
    expect(await expectRefused(t, 'action.create', { ...base, fundingLines: [{ fundingSourceId: missingId }] })).toEqual({ kind: 'notFound', entity: 'fundingSource', id: missingId });
  });

  it('action.get shows lead, partners, sectors, networks, lines, milestones, indicators and workshops', async () => {
    const detail = await t.call('action.get', { id: s.action.id });
    expect(detail.lead?.name).toBe('Prizztech Oy');
    expect(detail.partners.map((p) => p.name)).toEqual(['Kaakkois-Suomen ammattikorkeakoulu']);
    expect(detail.sectors.map((x) => x.name)).toEqual(['Biotalous', 'Logistiikka']);
    expect(detail.networks.map((n) => n.name)).toEqual(['TEKEL']);
    expect(detail.fundingLines).toMatchObject([{ plannedCents: 12_881_000 }]);
    expect(detail.workshops.map((w) => w.title)).toEqual(['Biotalouden työpaja']);
    expect(await t.fails('action.get', { id: missingId })).toEqual({ kind: 'notFound', entity: 'action', id: missingId });
  });

  it('action.update replaces funding lines and milestones as a whole, keeping the ids given', async () => {
    const before = await t.call('action.get', { id: s.action.id });
    const kept = before.fundingLines[0]!;
    const updated = await expectUndoable(t, () =>
      t.call('action.update', {
        id: s.action.id,
        expectedUpdatedAt: s.action.updatedAt,
        progress: 60,
        fundingLines: [
          { id: kept.id, fundingSourceId: kept.fundingSourceId, plannedCents: kept.plannedCents, committedCents: kept.committedCents, spentCents: 13_000_000, note: 'Lisätyö hyväksytty' },
          { fundingSourceId: s.erdf.id, plannedCents: 1_000_000 },
        ],
        milestones: [],
      }),
      'action.update',
    );
    const after = await t.call('action.get', { id: s.action.id });
    expect(after.fundingLines.map((l) => l.id)).toContain(kept.id);
    expect(after.fundingLines.find((l) => l.id === kept.id)).toMatchObject({ spentCents: 13_000_000, note: 'Lisätyö hyväksytty', createdAt: kept.createdAt });
    expect(after.fundingLines).toHaveLength(2);
    expect(after.milestones).toEqual([]);
    expect(updated).toMatchObject({ progress: 60 });
  });

  it('action.update checks one date against the stored other, and refuses unknown line ids and conflicts', async () => {
    const v = { id: s.action.id, expectedUpdatedAt: s.action.updatedAt };
    expect(issuesOf(await expectRefused(t, 'action.update', { ...v, endDate: '2021-12-31' }))).toEqual(['endDate:endBeforeStart']);
    expect(issuesOf(await expectRefused(t, 'action.update', { ...v, fundingLines: [{ fundingSourceId: s.erdf.id, plannedCents: 1, committedCents: 1, spentCents: 2, note: ' ' }] }))).toEqual([
      'fundingLines.0.spentCents:spentAboveCommitted',
    ]);
    expect(await expectRefused(t, 'action.update', { ...v, milestones: [{ id: missingId, title: 'M', dueDate: '2023-01-01' }] })).toEqual({ kind: 'notFound', entity: 'milestone', id: missingId });
    const renamed = await expectUndoable(t, () => t.call('action.update', { ...v, title: 'SIXNET-verkosto' }), 'action.rename');
    expect(await expectRefused(t, 'action.update', { ...v, progress: 10 })).toEqual({ kind: 'conflict', entity: 'action', id: s.action.id });
    expect(await expectRefused(t, 'action.update', { ...v, id: missingId })).toMatchObject({ kind: 'notFound', entity: 'action' });
    await expectUndoable(t, () => t.call('action.update', { id: s.action.id, expectedUpdatedAt: renamed.updatedAt, startDate: null, endDate: null }));
  });

  it('action.delete takes its lines, milestones and indicators with it; undo restores every row', async () => {
    await t.call('indicator.create', { name: 'Osallistujat', kind: 'output', actionId: s.action.id });
    expect((await t.call('plan.impact', { entity: 'action', id: s.action.id })).effects.map((e) => `${e.what}:${e.count}`)).toEqual([
      'indicator:1',
      'fundingLine:1',
      'milestone:1',
      'sectorLink:2',
      'networkLink:1',
      'actionPartner:1',
      'workshopLink:1',
    ]);
    await expectUndoable(t, () => t.call('action.delete', { id: s.action.id }));
    expect(await expectRefused(t, 'action.delete', { id: s.action.id })).toMatchObject({ kind: 'notFound' });
  });
});
