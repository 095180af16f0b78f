import type { Handlers } from './types';
import { listFundingSources } from '../storage/repos/plan-repo';
import { updateLabel } from '../storage/repos/versions';
import { deleteFundingSource, getFundingSource, insertCustomFundingSource, updateFundingSource } from '../storage/repos/funding-source-repo';

export const fundingSourceHandlers = {
  'fundingSource.list': (ctx) => listFundingSources(ctx.db()),
  'fundingSource.create': (ctx, { name }) => insertCustomFundingSource(ctx.db(), name),
  'fundingSource.update': (ctx, input) => {
    ctx.stepLabel = updateLabel('fundingSource', updateFundingSource(ctx.db(), input));
    return getFundingSource(ctx.db(), input.id);
  },
  'fundingSource.delete': (ctx, { id }) => {
    deleteFundingSource(ctx.db(), id);
    return null;
  },
} satisfies Handlers<'fundingSource.list' | 'fundingSource.create' | 'fundingSource.update' | 'fundingSource.delete'>;
