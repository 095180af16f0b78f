// Dashboard queries: the whole `dashboard.get` through the core, each SQL statement it runs,
// and the same statements with the same parameters in Debian's sqlite3 shell.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/dispatch';
import { readMemo } from '../../electron/core/storage/read-memo';
import { createCore } from '../../electron/core/dispatch';
import type { Db } from '../../electron/core/storage/connection';
import { medianAsync, median, sqliteShell } from './measure';
import type { Figure } from './bench';

interface Call {
  sql: string;
  params: Record<string, unknown> | undefined;
  run: () => unknown;
}

/** Records every statement the core prepares on this connection, with the parameters it runs with. */
function record(db: Db): Call[] {
  const calls: Call[] = [];
  const prepare = db.prepare.bind(db);
  (db as { prepare: Db['prepare'] }).prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const proxy: typeof stmt = new Proxy(stmt, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        // .raw() and .pluck() switch the statement's mode and return it: keep recording.
        if ((key === 'raw' || key === 'pluck') && typeof value === 'function') {
          return (...args: unknown[]) => ((value as (...a: unknown[]) => unknown).apply(target, args), proxy);
        }
        if ((key === 'all' || key === 'get') && typeof value === 'function') {
          return (...args: unknown[]) => {
            const params = args[0] as Record<string, unknown> | undefined;
            calls.push({ sql, params, run: () => (value as (...a: unknown[]) => unknown).apply(target, args) });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return proxy;
  }) as Db['prepare'];
  return calls;
}

const literal = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);

/** The statement as the sqlite3 shell runs it, its named parameters written in as literals. */
function shellScript(call: Call): string[] {
  return [call.sql.replace(/@(\w+)/g, (_, name: string) => literal(call.params?.[name]))];
}

export async function benchDashboard(plan: string, file: string, scratch: string, reps: number, shell: boolean): Promise<Figure[]> {
  const core: Core = createCore({ userDataDir: path.join(scratch, 'dash-ud'), documentsDir: scratch, log: () => {} });
  const opened = await core.dispatch('plan.open', { path: file });
  if (!opened.ok) throw new Error(`plan.open failed: ${JSON.stringify(opened.error)}`);
  const calls = record(core.context.db());
  const input = { filters: {}, today: '2026-11-23' };
  const first = await core.dispatch('dashboard.get', input);
  if (!first.ok) throw new Error(`dashboard.get failed: ${JSON.stringify(first.error)}`);
  const queries = calls.splice(0); // one call per statement of one dashboard.get
  const figures: Figure[] = [];
  // Nothing kept between calls: every read runs, as after opening the plan.
  const db = core.context.db();
  const all = await medianAsync(reps, () => (readMemo(db).clear(), core.dispatch('dashboard.get', input)));
  const fig = (name: string, ms: number, ref: number | null): Figure => ({
    plan, figure: name, ms, reference: ref === null ? null : 'same SQL in sqlite3', referenceMs: ref, ratio: ref ? ms / ref : null,
  });
  let sqlTotal = 0;
  let shellTotal = 0;
  queries.forEach((q, i) => {
    const ms = median(reps, q.run);
    const ref = shell ? sqliteShell(file, shellScript(q), reps) : null;
    sqlTotal += ms;
    shellTotal += ref ?? 0;
    const name = /FROM\s+(\w+)/i.exec(q.sql.replace(/WITH[\s\S]*?\)\s*SELECT/i, 'SELECT'))?.[1] ?? 'query';
    figures.push(fig(`Dashboard query ${i + 1} (${name})`, ms, ref));
  });
  figures.push(fig(`Dashboard: all ${queries.length} queries (SQL only)`, sqlTotal, shell ? shellTotal : null));
  figures.push({ plan, figure: 'Dashboard: dashboard.get through the contract (shaping included)', ms: all, reference: 'the same SQL, better-sqlite3', referenceMs: sqlTotal, ratio: all / sqlTotal });
  core.close();
  figures.push(...(await afterOneChange(plan, file, scratch, reps, all)));
  return figures;
}

/**
 * dashboard.get right after one change, as a window refetches it on plan.changed: the reads of
 * the tables the change wrote run again, the rest are kept (storage/read-memo.ts). Each change
 * is undone before the next rep; on a copy of the plan.
 */
async function afterOneChange(plan: string, file: string, scratch: string, reps: number, coldMs: number): Promise<Figure[]> {
  const copy = path.join(scratch, `dash-changes-${plan}.s3plan`);
  fs.copyFileSync(file, copy);
  const core: Core = createCore({ userDataDir: path.join(scratch, 'dash-ud'), documentsDir: scratch, log: () => {} });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const reply = await core.dispatch(channel, input);
    if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
    return reply.value as T;
  };
  try {
    await call('plan.open', { path: copy });
    const input = { filters: {}, today: '2026-11-23' };
    const db = core.context.db();
    const one = <T>(sql: string) => db.prepare(sql).get() as T;
    const pair = one<{ stakeholderId: string; sectorId: string }>('SELECT stakeholder_id AS stakeholderId, sector_id AS sectorId FROM engagement LIMIT 1');
    const indicatorId = one<{ id: string }>('SELECT id FROM indicator LIMIT 1').id;
    const action = one<{ id: string; updatedAt: string }>("SELECT id, updated_at AS updatedAt FROM action WHERE status <> 'cancelled' LIMIT 1");
    const changes: [string, () => Promise<unknown>][] = [
      ['an engagement level set', () => call('engagement.set', { ...pair, level: 'leading', changedOn: '2026-11-20' })],
      ['a measurement added', () => call('measurement.add', { indicatorId, value: 1, measuredOn: '2026-11-20' })],
      ['an action’s progress set', () => call('action.update', { id: action.id, expectedUpdatedAt: one<{ v: string }>(`SELECT updated_at AS v FROM action WHERE id = '${action.id}'`).v, progress: 55 })],
    ];
    const out: Figure[] = [];
    await call('dashboard.get', input);
    for (const [what, change] of changes) {
      const times: number[] = [];
      for (let i = 0; i < Math.max(3, reps); i++) {
        await change();
        const start = process.hrtime.bigint();
        await call('dashboard.get', input);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        await call('history.undo', {});
        await call('dashboard.get', input);
      }
      const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      out.push({ plan, figure: `Dashboard: dashboard.get after ${what} (the reads of the tables it wrote again)`, ms, reference: 'dashboard.get with nothing kept', referenceMs: coldMs, ratio: ms / coldMs });
    }
    return out;
  } finally {
    core.close();
    fs.rmSync(copy, { force: true });
  }
}
