import type { Handlers } from './types';
import { getAction, getActionDetail, insertAction, listActions, requireMoneyWithinLimits, updateAction } from '../storage/repos/action-repo';
import { updateLabel } from '../storage/repos/versions';
import { deleteHandler } from './rows';

export const actionHandlers = {
  'action.list': (ctx) => listActions(ctx.db()),
  'action.get': (ctx, { id }) => getActionDetail(ctx.db(), id),
  'action.create': (ctx, input) => {
    const created = insertAction(ctx.db(), input);
    requireMoneyWithinLimits(ctx.db());
    return created;
  },
  'action.update': (ctx, input) => {
    const { changed, relationsChanged } = updateAction(ctx.db(), input);
    if (input.fundingLines) requireMoneyWithinLimits(ctx.db());
    ctx.stepLabel = updateLabel('action', changed, relationsChanged);
    return getAction(ctx.db(), input.id);
  },
  'action.delete': deleteHandler('action'),
} satisfies Handlers<'action.list' | 'action.get' | 'action.create' | 'action.update' | 'action.delete'>;
