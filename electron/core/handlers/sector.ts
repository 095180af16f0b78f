import type { Handlers } from './types';
import { getSector, getSectorDetail, insertSector, listSectors, reorderSectors, setSectorArchived, updateSector } from '../storage/repos/sector-repo';
import { deleteHandler, updateHandler } from './rows';

export const sectorHandlers = {
  'sector.list': (ctx, { includeArchived }) => listSectors(ctx.db(), includeArchived),
  'sector.get': (ctx, { id }) => getSectorDetail(ctx.db(), id),
  'sector.create': (ctx, input) => insertSector(ctx.db(), input as Required<typeof input>),
  'sector.update': updateHandler('sector', updateSector, (db, id) => getSector(db, id)!),
  'sector.reorder': (ctx, { ids }) => {
    reorderSectors(ctx.db(), ids);
    return listSectors(ctx.db(), true);
  },
  'sector.archive': (ctx, { id, expectedUpdatedAt }) => {
    setSectorArchived(ctx.db(), id, expectedUpdatedAt, true);
    return getSector(ctx.db(), id)!;
  },
  'sector.unarchive': (ctx, { id, expectedUpdatedAt }) => {
    setSectorArchived(ctx.db(), id, expectedUpdatedAt, false);
    return getSector(ctx.db(), id)!;
  },
  'sector.delete': deleteHandler('sector'),
} satisfies Handlers<
  'sector.list' | 'sector.get' | 'sector.create' | 'sector.update' | 'sector.reorder' | 'sector.archive' | 'sector.unarchive' | 'sector.delete'
>;
