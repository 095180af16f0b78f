import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../electron/core/storage/connection';
import * as repo from '../../electron/core/storage/repos/dashboard-repo';
import { readMemo } from '../../electron/core/storage/read-memo';
import { createThreadedCore, type ThreadedCore } from '../../electron/core/worker/threaded-core';
import { planFields, tempDir, testCore, type TestCore } from '../helpers/core';
import { bundleForNode } from '../helpers/bundle';
import { tablesOf } from '../helpers/sql-tables';
import { channels } from '../../shared/contract/channels';

/**
 * The Dashboard keeps each read until a change touches a table it reads (read-memo.ts). That is
 * only right if each read names every table its SQL reads, and if every change reaches the memo:
 * on the core's own connection, on the reader thread's, and from a program that wrote the file.
 */
let t: TestCore;
let file: string;
const today = '2026-12-03';
const get = async () => t.call('dashboard.get', { filters: {}, today });
/** The same Dashboard read from the tables, nothing kept. */
const cold = async () => {
  readMemo(t.core.context.db()).clear();
  return get();
};

beforeAll(async () => {
  t = testCore();
  file = (await t.call('plan.resume', {}))!.path; // the example plan: every chart has rows
});
afterAll(() => t.close());

describe('each Dashboard read names the tables its SQL reads', () => {
  const p: repo.DashboardParams = { sectors: null, helix: null, sources: null, fromDate: null, toDate: null, today };
  const runs: Record<repo.DashboardRead, (db: Parameters<typeof repo.dashboardPlan>[0]) => unknown> = {
    dashboardPlan: (db) => repo.dashboardPlan(db),
    shownSectors: (db) => repo.shownSectors(db, p),
    fundingSourcesInUse: (db) => repo.fundingSourcesInUse(db),
    coverageRows: (db) => repo.coverageRows(db, p),
    networkCoverageRows: (db) => repo.networkCoverageRows(db, p),
    networkMapRows: (db) => repo.networkMapRows(db, p, 10),
    stakeholderRows: (db) => repo.stakeholderRows(db, p),
    engagementHistory: (db) => repo.engagementHistory(db, p),
    actionStatusRows: (db) => repo.actionStatusRows(db, p),
    actionTotals: (db) => repo.actionTotals(db, p),
    lateActions: (db) => repo.lateActions(db, p, 10),
    overdueMilestones: (db) => repo.overdueMilestones(db, p, 10),
    moneyLines: (db) => repo.moneyLines(db, p),
    timelineRows: (db) => repo.timelineRows(db, p, 3),
    milestonesOf: (db) => repo.milestonesOf(db, []),
    indicatorRows: (db) => repo.indicatorRows(db, p),
    indicatorPoints: (db) => repo.indicatorPoints(db, [], 10),
  };
  it('together, exactly the tables the dashboard.get channel declares (the windows refetch on those)', () => {
    const all = new Set(Object.values(repo.reads).flat());
    expect([...all].sort()).toEqual([...(channels['dashboard.get'].reads ?? [])].sort());
  });

  for (const read of Object.keys(repo.reads) as repo.DashboardRead[]) {
    it(`${read}: ${repo.reads[read].join(', ')}`, () => {
      // A connection of its own: the repo prepares each statement once per connection.
      const db = connect(file, { readonly: true });
      try {
        const seen: string[] = [];
        const prepare = db.prepare.bind(db);
        db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof db.prepare;
        runs[read](db);
        db.prepare = prepare;
        expect(seen.length).toBeGreaterThan(0);
        // Every parameter any read binds; a statement ignores those it does not name.
        const args = { ...p, limit: 10, perSector: 3, ids: '[]', max: 10 };
        const tables = new Set(seen.flatMap((sql) => tablesOf(db, sql, sql.includes('@') ? [args] : [])));
        expect([...tables].sort()).toEqual([...repo.reads[read]].sort());
      } finally {
        db.close();
      }
    });
  }
});

describe('what the Dashboard kept is read again after a change', () => {
  it('is the Dashboard read from the tables after each kind of change, and after undo and redo', async () => {
    const first = await get();
    expect(readMemo(t.core.context.db()).size).toBeGreaterThan(10);
    const sectors = await t.call('sector.list', {});
    const stakeholders = await t.call('stakeholder.list', {});
    const indicators = await t.call('indicator.list', {});
    const actions = await t.call('action.list', {});
    const sector = sectors[0]!;
    // A stakeholder not yet in the first sector, so the coverage matrix gains a pair.
    const outsider = stakeholders.find((s) => !s.engagements.some((e) => e.sectorId === sector.id))!;
    const changes: [string, () => Promise<unknown>][] = [
      ['a sector renamed', () => t.call('sector.update', { id: sector.id, expectedUpdatedAt: sector.updatedAt, name: `${sector.name} (uusi)` })],
      ['an engagement set', () => t.call('engagement.set', { stakeholderId: outsider.id, sectorId: sector.id, level: 'leading', changedOn: '2026-11-30' })],
      ['a measurement added', () => t.call('measurement.add', { indicatorId: indicators[0]!.id, value: 12345, measuredOn: '2026-11-30' })],
      ['an action deleted', () => t.call('action.delete', { id: actions[0]!.id })],
      ['a stakeholder deleted', () => t.call('stakeholder.delete', { id: stakeholders[1]!.id })],
      ['the deletion undone', () => t.call('history.undo', {})],
      ['the deletion redone', () => t.call('history.redo', {})],
    ];
    let before = first;
    for (const [what, change] of changes) {
      await change();
      const kept = await get();
      expect(kept, what).not.toEqual(before);
      expect(kept, what).toEqual(await cold());
      before = kept;
    }
  });

  it('keeps what a change did not touch: a measurement added reads no engagement again', async () => {
    await get();
    const memo = readMemo(t.core.context.db());
    const before = memo.size;
    const indicators = await t.call('indicator.list', {});
    await t.call('measurement.add', { indicatorId: indicators[0]!.id, value: 1, measuredOn: '2026-12-01' });
    // indicatorRows and indicatorPoints dropped; coverage, money, timeline and the rest kept.
    expect(memo.size).toBe(before - 2);
  });

  it('drops everything when another program wrote the file (SQLite’s data_version moved)', async () => {
    const before = await get();
    const other = new Database(file);
    try {
      other.prepare('UPDATE plan SET name = ?').run('Toisen ohjelman nimi');
    } finally {
      other.close();
    }
    const after = await get();
    expect(after.plan.name).toBe('Toisen ohjelman nimi');
    expect(after).toEqual({ ...before, plan: { ...before.plan, name: 'Toisen ohjelman nimi' } });
  });
});

describe('the reader thread', () => {
  let dir: string;
  let core: ThreadedCore;
  const call = async <T,>(channel: string, input: unknown): Promise<T> => {
    const reply = await core.dispatch(channel, input);
    if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
    return reply.value as T;
  };
  beforeAll(async () => {
    dir = tempDir('s3-memo-');
    core = createThreadedCore({
      workerPath: bundleForNode(path.resolve(import.meta.dirname, '../../electron/core/worker/entry.ts'), 'core-worker'),
      userDataDir: path.join(dir, 'user-data'),
      documentsDir: path.join(dir, 'documents'),
      log: () => {},
    });
    await call('plan.create', { path: path.join(dir, 'plan.s3plan'), fields: planFields });
  });
  afterAll(async () => core?.close());

  it('answers with the writer’s change as soon as the change is answered', async () => {
    type Dash = { sectors: { name: string }[]; stakeholders: { total: number }; coverage: unknown };
    const sector = await call<{ id: string }>('sector.create', { name: 'Logistiikka' });
    expect((await call<Dash>('dashboard.get', { filters: {}, today })).stakeholders.total).toBe(0);
    const s = await call<{ id: string }>('stakeholder.create', { name: 'Kotkan Satama Oy', helix: 'business', type: 'sme' });
    expect((await call<Dash>('dashboard.get', { filters: {}, today })).stakeholders.total).toBe(1);
    const withoutPair = await call<Dash>('dashboard.get', { filters: {}, today });
    await call('engagement.set', { stakeholderId: s.id, sectorId: sector.id, level: 'committed', changedOn: '2026-12-01' });
    expect((await call<Dash>('dashboard.get', { filters: {}, today })).coverage).not.toEqual(withoutPair.coverage);
    await call('history.undo', {});
    expect((await call<Dash>('dashboard.get', { filters: {}, today })).coverage).toEqual(withoutPair.coverage);
  });
});
