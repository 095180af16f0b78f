import { z } from 'zod';
import { IdSchema, Timestamps } from './common';
import { NetworkScopeSchema, MembershipSchema } from './enums';

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

export const NetworkRowSchema = NetworkSchema.extend({
  sectorIds: z.array(IdSchema),
  memberCount: z.number().int(),
});
export type NetworkRow = z.infer<typeof NetworkRowSchema>;
