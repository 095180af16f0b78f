import type { Handlers } from './types';
import { getNetwork, getNetworkDetail, insertNetwork, listNetworks, updateNetwork } from '../storage/repos/network-repo';
import { deleteHandler, updateHandler } from './rows';

export const networkHandlers = {
  'network.list': (ctx) => listNetworks(ctx.db()),
  'network.get': (ctx, { id }) => getNetworkDetail(ctx.db(), id),
  'network.create': (ctx, input) => insertNetwork(ctx.db(), input),
  'network.update': updateHandler('network', updateNetwork, getNetwork),
  'network.delete': deleteHandler('network'),
} satisfies Handlers<'network.list' | 'network.get' | 'network.create' | 'network.update' | 'network.delete'>;
