import type { Handlers } from './types';
import { getIndicator, getIndicatorDetail, insertIndicator, listIndicators, updateIndicator } from '../storage/repos/indicator-repo';
import { deleteRow, updateLabel } from '../storage/repos/versions';

export const indicatorHandlers = {
  'indicator.list': (ctx) => listIndicators(ctx.db()),
  'indicator.get': (ctx, { id }) => getIndicatorDetail(ctx.db(), id),
  'indicator.create': (ctx, input) => insertIndicator(ctx.db(), input),
  'indicator.update': (ctx, input) => {
    ctx.stepLabel = updateLabel('indicator', updateIndicator(ctx.db(), input));
    return getIndicator(ctx.db(), input.id);
  },
  'indicator.delete': (ctx, { id }) => {
    deleteRow(ctx.db(), 'indicator', id);
    return null;
  },
} satisfies Handlers<'indicator.list' | 'indicator.get' | 'indicator.create' | 'indicator.update' | 'indicator.delete'>;
