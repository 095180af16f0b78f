import type { Handlers } from './types';
import { getEngagement, setEngagement } from '../storage/repos/engagement-repo';

export const engagementHandlers = {
  'engagement.set': (ctx, input) => {
    setEngagement(ctx.db(), input);
    if (input.level === null) ctx.stepLabel = 'engagement.remove';
    return getEngagement(ctx.db(), input.stakeholderId, input.sectorId);
  },
} satisfies Handlers<'engagement.set'>;
