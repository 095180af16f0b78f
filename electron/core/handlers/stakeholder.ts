import type { Handlers } from './types';
import { likelyDuplicates } from '../../../shared/domain/duplicates';
import {
  getStakeholder, getStakeholderDetail, insertStakeholder, listStakeholders, stakeholderNames, updateStakeholder,
} from '../storage/repos/stakeholder-repo';
import { rowHandlers } from './rows';

export const stakeholderHandlers = {
  ...rowHandlers('stakeholder', { list: listStakeholders, detail: getStakeholderDetail, get: getStakeholder, insert: insertStakeholder, update: updateStakeholder }),
  /** A warning, not a refusal: two offices of one company may well be two stakeholders. */
  'stakeholder.duplicates': (ctx, { name, excludeId }) =>
    likelyDuplicates(name, stakeholderNames(ctx.db()).filter((s) => s.id !== excludeId)),
} satisfies Handlers<
  'stakeholder.list' | 'stakeholder.get' | 'stakeholder.create' | 'stakeholder.update' | 'stakeholder.delete' | 'stakeholder.duplicates'
>;
