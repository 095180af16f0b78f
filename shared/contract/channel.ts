import type { z } from 'zod';

/**
 * query: reads the open plan; command: changes the plan (one transaction, one undo step);
 * history: undoes or redoes steps; session: opens, creates, saves or closes plan files and
 * app state (not undoable).
 */
export type ChannelKind = 'query' | 'command' | 'history' | 'session';

export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: ChannelKind;
  input: I;
  output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(kind: ChannelKind, input: I, output: O): Channel<I, O> {
  return { kind, input, output };
}
