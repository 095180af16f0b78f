import { z } from 'zod';
import { IdSchema, NameSchema, TextSchema, WebsiteSchema, IdListSchema, Timestamps, Versioned, optionalFields, withDefaults } from './common';
import { NetworkScopeSchema, MembershipSchema } from './enums';
import { SectorRefSchema, StakeholderRefSchema, ActionRefSchema } from './refs';

export const NetworkSchema = z.object({
  id: IdSchema,
  name: z.string(),
  scope: NetworkScopeSchema,
  membership: MembershipSchema,
  description: z.string(),
  website: z.string(),
  ...Timestamps,
});
export type Network = z.infer<typeof NetworkSchema>;

const networkFields = {
  name: NameSchema,
  scope: NetworkScopeSchema,
  membership: MembershipSchema,
  description: TextSchema,
  website: WebsiteSchema,
  /** The sectors it serves and the stakeholders in it, each replaced as a whole. */
  sectorIds: IdListSchema,
  memberIds: IdListSchema,
};

export const NetworkCreateSchema = z.strictObject(withDefaults(networkFields, { description: '', website: '', sectorIds: [], memberIds: [] }));
export type NetworkCreate = z.input<typeof NetworkCreateSchema>;

export const NetworkUpdateSchema = z.strictObject({ ...Versioned, ...optionalFields(networkFields) });
export type NetworkUpdate = z.input<typeof NetworkUpdateSchema>;

export const NetworkRowSchema = NetworkSchema.extend({
  sectorIds: z.array(IdSchema),
  memberCount: z.number().int(),
});
export type NetworkRow = z.infer<typeof NetworkRowSchema>;

export const NetworkDetailSchema = NetworkSchema.extend({
  sectors: z.array(SectorRefSchema),
  members: z.array(StakeholderRefSchema),
  actions: z.array(ActionRefSchema),
});
export type NetworkDetail = z.infer<typeof NetworkDetailSchema>;
