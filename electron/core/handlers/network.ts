import type { Handlers } from './types';
import { getNetwork, getNetworkDetail, insertNetwork, listNetworks, updateNetwork } from '../storage/repos/network-repo';
import { deleteRow, updateLabel } from '../storage/repos/versions';

export const networkHandlers = {
  'network.list': (ctx) => listNetworks(ctx.db()),
  'network.get': (ctx, { id }) => getNetworkDetail(ctx.db(), id),
  'network.create': (ctx, input) => insertNetwork(ctx.db(), input),
  'network.update': (ctx, input) => {
    const { changed, relationsChanged } = updateNetwork(ctx.db(), input);
    ctx.stepLabel = updateLabel('network', changed, relationsChanged);
    return getNetwork(ctx.db(), input.id);
  },
  'network.delete': (ctx, { id }) => {
    deleteRow(ctx.db(), 'network', id);
    return null;
  },
} satisfies Handlers<'network.list' | 'network.get' | 'network.create' | 'network.update' | 'network.delete'>;
