import { getNetwork, getNetworkDetail, insertNetwork, listNetworks, updateNetwork } from '../storage/repos/network-repo';
import { rowHandlers } from './rows';

export const networkHandlers = rowHandlers('network', { list: listNetworks, detail: getNetworkDetail, get: getNetwork, insert: insertNetwork, update: updateNetwork });
