import type { Handlers } from './types';
import { listNetworks } from '../storage/repos/network-repo';

export const networkHandlers = {
  'network.list': (ctx) => listNetworks(ctx.db()),
} satisfies Handlers<'network.list'>;
