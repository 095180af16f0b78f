import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, YearSchema, Timestamps, TimestampSchema, Versioned, limits, optionalFields, customIssue, repeats } from './common';
import { FundingKindSchema, PlanLanguageSchema } from './enums';

export const PlanSchema = z.object({
  id: IdSchema,
  name: z.string(),
  region: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  vision: z.string(),
  languages: z.array(PlanLanguageSchema),
  /** The body responsible for managing the strategy, and its mandate (enabling condition 1.1, criterion 2). */
  responsibleBody: z.string(),
  bodyMandate: z.string(),
  /** An analysis document older than this many years is stale (criterion 1). */
  documentsStaleYears: z.number().int(),
  ...Timestamps,
});
export type Plan = z.infer<typeof PlanSchema>;

/** The plan's languages: at least one, each once. */
const LanguagesSchema = z
  .array(PlanLanguageSchema)
  .min(1)
  .max(3)
  .superRefine((langs, ctx) => repeats(langs, (l) => l).forEach((i) => ctx.addIssue(customIssue([i], 'duplicateLanguage', { language: langs[i]! }))));

const planFields = {
  name: NameSchema,
  region: NameSchema,
  periodStart: YearSchema,
  periodEnd: YearSchema,
  vision: TextSchema.default(''),
  languages: LanguagesSchema.default(['fi']),
  responsibleBody: z.string().trim().max(limits.name).default(''),
  bodyMandate: TextSchema.default(''),
  documentsStaleYears: z.number().int().min(1, { message: 'staleYearsRange' }).max(20, { message: 'staleYearsRange' }).default(3),
};
const periodInOrder = (p: { periodStart?: number; periodEnd?: number }) =>
  p.periodStart === undefined || p.periodEnd === undefined || p.periodEnd >= p.periodStart;
const periodIssue = { path: ['periodEnd'], message: 'periodEndBeforeStart' };

export const PlanFieldsSchema = z.strictObject(planFields).refine(periodInOrder, periodIssue);
export type PlanFields = z.input<typeof PlanFieldsSchema>;

/** plan.update: any of the fields; a file holds one plan, so no id. */
export const PlanUpdateSchema = z
  .strictObject({
    expectedUpdatedAt: TimestampSchema,
    ...optionalFields({
      ...planFields, vision: TextSchema, languages: LanguagesSchema,
      responsibleBody: z.string().trim().max(limits.name), bodyMandate: TextSchema, documentsStaleYears: z.number().int().min(1, { message: 'staleYearsRange' }).max(20, { message: 'staleYearsRange' }),
    }),
  })
  .refine(periodInOrder, periodIssue);
export type PlanUpdate = z.input<typeof PlanUpdateSchema>;
/** The period check for a partial update, once merged with what is stored. */
export const planPeriodInOrder = periodInOrder;

/** The file a plan lives in, as the session sees it. */
export const PlanFileSchema = z.object({
  path: z.string(),
  plan: PlanSchema,
  /** True for the example plan created from resources/, so the UI can say so. */
  isExample: z.boolean(),
  /**
   * Why the plan is open read-only, or null when it can be edited: 'file' when the user may not
   * write the file (or its folder), 'chosen' when the user opened it read-only (open elsewhere).
   */
  readOnly: z.enum(['file', 'chosen']).nullable(),
});
export type PlanFile = z.infer<typeof PlanFileSchema>;

/**
 * A file path as the core takes it: absolute (POSIX `/…`, Windows `C:\…` or `\\server\…`), with
 * no NUL byte (the OS and SQLite would cut the path there and write somewhere else) and no lone
 * UTF-16 surrogate (it cannot be written as a file name, so it would be changed into another).
 */
export const isAbsolutePath = (p: string) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]/.test(p);
// eslint-disable-next-line no-control-regex
const badPathCharacters = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const PathSchema = z
  .string()
  .trim()
  .min(1)
  .max(limits.path)
  .refine((p) => !badPathCharacters.test(p), { message: 'pathCharacters', abort: true })
  .refine((p) => p === '' || isAbsolutePath(p), { message: 'pathNotAbsolute' });

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

/** Custom sources only: the built-in kinds are switched in and out of use, not created. */
export const FundingSourceCreateSchema = z.strictObject({ name: NameSchema });
export type FundingSourceCreate = z.input<typeof FundingSourceCreateSchema>;

export const FundingSourceUpdateSchema = z.strictObject({
  ...Versioned,
  /** Only a custom source has a name of its own (built-in ones are translated). */
  name: NameSchema.optional(),
  inUse: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export type FundingSourceUpdate = z.input<typeof FundingSourceUpdateSchema>;
