import { z } from 'zod';
import { IdSchema, NameSchema, ShortTextSchema, TextSchema, DateSchema, IdListSchema, Timestamps, Versioned, optionalFields, withDefaults } from './common';
import { SectorRefSchema, StakeholderRefSchema, ActionRefSchema } from './refs';

export const WorkshopSchema = z.object({
  id: IdSchema,
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  outcomes: z.string(),
  decisions: z.string(),
  ...Timestamps,
});
export type Workshop = z.infer<typeof WorkshopSchema>;

const workshopFields = {
  title: NameSchema,
  heldOn: DateSchema,
  place: ShortTextSchema,
  outcomes: TextSchema,
  decisions: TextSchema,
  /** Sectors discussed, participants, and the actions that came out of it: each replaced as a whole. */
  sectorIds: IdListSchema,
  participantIds: IdListSchema,
  actionIds: IdListSchema,
};

export const WorkshopCreateSchema = z.strictObject(
  withDefaults(workshopFields, { place: '', outcomes: '', decisions: '', sectorIds: [], participantIds: [], actionIds: [] }),
);
export type WorkshopCreate = z.input<typeof WorkshopCreateSchema>;

export const WorkshopUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(workshopFields) });
export type WorkshopUpdate = z.input<typeof WorkshopUpdateSchema>;

export const WorkshopRowSchema = WorkshopSchema.extend({
  sectorIds: z.array(IdSchema),
  participantCount: z.number().int(),
});
export type WorkshopRow = z.infer<typeof WorkshopRowSchema>;

export const WorkshopDetailSchema = WorkshopSchema.extend({
  sectors: z.array(SectorRefSchema),
  participants: z.array(StakeholderRefSchema),
  actions: z.array(ActionRefSchema),
});
export type WorkshopDetail = z.infer<typeof WorkshopDetailSchema>;
