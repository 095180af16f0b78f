import { z } from 'zod';

/** What Edit → Undo / Redo would do now: the label of the step, or null. */
export const HistoryStateSchema = z.object({
  undo: z.string().nullable(),
  redo: z.string().nullable(),
  undoDepth: z.number().int(),
  redoDepth: z.number().int(),
  /** Ids of the steps Undo and Redo would take now (for "Undo this" buttons). */
  undoStep: z.number().int().nullable(),
  redoStep: z.number().int().nullable(),
});

export const StepIdInputSchema = z.strictObject({ stepId: z.number().int().positive() });
export type HistoryState = z.infer<typeof HistoryStateSchema>;
