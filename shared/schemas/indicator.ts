import { z } from 'zod';
import { IdSchema, Timestamps } from './common';
import { IndicatorKindSchema } from './enums';

export const IndicatorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: IndicatorKindSchema,
  unit: z.string(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  sectorId: IdSchema.nullable(),
  actionId: IdSchema.nullable(),
  ...Timestamps,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorRowSchema = IndicatorSchema.extend({
  measurementCount: z.number().int(),
  latestValue: z.number().nullable(),
  latestOn: z.string().nullable(),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;
