import { z } from 'zod';
import { IdSchema } from './common';
import { ActionStatusSchema, EngagementLevelSchema, HelixSchema, IndicatorKindSchema, MembershipSchema, NetworkScopeSchema } from './enums';

// Short shapes of related things in detail views: enough to show and link, not to edit.
export const SectorRefSchema = z.object({ id: IdSchema, name: z.string(), archived: z.boolean() });
export const StakeholderRefSchema = z.object({ id: IdSchema, name: z.string(), helix: HelixSchema });
export const NetworkRefSchema = z.object({ id: IdSchema, name: z.string(), scope: NetworkScopeSchema, membership: MembershipSchema });
/** status as typed, derivedStatus as shown (shared/domain/action-status.ts), endDate for "late: ended …". */
export const ActionRefSchema = z.object({ id: IdSchema, title: z.string(), status: ActionStatusSchema, derivedStatus: ActionStatusSchema, endDate: z.string().nullable() });
export const IndicatorRefSchema = z.object({ id: IdSchema, name: z.string(), kind: IndicatorKindSchema });
export const WorkshopRefSchema = z.object({ id: IdSchema, title: z.string(), heldOn: z.string() });

/** An engagement seen from either side, with the name of the other side. */
export const EngagementRefSchema = z.object({
  stakeholderId: IdSchema,
  sectorId: IdSchema,
  level: EngagementLevelSchema,
  changedOn: z.string(),
  updatedAt: z.string(),
});

export type SectorRef = z.infer<typeof SectorRefSchema>;
export type StakeholderRef = z.infer<typeof StakeholderRefSchema>;
export type NetworkRef = z.infer<typeof NetworkRefSchema>;
export type ActionRef = z.infer<typeof ActionRefSchema>;
export type IndicatorRef = z.infer<typeof IndicatorRefSchema>;
export type WorkshopRef = z.infer<typeof WorkshopRefSchema>;
