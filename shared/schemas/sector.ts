import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, ShortTextSchema, Timestamps } from './common';

export const SectorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string(),
  rationale: z.string(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
  economicDomain: z.string(),
  scientificDomain: z.string(),
  policyObjective: z.string(),
  naceCodes: z.string(),
  ...Timestamps,
});
export type Sector = z.infer<typeof SectorSchema>;

export const SectorCreateSchema = z.strictObject({
  name: NameSchema,
  description: TextSchema.default(''),
  rationale: TextSchema.default(''),
  economicDomain: ShortTextSchema.default(''),
  scientificDomain: ShortTextSchema.default(''),
  policyObjective: ShortTextSchema.default(''),
  naceCodes: ShortTextSchema.default(''),
});
export type SectorCreate = z.input<typeof SectorCreateSchema>;

/** A sector row in lists, with how many stakeholders, networks and actions it has. */
export const SectorRowSchema = SectorSchema.extend({
  stakeholderCount: z.number().int(),
  networkCount: z.number().int(),
  actionCount: z.number().int(),
});
export type SectorRow = z.infer<typeof SectorRowSchema>;
