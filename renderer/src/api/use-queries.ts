import { useEffect } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input, Result } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/errors';
import { useApi, useAppStore } from '../store/context';
import type { ListData, ListKey, Loadable } from '../store/types';
import { appErrorOf, fetchChannel, queryKey, type QueryChannel } from './queries';

/**
 * A query of the open plan through the cache: fetched when a screen first shows it, shared by
 * every screen that shows it, refetched when a change wrote a table it reads (queries.ts).
 * keepPrevious: while another input loads, keep showing the last answer (filters).
 */
export function useChannel<C extends QueryChannel>(channel: C, input: Input<C>, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  const api = useApi();
  const planPath = useAppStore((s) => s.planFile?.path ?? null);
  const query = useQuery({
    queryKey: queryKey(channel, input, planPath),
    queryFn: () => fetchChannel(api, channel, input),
    enabled: planPath !== null && (options.enabled ?? true),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  return {
    // A failed refetch (the item was deleted) shows the failure, not the last answer.
    data: (query.status === 'error' ? null : (query.data ?? null)) as Result<C> | null,
    error: appErrorOf(query.error),
    loading: query.isPending,
    reload: () => void query.refetch(),
  };
}

/** The lists screens show, by the store's old names: each a channel and its input. */
const lists = {
  sectors: ['sector.list', { includeArchived: true }],
  stakeholders: ['stakeholder.list', {}],
  networks: ['network.list', {}],
  actions: ['action.list', {}],
  indicators: ['indicator.list', {}],
  workshops: ['workshop.list', {}],
  fundingSources: ['fundingSource.list', {}],
} as const satisfies Record<ListKey, readonly [QueryChannel, object]>;

const none: never[] = [];

/** One of the plan's lists, with its loading state. */
export function useList<K extends ListKey>(key: K): Loadable<ListData[K]> & { reload(): void } {
  const [channel, input] = lists[key];
  const { data, error, loading, reload } = useChannel(channel, input as never);
  const status = error ? 'error' : loading ? 'loading' : 'ready';
  return { items: (data as ListData[K][] | null) ?? none, status, error: error as AppError | null, reload };
}

/** Just the rows of a list (empty while it loads). */
export const useListItems = <K extends ListKey>(key: K): ListData[K][] => useList(key).items;

/**
 * Reads the plan's lists into the cache, one after another, once the window is idle after a plan
 * opened: switching to a list of 10,000 stakeholders then paints at once, as an open document's
 * views do in a desktop app, instead of waiting for its query (about 0.7 s on the large plan).
 * The core answers from its reader thread, so nothing the user does waits for this. A list read
 * ahead is kept fresh like any other: a change marks it stale and the list refetches when shown.
 */
export function usePrefetchLists(enabled: boolean): void {
  const api = useApi();
  const client = useQueryClient();
  const planPath = useAppStore((s) => s.planFile?.path ?? null);
  useEffect(() => {
    if (!enabled || planPath === null) return;
    let stopped = false;
    const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2_000 }) : setTimeout(run, 500));
    const next = (i: number) => {
      const entry = Object.values(lists)[i];
      if (stopped || !entry) return;
      const [channel, input] = entry;
      void client
        .prefetchQuery({ queryKey: queryKey(channel, input, planPath), queryFn: () => fetchChannel(api, channel, input as never) })
        .then(() => idle(() => next(i + 1)));
    };
    const first = idle(() => next(0));
    return () => {
      stopped = true;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(first as number);
      else clearTimeout(first as ReturnType<typeof setTimeout>);
    };
  }, [api, client, enabled, planPath]);
}
