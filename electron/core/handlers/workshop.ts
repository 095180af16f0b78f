import type { Handlers } from './types';
import { listWorkshops } from '../storage/repos/workshop-repo';

export const workshopHandlers = {
  'workshop.list': (ctx) => listWorkshops(ctx.db()),
} satisfies Handlers<'workshop.list'>;
