// Dashboard queries: the whole `dashboard.get` through the core, each SQL statement it runs,
// and the same statements with the same parameters in Debian's sqlite3 shell.
import path from 'node:path';
import type { Core } from '../../electron/core/dispatch';
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
  await core.dispatch('plan.open', { path: file });
  const calls = record(core.context.db());
  const input = { filters: {}, today: '2026-11-23' };
  const first = await core.dispatch('dashboard.get', input);
  if (!first.ok) throw new Error(`dashboard.get failed: ${JSON.stringify(first.error)}`);
  const queries = calls.splice(0); // one call per statement of one dashboard.get
  const figures: Figure[] = [];
  const all = await medianAsync(reps, () => core.dispatch('dashboard.get', input));
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
  return figures;
}
