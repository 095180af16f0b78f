import { z } from 'zod';
import { limits, IdSchema, NameSchema, ShortTextSchema, TextSchema, DateSchema, IdListSchema, Timestamps, Versioned, optionalFields, withDefaults } from './common';
import { SectorRefSchema, StakeholderRefSchema, ActionRefSchema } from './refs';

export const WorkshopSchema = z.object({
  id: IdSchema,
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  outcomes: z.string(),
  ...Timestamps,
});
export type Workshop = z.infer<typeof WorkshopSchema>;

const workshopFields = {
  title: NameSchema,
  heldOn: DateSchema,
  place: ShortTextSchema,
  outcomes: TextSchema,
  /** Sectors discussed, participants, and the actions that came out of it: each replaced as a whole. */
  sectorIds: IdListSchema,
  participantIds: IdListSchema,
  actionIds: IdListSchema,
};

export const WorkshopCreateSchema = z.strictObject(
  withDefaults(workshopFields, { place: '', outcomes: '', sectorIds: [], participantIds: [], actionIds: [] }),
);
export type WorkshopCreate = z.input<typeof WorkshopCreateSchema>;

export const WorkshopUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(workshopFields) });
export type WorkshopUpdate = z.input<typeof WorkshopUpdateSchema>;

export const WorkshopRowSchema = WorkshopSchema.extend({
  sectorIds: z.array(IdSchema),
  participantCount: z.number().int(),
});
export type WorkshopRow = z.infer<typeof WorkshopRowSchema>;

/**
 * A decision of a workshop (issue 19), in the workshop's order: what was decided, who carries it
 * and by when (both optional), and its outcomes: the actions and sectors it created or changed.
 */
export const DecisionSchema = z.object({
  id: IdSchema,
  workshopId: IdSchema,
  position: z.number().int(),
  text: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  /** The capture-log entry that wrote it in workshop mode (null when typed in the editor). */
  captureId: IdSchema.nullable(),
  actions: z.array(ActionRefSchema),
  sectors: z.array(SectorRefSchema),
  ...Timestamps,
});
export type Decision = z.infer<typeof DecisionSchema>;

const decisionFields = {
  /** Trimmed, never empty. */
  text: z.string().trim().min(1).max(limits.text),
  owner: ShortTextSchema,
  dueOn: DateSchema.nullable(),
  actionIds: IdListSchema,
  sectorIds: IdListSchema,
};

export const DecisionAddSchema = z.strictObject({
  workshopId: IdSchema,
  ...withDefaults(decisionFields, { owner: '', dueOn: null, actionIds: [], sectorIds: [] }),
  /** Where to insert (0 = first); at the end when absent. */
  position: z.number().int().min(0).optional(),
});
export type DecisionAdd = z.input<typeof DecisionAddSchema>;

/** Partial: absent = unchanged; actionIds and sectorIds each replaced as a whole. */
export const DecisionUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(decisionFields) });
export type DecisionUpdate = z.input<typeof DecisionUpdateSchema>;

export const DecisionMoveSchema = z.strictObject({ id: IdSchema, to: z.number().int().min(0) });

export const WorkshopDetailSchema = WorkshopSchema.extend({
  sectors: z.array(SectorRefSchema),
  participants: z.array(StakeholderRefSchema),
  actions: z.array(ActionRefSchema),
  decisions: z.array(DecisionSchema),
});
export type WorkshopDetail = z.infer<typeof WorkshopDetailSchema>;

/** The discovery process on record: every workshop in date order, with participants, decisions and their outcomes. */
export const DiscoverySchema = z.object({ workshops: z.array(WorkshopDetailSchema) });
export type Discovery = z.infer<typeof DiscoverySchema>;
