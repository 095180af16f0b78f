import type { Handlers } from './types';
import { insertSector, listSectors } from '../storage/repos/sector-repo';

export const sectorHandlers = {
  'sector.list': (ctx, { includeArchived }) => listSectors(ctx.db(), includeArchived),
  'sector.create': (ctx, input) => insertSector(ctx.db(), input as Required<typeof input>),
} satisfies Handlers<'sector.list' | 'sector.create'>;
