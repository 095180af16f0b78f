import { z } from 'zod';
import { DateSchema, IdSchema, limits } from './common';
import { EngagementLevelSchema } from './enums';

/**
 * Engagement set in bulk (the engagement grid): every change of the batch is dated `changedOn`,
 * the "as of" date the facilitator chose for it, and the batch is one undo step. A pair given
 * twice takes its last level. level null ends the engagement.
 */
export const EngagementSetManySchema = z.strictObject({
  changedOn: DateSchema,
  changes: z
    .array(z.strictObject({ stakeholderId: IdSchema, sectorId: IdSchema, level: EngagementLevelSchema.nullable() }))
    .min(1)
    .max(limits.ids),
});
export type EngagementSetMany = z.input<typeof EngagementSetManySchema>;

/**
 * How many pairs the batch changed (a level set to what it already was changes nothing), and
 * how many of those already had a later change: recorded in their history, their current level
 * stays the later one.
 */
export const EngagementSetManyResultSchema = z.object({ changed: z.number().int(), superseded: z.number().int() });

/** The date the last engagement change was entered with (the grid's default "as of"); null in a plan without any. */
export const EngagementLastDateSchema = z.object({ date: DateSchema.nullable() });

/** One recorded change of a stakeholder's engagement in a sector; level null: it ended then. */
export const EngagementChangeSchema = z.object({
  id: IdSchema,
  stakeholderId: IdSchema,
  sectorId: IdSchema,
  level: EngagementLevelSchema.nullable(),
  changedOn: z.string(),
  createdAt: z.string(),
});
export type EngagementChange = z.infer<typeof EngagementChangeSchema>;

export const EngagementHistoryInputSchema = z.strictObject({ stakeholderId: IdSchema });

/** A recorded change corrected: its date, its level, or both (absent: unchanged). */
export const EngagementChangeUpdateSchema = z.strictObject({
  id: IdSchema,
  changedOn: DateSchema.optional(),
  level: EngagementLevelSchema.nullable().optional(),
});
export type EngagementChangeUpdate = z.input<typeof EngagementChangeUpdateSchema>;
