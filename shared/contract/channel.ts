import type { z } from 'zod';
import type { PlanTable } from './tables';

/**
 * query: reads the open plan; command: changes the plan (one transaction, one undo step);
 * history: undoes or redoes steps; session: opens, creates, saves or closes plan files and
 * app state (not undoable).
 */
export type ChannelKind = 'query' | 'command' | 'history' | 'session';

export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, K extends ChannelKind = ChannelKind> {
  kind: K;
  input: I;
  output: O;
  /** A query's plan tables: its answer can only change when a change touches one of them. */
  reads?: readonly PlanTable[];
}

export function channel<K extends ChannelKind, I extends z.ZodType, O extends z.ZodType>(kind: K, input: I, output: O): Channel<I, O, K> {
  return { kind, input, output };
}

/** A query of the plan's rows, with the tables it reads (checked against its SQL by a test). */
export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads: readonly PlanTable[]): Channel<I, O, 'query'> {
  return { kind: 'query', input, output, reads };
}
