import type { Handlers } from './types';
import { getWorkshop, getWorkshopDetail, insertWorkshop, listWorkshops, updateWorkshop } from '../storage/repos/workshop-repo';
import { deleteHandler, updateHandler } from './rows';

export const workshopHandlers = {
  'workshop.list': (ctx) => listWorkshops(ctx.db()),
  'workshop.get': (ctx, { id }) => getWorkshopDetail(ctx.db(), id),
  'workshop.create': (ctx, input) => insertWorkshop(ctx.db(), input),
  'workshop.update': updateHandler('workshop', updateWorkshop, getWorkshop),
  'workshop.delete': deleteHandler('workshop'),
} satisfies Handlers<'workshop.list' | 'workshop.get' | 'workshop.create' | 'workshop.update' | 'workshop.delete'>;
