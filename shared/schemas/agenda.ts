import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, TimestampSchema, Timestamps, customIssue, repeats } from './common';
import { EngagementLevelSchema, HelixSchema } from './enums';
import { StakeholderCreateSchema } from './stakeholder';

/**
 * Workshop mode (issue 7). A workshop's agenda is an ordered list of views shown to the room,
 * one per slide; its capture log is what the facilitator recorded during the slides.
 */

/** The Dashboard charts a slide can show (the cards of renderer/src/features/dashboard). */
export const agendaCharts = [
  'coverageMatrix', 'networkMatrix', 'stakeholderBase', 'engagementLevels', 'engagementOverTime', 'networkMap',
  'actionsBySector', 'moneyBySector', 'moneyBySource', 'moneyByYear', 'timeline', 'indicators',
] as const;
export const AgendaChartSchema = z.enum(agendaCharts);
export type AgendaChart = z.infer<typeof AgendaChartSchema>;
/** Charts that show money: hidden when the presenter hides budgets for a public audience. */
export const budgetCharts: ReadonlySet<AgendaChart> = new Set(['moneyBySector', 'moneyBySource', 'moneyByYear']);

export const agendaKinds = ['chart', 'sectorProfile', 'gaps', 'vote'] as const;
export const AgendaKindSchema = z.enum(agendaKinds);
export type AgendaKind = z.infer<typeof AgendaKindSchema>;

export const VoteOptionSchema = NameSchema;
/** Two options that read the same (case and spaces aside) cannot be told apart in a vote. */
export const optionKey = (option: string) => option.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
const OptionsSchema = z
  .array(VoteOptionSchema)
  .max(20)
  .superRefine((options, ctx) => repeats(options, optionKey).forEach((i) => ctx.addIssue(customIssue([i], 'duplicateOption', { option: options[i]!.trim() }))));
const SectorIdsSchema = z.array(IdSchema).max(200);

export const AgendaItemSchema = z.object({
  id: IdSchema,
  workshopId: IdSchema,
  position: z.number().int(),
  kind: AgendaKindSchema,
  chartId: AgendaChartSchema.nullable(),
  /** The sectors the view is filtered to (empty: all); a sector profile has exactly one. */
  sectorIds: z.array(IdSchema),
  /** The slide's statement title. */
  title: z.string(),
  /** Speaker notes: shown only in the presenter view. */
  notes: z.string(),
  /** The options of a vote. */
  options: z.array(z.string()),
  ...Timestamps,
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

const itemFields = {
  kind: AgendaKindSchema,
  chartId: AgendaChartSchema.nullable(),
  sectorIds: SectorIdsSchema,
  title: NameSchema,
  notes: TextSchema,
  options: OptionsSchema,
};

/** What each kind needs: a chart its chart, a sector profile one sector, a vote two options or more. */
export function checkAgendaItem(v: { kind?: AgendaKind | undefined; chartId?: AgendaChart | null | undefined; sectorIds?: string[] | undefined; options?: string[] | undefined }, ctx: z.RefinementCtx) {
  if (v.kind === 'chart' && !v.chartId) ctx.addIssue(customIssue(['chartId'], 'chartRequired'));
  if (v.kind === 'sectorProfile' && v.sectorIds?.length !== 1) ctx.addIssue(customIssue(['sectorIds'], 'oneSector'));
  if (v.kind === 'vote' && (v.options?.length ?? 0) < 2) ctx.addIssue(customIssue(['options'], 'twoOptions'));
}

export const AgendaAddSchema = z
  .strictObject({
    workshopId: IdSchema,
    kind: AgendaKindSchema,
    chartId: itemFields.chartId.default(null),
    sectorIds: SectorIdsSchema.default([]),
    title: NameSchema,
    notes: TextSchema.default(''),
    options: OptionsSchema.default([]),
    /** Where to insert (0 = first); at the end when absent. */
    position: z.number().int().min(0).optional(),
  })
  .superRefine(checkAgendaItem);
export type AgendaAdd = z.input<typeof AgendaAddSchema>;

/** Partial: absent = unchanged; the kind's needs are checked against the stored item merged with it. */
export const AgendaUpdateSchema = z.strictObject({
  id: IdSchema,
  expectedUpdatedAt: TimestampSchema,
  kind: itemFields.kind.optional(),
  chartId: itemFields.chartId.optional(),
  sectorIds: itemFields.sectorIds.optional(),
  title: itemFields.title.optional(),
  notes: itemFields.notes.optional(),
  options: itemFields.options.optional(),
});
export type AgendaUpdate = z.input<typeof AgendaUpdateSchema>;

/** Moves one item to a new index in its workshop's agenda; the others close up. */
export const AgendaMoveSchema = z.strictObject({ id: IdSchema, to: z.number().int().min(0) });
export const ByWorkshop = z.strictObject({ workshopId: IdSchema });

export const captureKinds = ['decision', 'outcome', 'stakeholder', 'engagement', 'vote'] as const;
export const CaptureKindSchema = z.enum(captureKinds);
export type CaptureKind = z.infer<typeof CaptureKindSchema>;

export const VoteCountSchema = z.strictObject({ option: VoteOptionSchema, count: z.number().int().min(0).max(100_000) });
export type VoteCount = z.infer<typeof VoteCountSchema>;

/** What a capture carries besides its text (stored as JSON). */
export const CaptureDataSchema = z.strictObject({
  votes: z
    .array(VoteCountSchema)
    .max(20)
    .superRefine((votes, ctx) => repeats(votes, (v) => optionKey(v.option)).forEach((i) => ctx.addIssue(customIssue([i, 'option'], 'duplicateOption', { option: votes[i]!.option.trim() }))))
    .optional(),
  level: EngagementLevelSchema.nullable().optional(),
  helix: HelixSchema.optional(),
});
export type CaptureData = z.infer<typeof CaptureDataSchema>;

export const CaptureAddSchema = z
  .strictObject({
    workshopId: IdSchema,
    /** The slide it was recorded on. */
    agendaItemId: IdSchema.nullable().default(null),
    kind: CaptureKindSchema,
    text: TextSchema.default(''),
    data: CaptureDataSchema.default({}),
    /** The stakeholder met or whose engagement changed. */
    stakeholderId: IdSchema.nullable().default(null),
    /**
     * A stakeholder met in the room and new to the plan (kind 'stakeholder'): created by the same
     * command, with the participation and the engagement, so one undo takes all of it back.
     */
    newStakeholder: StakeholderCreateSchema.optional(),
    sectorId: IdSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.newStakeholder && v.kind !== 'stakeholder') ctx.addIssue(customIssue(['newStakeholder'], 'newStakeholderKind'));
    if (v.newStakeholder && v.stakeholderId) ctx.addIssue(customIssue(['stakeholderId'], 'newStakeholderAndId'));
    if ((v.kind === 'decision' || v.kind === 'outcome') && !v.text.trim()) ctx.addIssue(customIssue(['text'], 'required'));
    if ((v.kind === 'stakeholder' || v.kind === 'engagement') && !v.stakeholderId && !v.newStakeholder) ctx.addIssue(customIssue(['stakeholderId'], 'required'));
    if (v.kind === 'engagement' && !v.sectorId) ctx.addIssue(customIssue(['sectorId'], 'required'));
    if (v.kind === 'vote' && !v.data.votes?.length) ctx.addIssue(customIssue(['data', 'votes'], 'required'));
  });
export type CaptureAdd = z.input<typeof CaptureAddSchema>;

export const CaptureEntrySchema = z.object({
  id: IdSchema,
  workshopId: IdSchema,
  agendaItemId: IdSchema.nullable(),
  kind: CaptureKindSchema,
  text: z.string(),
  data: CaptureDataSchema,
  stakeholderId: IdSchema.nullable(),
  /** Null when the stakeholder was deleted since (the entry keeps its text). */
  stakeholderName: z.string().nullable(),
  sectorId: IdSchema.nullable(),
  sectorName: z.string().nullable(),
  recordedAt: TimestampSchema,
});
export type CaptureEntry = z.infer<typeof CaptureEntrySchema>;
