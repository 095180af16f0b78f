// Rule "one late" (issue 13): an action is late in one way everywhere. The Dashboard's counts,
// its "N actions are late" link and chart bars (which open the Actions list with a status
// filter), the list's own filter, the list export, and the detail views of related things all
// agree, and the status the officer typed is kept beside it.
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionMatches, listFilterOf } from '../../../shared/domain/list-filters';
import type { ActionRow } from '../../../shared/schemas/action';
import { actionStatuses } from '../../../shared/schemas/enums';
import type { TestCore } from '../../helpers/core';
import { planCore } from '../handlers/helpers';

let t: TestCore;
beforeEach(async () => {
  t = await planCore();
});
afterEach(() => t.close());

/** Today's date on this machine, as the core and the renderer read it. */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * A plan whose actions cover every way "late" can be decided: typed running but ended long
 * ago, typed late, typed completed/cancelled after their end, running into the future.
 */
async function actions() {
  const bio = await t.call('sector.create', { name: 'Biotalous' });
  const logistics = await t.call('sector.create', { name: 'Logistiikka' });
  const make = (title: string, status: 'planned' | 'running' | 'completed' | 'late' | 'cancelled', endDate: string | null, sectorIds: string[]) =>
    t.call('action.create', { title, type: 'project', status, startDate: endDate ? '2020-01-01' : null, endDate, sectorIds });
  const ended = await make('Ended but typed running', 'running', '2023-12-31', [bio.id]);
  const typedLate = await make('Typed late, ends later', 'late', '2099-12-31', [logistics.id]);
  const done = await make('Completed after its end', 'completed', '2022-06-30', [bio.id]);
  const cancelled = await make('Cancelled', 'cancelled', '2021-06-30', [bio.id]);
  const running = await make('Running on', 'running', '2099-12-31', [bio.id, logistics.id]);
  const planned = await make('Planned, ended unstarted', 'planned', '2024-01-31', [logistics.id]);
  const undated = await make('Undated and running', 'running', null, []);
  return { bio, logistics, ended, typedLate, done, cancelled, running, planned, undated };
}

const titles = (rows: { title: string }[]) => rows.map((r) => r.title).sort();

describe('one late', () => {
  it('the Dashboard link "N actions are late" opens a list that shows exactly those N actions', async () => {
    await actions();
    const d = await t.call('dashboard.get', {});
    expect(d.attention.lateCount).toBe(3);
    const rows = await t.call('action.list', {});
    // The link is #/actions?status=late; the list filters its rows with actionMatches.
    const shown = rows.filter((r) => actionMatches(r, { status: 'late' }));
    expect(titles(shown)).toEqual(titles(d.attention.late));
    expect(titles(shown)).toEqual(['Ended but typed running', 'Planned, ended unstarted', 'Typed late, ends later']);
  });

  it('every bar of "Actions by sector" opens a list with as many rows as the bar counts', async () => {
    await actions();
    const d = await t.call('dashboard.get', {});
    const rows = await t.call('action.list', {});
    // A bar's link is #/actions?status=<status>&sector=<id>, or sector=none for the "No sector" bar.
    for (const bar of d.actions.bySector) {
      for (const status of actionStatuses) {
        const shown = rows.filter((r) => actionMatches(r, listFilterOf({ status, sector: bar.sectorId ?? 'none' })));
        expect(shown.length, `${bar.sectorId ?? 'no sector'} × ${status}`).toBe(bar.counts[status]);
      }
    }
    expect(d.actions.bySector.some((b) => b.sectorId === null)).toBe(true);
    for (const status of actionStatuses) {
      expect(rows.filter((r) => actionMatches(r, listFilterOf({ status }))).length, `total ${status}`).toBe(d.actions.byStatus[status]);
    }
  });

  it('the list keeps the typed status and carries the derived one, with the date that made it late', async () => {
    const a = await actions();
    const rows = await t.call('action.list', {});
    const row = (id: string) => rows.find((r) => r.id === id) as ActionRow & { derivedStatus?: string };
    expect(row(a.ended.id).status).toBe('running');
    expect(row(a.ended.id).derivedStatus).toBe('late');
    expect(row(a.typedLate.id).derivedStatus).toBe('late');
    expect(row(a.done.id).derivedStatus).toBe('completed');
    expect(row(a.cancelled.id).derivedStatus).toBe('cancelled');
    expect(row(a.running.id).derivedStatus).toBe('running');
    expect(row(a.undated.id).derivedStatus).toBe('running');
    // The action itself is unchanged: nothing was written to make it late.
    const detail = await t.call('action.get', { id: a.ended.id });
    expect(detail.status).toBe('running');
    expect((detail as typeof detail & { derivedStatus?: string }).derivedStatus).toBe('late');
  });

  it('related actions in sector, stakeholder, network and workshop views show the derived status', async () => {
    const a = await actions();
    const lead = await t.call('stakeholder.create', { name: 'Prizztech Oy', helix: 'business', type: 'development_company' });
    const net = await t.call('network.create', { name: 'TEKEL', scope: 'national', membership: 'member' });
    const ws = await t.call('workshop.create', { title: 'Työpaja', heldOn: '2024-04-10', actionIds: [a.ended.id] });
    const current = await t.call('action.get', { id: a.ended.id });
    await t.call('action.update', { id: a.ended.id, expectedUpdatedAt: current.updatedAt, leadStakeholderId: lead.id, networkIds: [net.id] });
    const refs = [
      (await t.call('sector.get', { id: a.bio.id })).actions.find((x) => x.id === a.ended.id),
      (await t.call('stakeholder.get', { id: lead.id })).actions.find((x) => x.id === a.ended.id),
      (await t.call('network.get', { id: net.id })).actions.find((x) => x.id === a.ended.id),
      (await t.call('workshop.get', { id: ws.id })).actions.find((x) => x.id === a.ended.id),
    ];
    for (const ref of refs) expect(ref as unknown).toMatchObject({ status: 'running', derivedStatus: 'late' });
  });

  it('a list export filtered to "late" writes the same actions the Dashboard counts', async () => {
    await actions();
    const d = await t.call('dashboard.get', {});
    const file = path.join(t.dir, 'late.csv');
    const result = await t.call('export.list', { list: 'actions', path: file, format: 'csv', language: 'en', filter: { status: 'late' } });
    expect(result.rows).toBe(d.attention.lateCount);
    const text = fs.readFileSync(file, 'utf8');
    for (const a of d.attention.late) expect(text).toContain(a.title);
  });

  it('the timeline colours by the derived status and keeps the typed one', async () => {
    const a = await actions();
    const d = await t.call('dashboard.get', {});
    const row = d.timeline.rows.find((r) => r.id === a.ended.id) as (typeof d.timeline.rows)[number] & { derivedStatus?: string };
    expect(row.status).toBe('running');
    expect(row.derivedStatus).toBe('late');
  });

  it('the Dashboard and the lists read the same "today" (the machine\'s local date)', async () => {
    const d = await t.call('dashboard.get', {});
    expect(d.today).toBe(localToday());
  });
});
