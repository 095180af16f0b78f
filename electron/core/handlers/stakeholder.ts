import type { Handlers } from './types';
import { listStakeholders } from '../storage/repos/stakeholder-repo';

export const stakeholderHandlers = {
  'stakeholder.list': (ctx) => listStakeholders(ctx.db()),
} satisfies Handlers<'stakeholder.list'>;
