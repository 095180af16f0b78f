import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThreadedCore, type ThreadedCore } from '../../electron/core/worker/threaded-core';
import type { PlanEvent } from '../../shared/contract/channels';
import type { Reply } from '../../shared/contract/errors';
import { bundleForNode } from '../helpers/bundle';
import { planFields, tempDir } from '../helpers/core';

/**
 * The core off the host's thread: a writer worker holds the plan, a reader worker answers
 * queries on its own read-only connection, so they are answered while a long import writes,
 * and the import can be cancelled before it commits.
 */
const ROWS = 20_000;
let dir: string;
let core: ThreadedCore;
const events: PlanEvent[] = [];
const logged: string[] = [];
let csv: string;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

beforeAll(async () => {
  dir = tempDir('s3-threaded-');
  const workerPath = bundleForNode(path.resolve(import.meta.dirname, '../../electron/core/worker/entry.ts'), 'core-worker');
  core = createThreadedCore({
    workerPath,
    userDataDir: path.join(dir, 'user-data'),
    documentsDir: path.join(dir, 'documents'),
    emit: (e) => events.push(e),
    log: (m) => logged.push(m),
  });
  await call('plan.create', { path: path.join(dir, 'plan.s3plan'), fields: planFields });
  await call('sector.create', { name: 'Logistiikka' });
  csv = path.join(dir, 'toimijat.csv');
  const lines = ['Nimi;Neloskierre;Kunta;Kärkiala'];
  for (let i = 1; i <= ROWS; i++) lines.push(`Toimija ${i} Oy;Yritykset;Kotka;Logistiikka`);
  fs.writeFileSync(csv, `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stakeholders = () => call<unknown[]>('stakeholder.list', {}).then((rows) => rows.length);

async function openImport() {
  const id = randomUUID();
  const opened = await call<{ columns: (string | null)[] }>('import.open', { id, path: csv, target: 'stakeholders' });
  await call('import.preview', { id, columns: opened.columns });
  return { id, columns: opened.columns };
}

/** Resolves once the writer reports rows written for the import `id`. */
const writing = (id: string) =>
  new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (events.some((e) => e.name === 'import.progress' && e.id === id && e.phase === 'write')) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });

describe('the core in worker threads', () => {
  it('runs commands and queries and relays the events, with the calling window named', async () => {
    const seen = events.length;
    const sector = await core.dispatch('sector.create', { name: 'Biotalous' }, { client: 'window-7' });
    expect(sector.ok && sector.step).toMatchObject({ label: 'sector.create' });
    const names = (await call<{ name: string }[]>('sector.list', {})).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Logistiikka', 'Biotalous']));
    expect(events.slice(seen)).toEqual([{ name: 'plan.changed', channel: 'sector.create', client: 'window-7', tables: ['sector'] }]);
    // The default window's own step (Logistiikka); window-7's is its own.
    expect((await call<{ undoDepth: number }>('history.state', {})).undoDepth).toBe(1);
  });

  it('answers a query while an import writes: its reply comes before the import’s', async () => {
    const { id, columns } = await openImport();
    const order: string[] = [];
    const run = core.dispatch('import.run', { id, columns, goodRowsOnly: false }).then((r) => {
      order.push('import');
      return r;
    });
    // Wait until the writer reports rows written, then ask the reader.
    await writing(id);
    const started = performance.now();
    const list = await core.dispatch('sector.list', {});
    const ms = performance.now() - started;
    order.push('query');
    const imported = await run;
    expect(list.ok).toBe(true);
    expect(imported.ok).toBe(true);
    expect(order).toEqual(['query', 'import']);
    console.log(`a query during a ${ROWS}-row import answered in ${ms.toFixed(1)} ms`);
    expect(await stakeholders()).toBe(ROWS);
    await call('history.undo', {});
    expect(await stakeholders()).toBe(0);
  });

  it('cancels an import while it writes: nothing is written, no undo step, the import is forgotten', async () => {
    const { id, columns } = await openImport();
    const depth = (await call<{ undoDepth: number }>('history.state', {})).undoDepth;
    const run = core.dispatch('import.run', { id, columns, goodRowsOnly: false });
    await writing(id);
    await core.dispatch('import.cancel', { id });
    const reply: Reply<unknown> = await run;
    expect(reply).toEqual({ ok: false, error: { kind: 'cancelled', id } });
    expect(await stakeholders()).toBe(0);
    expect((await call<{ undoDepth: number }>('history.state', {})).undoDepth).toBe(depth);
  });

  it('cancels an action import that creates its leads while it writes (progress counts both): nothing created, nothing written', async () => {
    const file = path.join(dir, 'hankkeet.csv');
    const lines = ['Hankkeen nimi;Toteuttajan nimi;Tila'];
    for (let i = 1; i <= 1500; i++) lines.push(`Hanke ${i};Toteuttaja ${i} Oy;Toiminnassa`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const id = randomUUID();
    const opened = await call<{ columns: (string | null)[] }>('import.open', { id, path: file, target: 'actions' });
    const preview = await call<{ add: number; created: unknown[] }>('import.preview', { id, columns: opened.columns });
    expect({ add: preview.add, created: preview.created.length }).toEqual({ add: 1500, created: 1500 });
    const depth = (await call<{ undoDepth: number }>('history.state', {})).undoDepth;
    const run = core.dispatch('import.run', { id, columns: opened.columns, create: { helix: 'business' } });
    await writing(id);
    const first = events.find((e) => e.name === 'import.progress' && e.id === id && e.phase === 'write');
    expect(first).toMatchObject({ done: 100, total: 3000 });
    await core.dispatch('import.cancel', { id });
    expect(await run).toEqual({ ok: false, error: { kind: 'cancelled', id } });
    expect(await stakeholders()).toBe(0);
    expect(await call<unknown[]>('action.list', {})).toEqual([]);
    expect((await call<{ undoDepth: number }>('history.state', {})).undoDepth).toBe(depth);
  });

  it('the reader follows the writer to another plan', async () => {
    await call('plan.create', { path: path.join(dir, 'other.s3plan'), fields: { ...planFields, name: 'Toinen' } });
    expect(await call<unknown[]>('sector.list', {})).toEqual([]);
    expect((await call<{ name: string }>('plan.get', {})).name).toBe('Toinen');
    expect(logged).toEqual([]);
  });
});
