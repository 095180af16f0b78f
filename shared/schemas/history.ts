import { z } from 'zod';

/** What Edit → Undo / Redo would do now: the label of the step, or null. */
export const HistoryStateSchema = z.object({
  undo: z.string().nullable(),
  redo: z.string().nullable(),
  undoDepth: z.number().int(),
  redoDepth: z.number().int(),
});
export type HistoryState = z.infer<typeof HistoryStateSchema>;
