import { z } from 'zod';
import { IdSchema } from './common';

/** What plan.impact can be asked about: everything that has a delete channel. */
export const impactEntities = ['sector', 'stakeholder', 'network', 'action', 'indicator', 'measurement', 'workshop', 'fundingSource'] as const;
export const ImpactEntitySchema = z.enum(impactEntities);
export type ImpactEntity = z.infer<typeof ImpactEntitySchema>;

/**
 * The things a delete touches, each a translation key (`impact.<what>`):
 * removed with it, unlinked from it (they stay), or blocking the delete.
 */
export const impactKinds = [
  'engagement', 'engagementChange', 'indicator', 'measurement', 'fundingLine', 'milestone', 'decision',
  'sectorLink', 'networkLink', 'memberLink', 'actionLink', 'actionLead', 'actionPartner', 'workshopLink', 'participantLink', 'decisionLink',
] as const;

export const ImpactSchema = z.object({
  entity: ImpactEntitySchema,
  id: IdSchema,
  /** Only what is there (count > 0), in the order of impactKinds. */
  effects: z.array(z.object({ what: z.enum(impactKinds), effect: z.enum(['removes', 'unlinks', 'blocks']), count: z.number().int() })),
});
export type Impact = z.infer<typeof ImpactSchema>;
export type ImpactEffect = Impact['effects'][number];
