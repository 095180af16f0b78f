import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { channels, type ChannelName, type Channels, type Input, type PlanEvent, type Result } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/errors';
import type { Api } from './api';

/**
 * The renderer's one cache of what it read from the plan: each answer keyed by channel and input
 * (TanStack Query, the well-kept choice: deduplication, stale-while-refetch, garbage collection,
 * and React bindings, none of which the app should write again). Freshness has one rule: a
 * change (plan.changed) names the tables it wrote, each query channel declares the tables it
 * reads (the contract, checked against its SQL), and exactly the cached answers that read a
 * written table refetch, once, if a screen shows them (else when one next does).
 */
export type QueryChannel = { [C in ChannelName]: Channels[C]['kind'] extends 'query' ? C : never }[ChannelName];

/** A reply that was not ok, thrown into the cache so screens get the AppError back. */
export class ReplyError extends Error {
  constructor(readonly error: AppError) {
    super(`reply ${error.kind}`);
  }
}

/** The cache key: channel, input, and the plan file it was read from (another plan, another answer). */
export const queryKey = <C extends QueryChannel>(channel: C, input: Input<C>, planPath: string | null) => [channel, input, planPath] as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Answers stay fresh until a change says otherwise: no timers, no focus refetches.
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The core is local (IPC or 127.0.0.1): "offline" does not apply.
        networkMode: 'always',
      },
    },
  });
}

export async function fetchChannel<C extends QueryChannel>(api: Api, channel: C, input: Input<C>): Promise<Result<C>> {
  const reply = await api.call(channel, input);
  if (!reply.ok) throw new ReplyError(reply.error);
  return reply.value;
}

/** Whether a change to these tables makes a cached answer stale. */
export function readsAny(key: QueryKey, tables: readonly string[]): boolean {
  const channel = key[0];
  if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) return false;
  const reads = channels[channel as ChannelName].reads;
  return !!reads && reads.some((t) => tables.includes(t));
}

/** Applies a host event to the cache: a change refetches what read its tables; another plan starts afresh. */
export function applyEvent(client: QueryClient, event: PlanEvent): void {
  if (event.name === 'plan.changed') void client.invalidateQueries({ predicate: (q) => readsAny(q.queryKey, event.tables) });
  else if (event.name === 'plan.closed') client.removeQueries();
}

/** The AppError behind a query's error, if it came from a reply. */
export const appErrorOf = (error: unknown): AppError | null =>
  error instanceof ReplyError ? error.error : error ? { kind: 'internal', ref: 'renderer' } : null;
