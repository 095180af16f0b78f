import { z } from 'zod';
import { IdSchema, NameSchema, ShortTextSchema, TextSchema, WebsiteSchema, EmailSchema, DateSchema, Timestamps, TimestampSchema, Versioned, optionalFields, withDefaults, limits } from './common';
import { HelixSchema, StakeholderTypeSchema, StakeholderSizeSchema, EngagementLevelSchema, type Helix } from './enums';
import { AcceptedSchema, ask } from './questions';
import { EngagementRefSchema, SectorRefSchema, NetworkRefSchema, ActionRefSchema, WorkshopRefSchema } from './refs';

export const StakeholderSchema = z.object({
  id: IdSchema,
  name: z.string(),
  helix: HelixSchema,
  type: StakeholderTypeSchema,
  size: StakeholderSizeSchema.nullable(),
  municipality: z.string(),
  website: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  notes: z.string(),
  /** An external reference (a business ID, Y-tunnus); '' when none. */
  reference: z.string(),
  ...Timestamps,
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

const stakeholderFields = {
  name: NameSchema,
  helix: HelixSchema,
  type: StakeholderTypeSchema,
  size: StakeholderSizeSchema.nullable(),
  municipality: ShortTextSchema,
  website: WebsiteSchema,
  contactName: z.string().trim().max(limits.name),
  contactEmail: EmailSchema,
  contactPhone: ShortTextSchema,
  notes: TextSchema,
  reference: ShortTextSchema,
};

/** The helix each type usually belongs to; "other" belongs to none. */
export const usualHelix: Readonly<Record<string, Helix>> = {
  sme: 'business', large_company: 'business', cluster: 'business', development_company: 'business',
  university: 'academia', uas: 'academia', vocational_school: 'academia', research_institute: 'academia',
  municipality: 'public', agency: 'public', association: 'civil', citizen_group: 'civil',
};

/** A type under another helix than its usual one (a university under business) is asked about, not refused. */
export const unusualHelix = (s: { helix: Helix; type: string }): Helix | null => {
  const usual = usualHelix[s.type];
  return usual && usual !== s.helix ? usual : null;
};

function checkHelixType(s: { helix?: Helix | undefined; type?: string | undefined; accepted?: readonly string[] | undefined }, ctx: z.RefinementCtx) {
  if (!s.helix || !s.type) return;
  const usual = unusualHelix({ helix: s.helix, type: s.type });
  if (usual) ask(ctx, s.accepted, 'helixType', ['type'], { helix: s.helix, type: s.type, usual });
}

export const StakeholderCreateSchema = z.strictObject({
  ...withDefaults(stakeholderFields, { size: null, municipality: '', website: '', contactName: '', contactEmail: '', contactPhone: '', notes: '', reference: '' }),
  /** Questions confirmed: 'helixType'. */
  accepted: AcceptedSchema.default([]),
}).superRefine(checkHelixType);
export type StakeholderCreate = z.input<typeof StakeholderCreateSchema>;

/** With helix and type both given, the pair is checked here; with one, against the stored other (the core). */
export const StakeholderUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(stakeholderFields), accepted: AcceptedSchema.optional() }).superRefine(checkHelixType);
export type StakeholderUpdate = z.input<typeof StakeholderUpdateSchema>;

/** Before adding: which stakeholders look like this name ("Prizztech" vs "Prizztech Oy"). */
export const StakeholderDuplicatesSchema = z.strictObject({
  name: z.string().max(limits.name),
  /** The stakeholder being edited, so it is not its own duplicate. */
  excludeId: IdSchema.optional(),
});
export const DuplicateSchema = z.object({ id: IdSchema, name: z.string(), helix: HelixSchema, match: z.enum(['same', 'similar']) });
export type Duplicate = z.infer<typeof DuplicateSchema>;

export const EngagementSchema = z.object({
  stakeholderId: IdSchema,
  sectorId: IdSchema,
  level: EngagementLevelSchema,
  changedOn: z.string(),
});
export type Engagement = z.infer<typeof EngagementSchema>;

/**
 * Sets how engaged a stakeholder is in a sector (level null ends the engagement) and appends
 * the change to the engagement history. `expectedUpdatedAt` is the engagement's updatedAt the
 * user saw (null: "there was none"); leave it out to set regardless.
 */
export const EngagementSetSchema = z.strictObject({
  stakeholderId: IdSchema,
  sectorId: IdSchema,
  level: EngagementLevelSchema.nullable(),
  changedOn: DateSchema,
  expectedUpdatedAt: TimestampSchema.nullable().optional(),
});
export type EngagementSet = z.input<typeof EngagementSetSchema>;

/**
 * A stakeholder row in lists: what the list shows and filters on (name, helix, type,
 * municipality, contact person for search, engagements, networks); e-mail, phone, website and
 * notes come with the detail. At
 * 10,000 rows the fields left out were most of the reply.
 */
export const StakeholderRowSchema = StakeholderSchema.pick({ id: true, name: true, helix: true, type: true, size: true, municipality: true, contactName: true, updatedAt: true }).extend({
  engagements: z.array(EngagementSchema.pick({ sectorId: true, level: true, changedOn: true })),
  networkCount: z.number().int(),
  networkIds: z.array(IdSchema),
});
export type StakeholderRow = z.infer<typeof StakeholderRowSchema>;

/** A stakeholder with its relations: sectors, networks, actions (as lead or partner), workshops. */
export const StakeholderDetailSchema = StakeholderSchema.extend({
  engagements: z.array(EngagementRefSchema.extend({ sector: SectorRefSchema })),
  networks: z.array(NetworkRefSchema),
  actions: z.array(ActionRefSchema.extend({ role: z.enum(['lead', 'partner']) })),
  workshops: z.array(WorkshopRefSchema),
});
export type StakeholderDetail = z.infer<typeof StakeholderDetailSchema>;
