import type { Handlers } from './types';
import { getWorkshop, getWorkshopDetail, insertWorkshop, listWorkshops, updateWorkshop } from '../storage/repos/workshop-repo';
import { deleteRow, updateLabel } from '../storage/repos/versions';

export const workshopHandlers = {
  'workshop.list': (ctx) => listWorkshops(ctx.db()),
  'workshop.get': (ctx, { id }) => getWorkshopDetail(ctx.db(), id),
  'workshop.create': (ctx, input) => insertWorkshop(ctx.db(), input),
  'workshop.update': (ctx, input) => {
    const { changed, relationsChanged } = updateWorkshop(ctx.db(), input);
    ctx.stepLabel = updateLabel('workshop', changed, relationsChanged);
    return getWorkshop(ctx.db(), input.id);
  },
  'workshop.delete': (ctx, { id }) => {
    deleteRow(ctx.db(), 'workshop', id);
    return null;
  },
} satisfies Handlers<'workshop.list' | 'workshop.get' | 'workshop.create' | 'workshop.update' | 'workshop.delete'>;
