import { z } from 'zod';
import { limits, IdSchema, NameSchema, ShortTextSchema, TextSchema, YearSchema, DateSchema, Timestamps, Versioned, optionalFields, withDefaults, customIssue } from './common';
import { IndicatorKindSchema, IndicatorFrequencySchema } from './enums';
import { SectorRefSchema, ActionRefSchema } from './refs';

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
  /** The monitoring framework: how often it is measured (null: not set) and who measures it. */
  frequency: IndicatorFrequencySchema.nullable(),
  measuredBy: z.string(),
  ...Timestamps,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const MeasurementSchema = z.object({
  id: IdSchema,
  indicatorId: IdSchema,
  value: z.number(),
  measuredOn: z.string(),
  source: z.string(),
  ...Timestamps,
});
export type Measurement = z.infer<typeof MeasurementSchema>;

/** An indicator belongs to the plan (both null), a sector or an action: never both. */
export const attachedOnce = (i: { sectorId?: string | null; actionId?: string | null }) => !i.sectorId || !i.actionId;
const attachedTwice = { path: ['actionId'], message: 'attachedTwice' };

/** A target is reached at or after the baseline: a target year before the baseline year is a mistake. */
export const targetBeforeBaseline = (i: { baselineYear?: number | null; targetYear?: number | null }) =>
  i.baselineYear != null && i.targetYear != null && i.targetYear < i.baselineYear;
export const targetYearIssue = (i: { baselineYear?: number | null; targetYear?: number | null }) =>
  customIssue(['targetYear'], 'targetBeforeBaseline', { baselineYear: i.baselineYear!, targetYear: i.targetYear! });
const checkYears = (i: { baselineYear?: number | null; targetYear?: number | null }, ctx: z.RefinementCtx) => {
  if (targetBeforeBaseline(i)) ctx.addIssue(targetYearIssue(i));
};

const indicatorFields = {
  name: NameSchema,
  kind: IndicatorKindSchema,
  unit: ShortTextSchema,
  baselineValue: z.number().nullable(),
  baselineYear: YearSchema.nullable(),
  targetValue: z.number().nullable(),
  targetYear: YearSchema.nullable(),
  sectorId: IdSchema.nullable(),
  actionId: IdSchema.nullable(),
  frequency: IndicatorFrequencySchema.nullable(),
  measuredBy: z.string().trim().max(limits.name),
};

export const IndicatorCreateSchema = z
  .strictObject(
    withDefaults(indicatorFields, { unit: '', baselineValue: null, baselineYear: null, targetValue: null, targetYear: null, sectorId: null, actionId: null, frequency: null, measuredBy: '' }),
  )
  .refine(attachedOnce, attachedTwice)
  .superRefine(checkYears);
export type IndicatorCreate = z.input<typeof IndicatorCreateSchema>;

export const IndicatorUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(indicatorFields) }).refine(attachedOnce, attachedTwice).superRefine(checkYears);
export type IndicatorUpdate = z.input<typeof IndicatorUpdateSchema>;

const measurementFields = { value: z.number(), measuredOn: DateSchema, source: TextSchema.max(1000) };

export const MeasurementAddSchema = z.strictObject({ indicatorId: IdSchema, ...measurementFields, source: measurementFields.source.default('') });
export type MeasurementAdd = z.input<typeof MeasurementAddSchema>;
export const MeasurementUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(measurementFields) });
export type MeasurementUpdate = z.input<typeof MeasurementUpdateSchema>;

export const IndicatorRowSchema = IndicatorSchema.extend({
  measurementCount: z.number().int(),
  latestValue: z.number().nullable(),
  latestOn: z.string().nullable(),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** An indicator with what it is attached to and its measurements, oldest first. */
export const IndicatorDetailSchema = IndicatorSchema.extend({
  sector: SectorRefSchema.nullable(),
  action: ActionRefSchema.nullable(),
  measurements: z.array(MeasurementSchema),
});
export type IndicatorDetail = z.infer<typeof IndicatorDetailSchema>;
