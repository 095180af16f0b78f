import { z } from 'zod';
import { IdSchema, Timestamps } from './common';
import { ActionTypeSchema, ActionStatusSchema } from './enums';

export const ActionSchema = z.object({
  id: IdSchema,
  title: z.string(),
  type: ActionTypeSchema,
  leadStakeholderId: IdSchema.nullable(),
  status: ActionStatusSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  progress: z.number().int(),
  description: z.string(),
  ...Timestamps,
});
export type Action = z.infer<typeof ActionSchema>;

export const ActionRowSchema = ActionSchema.extend({
  leadName: z.string().nullable(),
  sectorIds: z.array(IdSchema),
  plannedCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  fundingKinds: z.array(z.string()),
});
export type ActionRow = z.infer<typeof ActionRowSchema>;
