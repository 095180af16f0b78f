import { z } from 'zod';
import { IdSchema, Timestamps } from './common';
import { HelixSchema, StakeholderTypeSchema, StakeholderSizeSchema, EngagementLevelSchema } from './enums';

export const StakeholderSchema = z.object({
  id: IdSchema,
  name: z.string(),
  helix: HelixSchema,
  type: StakeholderTypeSchema,
  size: StakeholderSizeSchema.nullable(),
  municipality: z.string(),
  website: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  notes: z.string(),
  ...Timestamps,
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const EngagementSchema = z.object({
  stakeholderId: IdSchema,
  sectorId: IdSchema,
  level: EngagementLevelSchema,
  changedOn: z.string(),
});
export type Engagement = z.infer<typeof EngagementSchema>;

/** A stakeholder row in lists: the stakeholder with its engagements. */
export const StakeholderRowSchema = StakeholderSchema.extend({
  engagements: z.array(EngagementSchema.pick({ sectorId: true, level: true, changedOn: true })),
  networkCount: z.number().int(),
});
export type StakeholderRow = z.infer<typeof StakeholderRowSchema>;
