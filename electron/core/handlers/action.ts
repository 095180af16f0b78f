import type { Handlers } from './types';
import { listActions } from '../storage/repos/action-repo';

export const actionHandlers = {
  'action.list': (ctx) => listActions(ctx.db()),
} satisfies Handlers<'action.list'>;
