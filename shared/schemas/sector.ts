import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, ShortTextSchema, Timestamps, Versioned, optionalFields, withDefaults, IdListSchema } from './common';
import { EngagementRefSchema, StakeholderRefSchema, NetworkRefSchema, ActionRefSchema, IndicatorRefSchema, WorkshopRefSchema } from './refs';

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

const sectorFields = {
  name: NameSchema,
  description: TextSchema,
  rationale: TextSchema,
  /** EU classification (Eye@RIS3 domains, policy objective, NACE codes): optional. */
  economicDomain: ShortTextSchema,
  scientificDomain: ShortTextSchema,
  policyObjective: ShortTextSchema,
  naceCodes: ShortTextSchema,
};

export const SectorCreateSchema = z.strictObject(
  withDefaults(sectorFields, { description: '', rationale: '', economicDomain: '', scientificDomain: '', policyObjective: '', naceCodes: '' }),
);
export type SectorCreate = z.input<typeof SectorCreateSchema>;

/** Rename, describe or classify: any of the fields. Archiving and order have channels of their own. */
export const SectorUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(sectorFields) });
export type SectorUpdate = z.input<typeof SectorUpdateSchema>;

/** Sectors in the order given; sectors not named keep their order after them. */
export const SectorReorderSchema = z.strictObject({ ids: IdListSchema.min(1) });
export const SectorArchiveSchema = z.strictObject(Versioned);

/** A sector row in lists, with how many stakeholders, networks and actions it has. */
export const SectorRowSchema = SectorSchema.extend({
  stakeholderCount: z.number().int(),
  networkCount: z.number().int(),
  actionCount: z.number().int(),
});
export type SectorRow = z.infer<typeof SectorRowSchema>;

/** A sector with its relations, seen from the sector. */
export const SectorDetailSchema = SectorSchema.extend({
  engagements: z.array(EngagementRefSchema.extend({ stakeholder: StakeholderRefSchema })),
  networks: z.array(NetworkRefSchema),
  actions: z.array(ActionRefSchema),
  indicators: z.array(IndicatorRefSchema),
  workshops: z.array(WorkshopRefSchema),
});
export type SectorDetail = z.infer<typeof SectorDetailSchema>;
