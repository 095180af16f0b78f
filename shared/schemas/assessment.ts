import { z } from 'zod';
import { IdSchema, NameSchema, DateSchema, TimestampSchema, Timestamps, Versioned, optionalFields, limits, hiddenCharacters } from './common';
import { JudgementSchema, HelixSchema, NetworkScopeSchema } from './enums';

/**
 * Enabling condition 1.1 (issue 19): the analysis documents the strategy rests on, who sits
 * where in its governance, and the officer's judgement per criterion. What the plan holds as
 * evidence is derived from these and the rest of the plan (shared/domain/enabling-condition.ts).
 */
export const criteria = [1, 2, 3, 4, 5, 6, 7] as const;
export const CriterionSchema = z.number().int().min(1).max(7);
export type Criterion = (typeof criteria)[number];
/** Criteria 5 and 6 apply "where relevant": the officer says whether they do. */
export const optionalCriteria: readonly number[] = [5, 6];

/** A link (an address) or a file name: free text, as registers and intranets write them. */
const LinkSchema = z.string().trim().max(limits.url).refine((s) => !hiddenCharacters.test(s), { message: 'hiddenCharacters' });
const ShortNameSchema = z.string().trim().max(limits.name).refine((s) => !hiddenCharacters.test(s), { message: 'hiddenCharacters' });

export const AnalysisDocumentSchema = z.object({
  id: IdSchema,
  title: z.string(),
  issuedOn: z.string(),
  link: z.string(),
  ...Timestamps,
});
export type AnalysisDocument = z.infer<typeof AnalysisDocumentSchema>;

const documentFields = { title: NameSchema, issuedOn: DateSchema, link: LinkSchema };
export const AnalysisDocumentAddSchema = z.strictObject({ ...documentFields, link: LinkSchema.default('') });
export type AnalysisDocumentAdd = z.input<typeof AnalysisDocumentAddSchema>;
export const AnalysisDocumentUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(documentFields) });

export const GovernanceSeatSchema = z.object({
  id: IdSchema,
  body: z.string(),
  stakeholderId: IdSchema.nullable(),
  /** The stakeholder's name when the member is one, else the free name. */
  memberName: z.string(),
  role: z.string(),
  ...Timestamps,
});
export type GovernanceSeat = z.infer<typeof GovernanceSeatSchema>;

/** A member is a stakeholder or a free name: one of them is needed. */
const hasMember = (s: { stakeholderId?: string | null; memberName?: string }) => !!s.stakeholderId || !!s.memberName?.trim();
const memberIssue = { path: ['memberName'], message: 'memberMissing' };
const seatFields = { body: NameSchema, stakeholderId: IdSchema.nullable(), memberName: ShortNameSchema, role: ShortNameSchema };
export const GovernanceSeatAddSchema = z
  .strictObject({ ...seatFields, stakeholderId: IdSchema.nullable().default(null), memberName: ShortNameSchema.default(''), role: ShortNameSchema.default('') })
  .refine(hasMember, memberIssue);
export type GovernanceSeatAdd = z.input<typeof GovernanceSeatAddSchema>;
export const GovernanceSeatUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(seatFields) });

/** The officer's record of one criterion; a criterion never recorded has relevant true and no judgement. */
export const CriterionRecordSchema = z.object({
  criterion: CriterionSchema,
  relevant: z.boolean(),
  judgement: JudgementSchema.nullable(),
  note: z.string(),
  /** null until the criterion was first recorded. */
  updatedAt: TimestampSchema.nullable(),
});
export type CriterionRecord = z.infer<typeof CriterionRecordSchema>;

/**
 * assessment.set: any of relevant (criteria 5 and 6 only), judgement and note; expectedUpdatedAt
 * is what the form loaded (null: never recorded), so a save made elsewhere meanwhile is a conflict.
 */
export const CriterionSetSchema = z
  .strictObject({
    criterion: CriterionSchema,
    expectedUpdatedAt: TimestampSchema.nullable(),
    relevant: z.boolean().optional(),
    judgement: JudgementSchema.nullable().optional(),
    note: z.string().max(limits.text).optional(),
  })
  .refine((s) => s.relevant === undefined || optionalCriteria.includes(s.criterion), { path: ['relevant'], message: 'alwaysRelevant' });
export type CriterionSet = z.input<typeof CriterionSetSchema>;

const HelixCountsSchema = z.object({ business: z.number().int(), academia: z.number().int(), public: z.number().int(), civil: z.number().int() });

/** A "what is missing" sentence: its key (assessment.gap.<key>), a count and the names it lists. */
export const GapSchema = z.object({
  key: z.string(),
  count: z.number().int(),
  names: z.array(z.string()),
  /** Names that are helix keys (translated by the view). */
  helixes: z.array(HelixSchema).optional(),
});
export type Gap = z.infer<typeof GapSchema>;

export const IndicatorEvidenceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  baselineAndTarget: z.boolean(),
  latestOn: z.string().nullable(),
  recent: z.boolean(),
});
export type IndicatorEvidence = z.infer<typeof IndicatorEvidenceSchema>;

const Named = z.object({ id: IdSchema, title: z.string() });

/** What the plan holds as evidence per criterion (shared/domain/enabling-condition.ts). */
export const EvidenceSchema = z.object({
  today: z.string(),
  /** The first day of "the last year" (a year before today). */
  recentFrom: z.string(),
  /** Documents issued before this date are stale. */
  staleBefore: z.string(),
  documents: z.array(z.object({ id: IdSchema, title: z.string(), issuedOn: z.string(), link: z.string(), stale: z.boolean() })),
  body: z.object({ name: z.string(), mandate: z.string(), seats: z.number().int() }),
  indicators: z.object({
    planLevel: z.array(IndicatorEvidenceSchema),
    bySector: z.array(z.object({ sectorId: IdSchema, sectorName: z.string(), indicators: z.array(IndicatorEvidenceSchema) })),
  }),
  participation: z.object({
    /** Workshops held in the last year. */
    workshops: z.number().int(),
    /** Distinct participants of the last year's workshops, by helix. */
    byHelix: HelixCountsSchema,
    bySector: z.array(z.object({ sectorId: IdSchema, sectorName: z.string(), workshops: z.number().int(), byHelix: HelixCountsSchema })),
  }),
  researchSystem: z.array(Named),
  industrialTransition: z.array(Named),
  international: z.array(
    z.object({ sectorId: IdSchema, sectorName: z.string(), networks: z.array(z.object({ id: IdSchema, name: z.string(), scope: NetworkScopeSchema })) }),
  ),
  criteria: z.array(CriterionRecordSchema.extend({ gaps: z.array(GapSchema) })),
  /** Gaps of all relevant criteria. */
  gapCount: z.number().int(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** assessment.get: the officer's lists and records, the evidence, and each indicator's measurement sources. */
export const AssessmentSchema = z.object({
  documents: z.array(AnalysisDocumentSchema),
  seats: z.array(GovernanceSeatSchema),
  evidence: EvidenceSchema,
  /** Distinct sources of each indicator's measurements (the monitoring chapter), by indicator id. */
  sources: z.record(z.string(), z.array(z.string())),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
