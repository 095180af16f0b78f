import type { Handlers } from './types';
import { listIndicators } from '../storage/repos/indicator-repo';

export const indicatorHandlers = {
  'indicator.list': (ctx) => listIndicators(ctx.db()),
} satisfies Handlers<'indicator.list'>;
