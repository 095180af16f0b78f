import type { StateCreator } from 'zustand/vanilla';
import type { Api } from '../api/client';
import type { Reply } from '../../../shared/contract/errors';
import { emptyLoadable, listKeys, type AppStoreState, type ListData, type ListKey, type ListsSlice, type Loadable } from './types';

type Fetcher = { [K in ListKey]: (api: Api) => Promise<Reply<ListData[K][]>> };

const fetchers: Fetcher = {
  sectors: (api) => api.call('sector.list', { includeArchived: true }),
  stakeholders: (api) => api.call('stakeholder.list', {}),
  networks: (api) => api.call('network.list', {}),
  actions: (api) => api.call('action.list', {}),
  indicators: (api) => api.call('indicator.list', {}),
  workshops: (api) => api.call('workshop.list', {}),
  fundingSources: (api) => api.call('fundingSource.list', {}),
};

/** One slice per domain list, all made the same way; editors add their own commands beside. */
export const createListsSlice =
  (api: Api): StateCreator<AppStoreState, [], [], ListsSlice> =>
  (set, get) => {
    // A newer request wins: replies that arrive out of order are dropped.
    const generation: Record<ListKey, number> = Object.fromEntries(listKeys.map((k) => [k, 0])) as Record<ListKey, number>;

    async function load<K extends ListKey>(key: K): Promise<void> {
      const mine = ++generation[key];
      const before = get()[key] as Loadable<ListData[K]>;
      set({ [key]: { ...before, status: before.status === 'ready' ? 'ready' : 'loading' } } as Partial<AppStoreState>);
      const reply = await fetchers[key](api);
      if (mine !== generation[key]) return;
      const next: Loadable<ListData[K]> = reply.ok
        ? { items: reply.value, status: 'ready', error: null }
        : { items: [], status: 'error', error: reply.error };
      set({ [key]: next } as Partial<AppStoreState>);
    }

    return {
      sectors: emptyLoadable(),
      stakeholders: emptyLoadable(),
      networks: emptyLoadable(),
      actions: emptyLoadable(),
      indicators: emptyLoadable(),
      workshops: emptyLoadable(),
      fundingSources: emptyLoadable(),

      ensure: async (key, force = false) => {
        if (!get().planFile) return;
        const { status } = get()[key];
        if (!force && (status === 'ready' || status === 'loading')) return;
        await load(key);
      },

      reloadLoaded: async () => {
        if (!get().planFile) return;
        await Promise.all(listKeys.filter((k) => get()[k].status !== 'idle').map((k) => load(k)));
      },

      resetLists: (keepShown) => {
        const patch: Partial<AppStoreState> = {};
        for (const k of listKeys) {
          generation[k]++;
          const shown = keepShown && get()[k].status !== 'idle';
          (patch as Record<string, unknown>)[k] = { items: [], status: shown ? 'loading' : 'idle', error: null };
        }
        set(patch);
      },
    };
  };
