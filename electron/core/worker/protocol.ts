import type { PlanEvent } from '../../../shared/contract/channels';
import type { Reply } from '../../../shared/contract/errors';
import type { CallMeta } from '../dispatch';

/**
 * Messages between a host thread and a core worker. The writer holds the plan (every command,
 * session and history call); the reader answers queries of the plan's rows from its own
 * read-only connection, so they are answered while a long command writes.
 */
export type Role = 'writer' | 'reader';

export interface WorkerInit {
  role: Role;
  userDataDir: string;
  documentsDir: string;
  nativeBinding?: string;
  /** [0]: the call id the host asked to cancel (a long command checks it as it goes). */
  cancel: SharedArrayBuffer;
}

export type ToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown; meta: CallMeta }
  /** Reader: open (path) or close (null) the plan the writer holds. */
  | { type: 'attach'; id: number; path: string | null }
  /** Reader: the writer committed a change to these tables (plan.changed), before any window hears of it. */
  | { type: 'changed'; tables: string[] }
  /** Close the plan's connections and end the thread by itself (terminating a thread with an open database can crash the process). */
  | { type: 'close' };

export type FromWorker =
  | { type: 'reply'; id: number; reply: Reply<unknown> }
  | { type: 'event'; event: PlanEvent }
  | { type: 'log'; message: string; error?: string };
