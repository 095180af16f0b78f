import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, YearSchema, Timestamps, limits } from './common';
import { FundingKindSchema, PlanLanguageSchema } from './enums';

export const PlanSchema = z.object({
  id: IdSchema,
  name: z.string(),
  region: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  vision: z.string(),
  languages: z.array(PlanLanguageSchema),
  ...Timestamps,
});
export type Plan = z.infer<typeof PlanSchema>;

const planFields = {
  name: NameSchema,
  region: NameSchema,
  periodStart: YearSchema,
  periodEnd: YearSchema,
  vision: TextSchema.default(''),
  languages: z.array(PlanLanguageSchema).min(1).default(['fi']),
};
const periodInOrder = (p: { periodStart?: number; periodEnd?: number }) =>
  p.periodStart === undefined || p.periodEnd === undefined || p.periodEnd >= p.periodStart;
const periodIssue = { path: ['periodEnd'], message: 'periodEndBeforeStart' };

export const PlanFieldsSchema = z.strictObject(planFields).refine(periodInOrder, periodIssue);
export type PlanFields = z.input<typeof PlanFieldsSchema>;

/** The file a plan lives in, as the session sees it. */
export const PlanFileSchema = z.object({
  path: z.string(),
  plan: PlanSchema,
  /** True for the example plan created from resources/, so the UI can say so. */
  isExample: z.boolean(),
});
export type PlanFile = z.infer<typeof PlanFileSchema>;

export const PathSchema = z.string().trim().min(1).max(limits.path);

export const FundingSourceSchema = z.object({
  id: IdSchema,
  kind: FundingKindSchema,
  /** Empty for built-in kinds (the UI translates the kind); the name of a custom source. */
  name: z.string(),
  inUse: z.boolean(),
  sortOrder: z.number().int(),
  ...Timestamps,
});
export type FundingSource = z.infer<typeof FundingSourceSchema>;
