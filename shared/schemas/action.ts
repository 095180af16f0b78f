import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, ShortTextSchema, DateSchema, CentsSchema, YearSchema, IdListSchema, Timestamps, Versioned, optionalFields, withDefaults, customIssue, limits } from './common';
import { ActionTypeSchema, ActionStatusSchema } from './enums';
import { AcceptedSchema, ask, questionIssue } from './questions';
import { MAX_FUNDING_LINES } from '../domain/money';
import { SectorRefSchema, StakeholderRefSchema, NetworkRefSchema, IndicatorRefSchema, WorkshopRefSchema } from './refs';

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
  /** An external reference (a project code, a register's number); '' when none. */
  reference: z.string(),
  /** Tags for enabling condition 1.1: improves the research and innovation system (criterion 5), supports industrial transition (6). */
  researchSystem: z.boolean(),
  industrialTransition: z.boolean(),
  ...Timestamps,
});
export type Action = z.infer<typeof ActionSchema>;

export const FundingLineSchema = z.object({
  id: IdSchema,
  actionId: IdSchema,
  fundingSourceId: IdSchema,
  /** The year the money is in: a line is one source's money in one year of the action. */
  year: z.number().int(),
  plannedCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  /** Put there by the app (spread from a total), not entered for the year; editing the figures clears it. */
  estimated: z.boolean(),
  note: z.string(),
  ...Timestamps,
});
export type FundingLine = z.infer<typeof FundingLineSchema>;

export const MilestoneSchema = z.object({
  id: IdSchema,
  actionId: IdSchema,
  title: z.string(),
  dueDate: z.string(),
  doneDate: z.string().nullable(),
  ...Timestamps,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Spending more than was committed needs a reason in the note. */
export const spentNeedsNote = (line: { committedCents: number; spentCents: number; note: string }) =>
  line.spentCents <= line.committedCents || line.note.trim() !== '';

/** Committing more than was planned needs a reason in the note too (a typing slip otherwise goes unseen). */
export const committedNeedsNote = (line: { plannedCents: number; committedCents: number; note: string }) =>
  line.committedCents <= line.plannedCents || line.note.trim() !== '';

/**
 * A funding line as edited: one source's money in one year. Without a year it goes to the
 * action's start year (singleYear() of shared/domain/funding-years.ts). An id, when given, must
 * be one of the action's lines; a stored line is matched by its source and year.
 */
export const FundingLineInputSchema = z.strictObject({
  id: IdSchema.optional(),
  fundingSourceId: IdSchema,
  year: YearSchema.optional(),
  plannedCents: CentsSchema.default(0),
  committedCents: CentsSchema.default(0),
  spentCents: CentsSchema.default(0),
  note: TextSchema.default(''),
});
export type FundingLineInput = z.input<typeof FundingLineInputSchema>;

type LineTotals = { fundingSourceId: string; plannedCents: number; committedCents: number; spentCents: number; note: string };

/**
 * The note rules hold for a source's money over all its years (committing in 2025 what was
 * planned for 2024 is ordinary): each issue points at the source's first line.
 */
function checkSourceTotals(items: readonly LineTotals[], ctx: z.RefinementCtx) {
  const bySource = new Map<string, { first: number } & LineTotals>();
  items.forEach((l, i) => {
    const t = bySource.get(l.fundingSourceId);
    if (!t) bySource.set(l.fundingSourceId, { ...l, note: l.note.trim(), first: i });
    else {
      t.plannedCents += l.plannedCents;
      t.committedCents += l.committedCents;
      t.spentCents += l.spentCents;
      t.note += l.note.trim();
    }
  });
  for (const t of bySource.values()) {
    if (!committedNeedsNote(t)) ctx.addIssue(customIssue([t.first, 'committedCents'], 'committedAbovePlanned'));
    if (!spentNeedsNote(t)) ctx.addIssue(customIssue([t.first, 'spentCents'], 'spentAboveCommitted'));
  }
}

/** One line per source and year. */
function checkSourceYears(items: readonly { fundingSourceId: string; year?: number | undefined }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((l, i) => {
    if (l.year === undefined) return;
    const key = `${l.fundingSourceId}|${l.year}`;
    if (seen.has(key)) ctx.addIssue(customIssue([i, 'year'], 'duplicateFundingYear'));
    seen.add(key);
  });
}

export const MilestoneInputSchema = z.strictObject({
  id: IdSchema.optional(),
  title: NameSchema,
  dueDate: DateSchema,
  doneDate: DateSchema.nullable().default(null),
});
export type MilestoneInput = z.input<typeof MilestoneInputSchema>;

/** A list of lines replaced as a whole; an id may appear once. */
const lines = <T extends z.ZodType<{ id?: string }>>(item: T, max: number = limits.ids) =>
  z
    .array(item)
    .max(max)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((it, i) => {
        if (it.id && seen.has(it.id)) ctx.addIssue(customIssue([i, 'id'], 'duplicateId'));
        if (it.id) seen.add(it.id);
      });
    });

const actionFields = {
  title: NameSchema,
  type: ActionTypeSchema,
  leadStakeholderId: IdSchema.nullable(),
  status: ActionStatusSchema,
  startDate: DateSchema.nullable(),
  endDate: DateSchema.nullable(),
  progress: z.number().int().min(0).max(100),
  description: TextSchema,
  reference: ShortTextSchema,
  researchSystem: z.boolean(),
  industrialTransition: z.boolean(),
  sectorIds: IdListSchema,
  partnerIds: IdListSchema,
  networkIds: IdListSchema,
  fundingLines: lines(FundingLineInputSchema, MAX_FUNDING_LINES).superRefine(checkSourceTotals).superRefine(checkSourceYears),
  milestones: lines(MilestoneInputSchema),
};

/** End on or after start; either may be open. */
export const datesInOrder = (a: { startDate?: string | null; endDate?: string | null }) =>
  !a.startDate || !a.endDate || a.endDate >= a.startDate;
const endBeforeStart = { path: ['endDate'], message: 'endBeforeStart' };

type Dated = { startDate?: string | null | undefined; endDate?: string | null | undefined; milestones?: readonly { dueDate: string }[] | undefined };

/**
 * The milestones due before the action starts or after it ends, as question issues (a final
 * report due two months after the end is common: asked, not refused). Used by the schemas, and
 * by the core against the stored dates and milestones when an update gives only some of them.
 */
export function milestonesOutside(a: Dated, accepted: readonly string[] | undefined) {
  if (accepted?.includes('milestoneOutsideAction')) return [];
  return (a.milestones ?? []).flatMap((m, i) =>
    (a.startDate && m.dueDate < a.startDate) || (a.endDate && m.dueDate > a.endDate)
      ? [questionIssue('milestoneOutsideAction', ['milestones', i, 'dueDate'], { dueDate: m.dueDate, startDate: a.startDate ?? '', endDate: a.endDate ?? '' })]
      : [],
  );
}
const checkMilestones = (a: Dated & { accepted?: readonly string[] | undefined }, ctx: z.RefinementCtx) => {
  for (const issue of milestonesOutside(a, a.accepted)) ask(ctx, a.accepted, 'milestoneOutsideAction', issue.path, issue.params);
};

export const ActionCreateSchema = z
  .strictObject({
    ...withDefaults(actionFields, {
      leadStakeholderId: null, status: 'planned', startDate: null, endDate: null, progress: 0, description: '', reference: '', researchSystem: false, industrialTransition: false,
      sectorIds: [], partnerIds: [], networkIds: [], fundingLines: [], milestones: [],
    }),
    /** Questions confirmed: 'milestoneOutsideAction'. */
    accepted: AcceptedSchema.default([]),
  })
  .refine(datesInOrder, endBeforeStart)
  .superRefine(checkMilestones);
export type ActionCreate = z.input<typeof ActionCreateSchema>;

/** Any of the fields; funding lines, milestones and link lists, when given, replace the old ones. */
export const ActionUpdateSchema = z
  .strictObject({ ...Versioned, ...optionalFields(actionFields), accepted: AcceptedSchema.optional() })
  .refine(datesInOrder, endBeforeStart)
  .superRefine(checkMilestones);
export type ActionUpdate = z.input<typeof ActionUpdateSchema>;

/** What the officer typed is `status`; what the app shows, counts and filters by is `derivedStatus`. */
const Derived = { derivedStatus: ActionStatusSchema };

export const ActionRowSchema = ActionSchema.extend({
  ...Derived,
  leadName: z.string().nullable(),
  sectorIds: z.array(IdSchema),
  networkIds: z.array(IdSchema),
  plannedCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  fundingKinds: z.array(z.string()),
  /** Milestones not done and past due (isOverdue of shared/domain/progress.ts). */
  overdueMilestones: z.number().int(),
});
export type ActionRow = z.infer<typeof ActionRowSchema>;

export const ActionDetailSchema = ActionSchema.extend({
  ...Derived,
  lead: StakeholderRefSchema.nullable(),
  fundingLines: z.array(FundingLineSchema),
  milestones: z.array(MilestoneSchema),
  sectors: z.array(SectorRefSchema),
  partners: z.array(StakeholderRefSchema),
  networks: z.array(NetworkRefSchema),
  indicators: z.array(IndicatorRefSchema),
  workshops: z.array(WorkshopRefSchema),
});
export type ActionDetail = z.infer<typeof ActionDetailSchema>;
