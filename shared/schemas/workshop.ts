import { z } from 'zod';
import { IdSchema, Timestamps } from './common';

export const WorkshopSchema = z.object({
  id: IdSchema,
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  outcomes: z.string(),
  decisions: z.string(),
  ...Timestamps,
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export const WorkshopRowSchema = WorkshopSchema.extend({
  sectorIds: z.array(IdSchema),
  participantCount: z.number().int(),
});
export type WorkshopRow = z.infer<typeof WorkshopRowSchema>;
