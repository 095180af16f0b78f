import type { Handlers } from './types';
import { getIndicator, getIndicatorDetail, insertIndicator, listIndicators, updateIndicator } from '../storage/repos/indicator-repo';
import { deleteHandler, updateHandler } from './rows';

export const indicatorHandlers = {
  'indicator.list': (ctx) => listIndicators(ctx.db()),
  'indicator.get': (ctx, { id }) => getIndicatorDetail(ctx.db(), id),
  'indicator.create': (ctx, input) => insertIndicator(ctx.db(), input),
  'indicator.update': updateHandler('indicator', updateIndicator, getIndicator),
  'indicator.delete': deleteHandler('indicator'),
} satisfies Handlers<'indicator.list' | 'indicator.get' | 'indicator.create' | 'indicator.update' | 'indicator.delete'>;
