import type { Handlers } from './types';
import { likelyDuplicates } from '../../../shared/domain/duplicates';
import {
  getStakeholder, getStakeholderDetail, insertStakeholder, listStakeholders, stakeholderNames, updateStakeholder,
} from '../storage/repos/stakeholder-repo';
import { deleteHandler, updateHandler } from './rows';

export const stakeholderHandlers = {
  'stakeholder.list': (ctx) => listStakeholders(ctx.db()),
  'stakeholder.get': (ctx, { id }) => getStakeholderDetail(ctx.db(), id),
  'stakeholder.create': (ctx, input) => insertStakeholder(ctx.db(), input),
  'stakeholder.update': updateHandler('stakeholder', updateStakeholder, getStakeholder),
  'stakeholder.delete': deleteHandler('stakeholder'),
  /** A warning, not a refusal: two offices of one company may well be two stakeholders. */
  'stakeholder.duplicates': (ctx, { name, excludeId }) =>
    likelyDuplicates(name, stakeholderNames(ctx.db()).filter((s) => s.id !== excludeId)),
} satisfies Handlers<
  'stakeholder.list' | 'stakeholder.get' | 'stakeholder.create' | 'stakeholder.update' | 'stakeholder.delete' | 'stakeholder.duplicates'
>;
