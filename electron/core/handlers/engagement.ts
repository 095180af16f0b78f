import type { Handlers } from './types';
import {
  deleteChange, engagementChanges, getEngagement, lastChangeDate, setEngagement, setEngagements, updateChange,
} from '../storage/repos/engagement-repo';

export const engagementHandlers = {
  'engagement.set': (ctx, input) => {
    setEngagement(ctx.db(), input);
    if (input.level === null) ctx.stepLabel = 'engagement.remove';
    return getEngagement(ctx.db(), input.stakeholderId, input.sectorId);
  },
  'engagement.setMany': (ctx, input) => setEngagements(ctx.db(), input),
  'engagement.lastDate': (ctx) => ({ date: lastChangeDate(ctx.db()) }),
  'engagement.history': (ctx, input) => engagementChanges(ctx.db(), input.stakeholderId),
  'engagement.updateChange': (ctx, input) => updateChange(ctx.db(), input),
  'engagement.deleteChange': (ctx, input) => {
    deleteChange(ctx.db(), input.id);
    return null;
  },
} satisfies Handlers<'engagement.set' | 'engagement.setMany' | 'engagement.lastDate' | 'engagement.history' | 'engagement.updateChange' | 'engagement.deleteChange'>;
