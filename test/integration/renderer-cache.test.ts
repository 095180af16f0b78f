import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryObserver } from '@tanstack/react-query';
import { createCore, type Core } from '../../electron/core/dispatch';
import { createApi, type Transport } from '../../renderer/src/api/api';
import { fetchChannel, queryKey, type QueryChannel } from '../../renderer/src/api/queries';
import { createStore, type AppStore } from '../../renderer/src/store/store';
import type { Input, PlanEvent } from '../../shared/contract/channels';
import { planFields, tempDir } from '../helpers/core';

/**
 * The renderer's store and query cache over a real core (real plan file): a change refetches
 * exactly the cached answers that read a table it wrote, once; commands refetch nothing by
 * hand; the store holds UI state, the cache what was read.
 */
let dir: string;
let core: Core;
let store: AppStore;
let calls: string[];
const listeners = new Set<(e: PlanEvent) => void>();
const unsubscribe: (() => void)[] = [];

/** Calls as the renderer makes them (one tab), counted; events as the host sends them. */
function transport(client: string): Transport {
  return {
    host: 'browser',
    invoke: (channel, input) => {
      calls.push(channel);
      return core.dispatch(channel, input, { client });
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

beforeEach(async () => {
  dir = tempDir('s3-cache-');
  core = createCore({ userDataDir: path.join(dir, 'user-data'), documentsDir: dir, log: () => {}, emit: (e) => listeners.forEach((l) => l(e)) });
  calls = [];
  store = createStore(createApi(transport('tab-1')));
  unsubscribe.push(store.connect());
  const created = await store.getState().createPlan(path.join(dir, 'plan.s3plan'), planFields);
  expect(created.ok).toBe(true);
});
afterEach(() => {
  while (unsubscribe.length) unsubscribe.pop()!();
  store.queries.clear();
  core.close();
});

const api = () => createApi(transport('tab-1'));
const planPath = () => store.getState().planFile!.path;

/** A query a screen shows: an active observer over the cache, as useQuery makes one. */
async function show<C extends QueryChannel>(channel: C, input: Input<C>) {
  const observer = new QueryObserver(store.queries, { queryKey: queryKey(channel, input, planPath()), queryFn: () => fetchChannel(api(), channel, input) });
  unsubscribe.push(observer.subscribe(() => {}));
  await settled();
  return observer;
}

/** Waits until nothing is being fetched and the store's own refreshes are done. */
async function settled() {
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 5));
    if (store.queries.isFetching() === 0) return;
  }
}

describe('the renderer’s query cache', () => {
  it('one rename with four lists and the detail shown makes at most four calls: the command, the history, the sector list and the sector', async () => {
    const sector = (await store.getState().command('sector.create', { name: 'Logistiikka' })) as { ok: true; value: { id: string; updatedAt: string } };
    await show('sector.list', { includeArchived: true });
    await show('stakeholder.list', {});
    await show('network.list', {});
    await show('action.list', {});
    await show('sector.get', { id: sector.value.id });
    await settled();
    calls = [];
    const renamed = await store.getState().command('sector.update', { id: sector.value.id, expectedUpdatedAt: sector.value.updatedAt, name: 'Logistiikka ja liikenne' });
    expect(renamed.ok).toBe(true);
    await settled();
    expect(calls.length).toBeLessThanOrEqual(4);
    expect([...calls].sort()).toEqual(['history.state', 'sector.get', 'sector.list', 'sector.update']);
    const list = store.queries.getQueryData(queryKey('sector.list', { includeArchived: true }, planPath())) as { name: string }[];
    expect(list.map((s) => s.name)).toEqual(['Logistiikka ja liikenne']);
  });

  it('a change in another window refetches what reads its tables here too, and nothing else', async () => {
    await show('sector.list', { includeArchived: true });
    await show('stakeholder.list', {});
    await settled();
    calls = [];
    // Another tab adds a stakeholder: its plan.changed reaches this tab.
    const other = await core.dispatch('stakeholder.create', { name: 'Xamk', helix: 'academia', type: 'uas' }, { client: 'tab-2' });
    expect(other.ok).toBe(true);
    await settled();
    expect([...calls].sort()).toEqual(['history.state', 'stakeholder.list']);
    const rows = store.queries.getQueryData(queryKey('stakeholder.list', {}, planPath())) as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(['Xamk']);
  });

  it('a query no screen shows is only marked stale, and refetched when one shows it again', async () => {
    const observer = await show('network.list', {});
    await settled();
    unsubscribe.pop()!(); // the screen went away
    calls = [];
    await store.getState().command('network.create', { name: 'TEKEL', scope: 'national', membership: 'member' });
    await settled();
    expect(calls.filter((c) => c === 'network.list')).toEqual([]);
    expect(store.queries.getQueryState(observer.options.queryKey)?.isInvalidated).toBe(true);
    await show('network.list', {});
    expect(calls.filter((c) => c === 'network.list')).toEqual(['network.list']);
  });

  it('undo refetches what the undone step wrote, and Edit → Undo follows it', async () => {
    await show('sector.list', { includeArchived: true });
    await store.getState().command('sector.create', { name: 'Biotalous' });
    await settled();
    expect(store.getState().history?.undo).toBe('sector.create');
    calls = [];
    await store.getState().undo();
    await settled();
    expect(calls).toContain('sector.list');
    expect(store.queries.getQueryData(queryKey('sector.list', { includeArchived: true }, planPath()))).toEqual([]);
    expect(store.getState().history).toMatchObject({ undo: null, redo: 'sector.create' });
  });

  it('closing the plan forgets every answer; the store keeps only UI state', async () => {
    await show('sector.list', { includeArchived: true });
    await settled();
    expect(store.queries.getQueryCache().getAll().length).toBeGreaterThan(0);
    await store.getState().closePlan();
    await settled();
    expect(store.queries.getQueryCache().getAll()).toEqual([]);
    expect(store.getState().planFile).toBeNull();
    expect(Object.keys(store.getState()).filter((k) => ['sectors', 'stakeholders', 'revision', 'ensure'].includes(k))).toEqual([]);
  });
});
