import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Network, NetworkDetail, NetworkRow } from '../../../../shared/schemas/network';
import { compareFinnish } from '../../../../shared/domain/text';
import { fromRow, groupIds, insertNew } from './rows';
import { requireRow, requireVersion, requireIds, saveChanges } from './versions';
import { links, replaceLinks } from './links';
import { actionRefs, sectorRefs, stakeholderRefs } from './refs';

/** Every network with the sectors it serves, in Finnish order of name. */
export function listNetworks(db: Db): NetworkRow[] {
  const sectors = groupIds(db.prepare('SELECT network_id AS owner, sector_id AS other FROM network_sector').all() as never);
  const rows = db
    .prepare(
      `SELECT n.*, (SELECT count(*) FROM network_member m WHERE m.network_id = n.id) AS member_count
       FROM network n`,
    )
    .all() as Record<string, unknown>[];
  return rows
    .map((r) => ({ ...fromRow<Omit<NetworkRow, 'sectorIds'>>(r), sectorIds: sectors.get(r.id as string) ?? [] }))
    .sort((a, b) => compareFinnish(a.name, b.name));
}

export const getNetwork = (db: Db, id: string): Network => fromRow<Network>(requireRow(db, 'network', id));

export function getNetworkDetail(db: Db, id: string): NetworkDetail {
  return {
    ...getNetwork(db, id),
    sectors: sectorRefs(db, 'JOIN network_sector l ON l.sector_id = s.id WHERE l.network_id = ?', id),
    members: stakeholderRefs(db, 'JOIN network_member l ON l.stakeholder_id = s.id WHERE l.network_id = ?', id),
    actions: actionRefs(db, 'JOIN action_network l ON l.action_id = a.id WHERE l.network_id = ?', id),
  };
}

type Relations = { sectorIds?: string[] | undefined; memberIds?: string[] | undefined };

function saveRelations(db: Db, id: string, { sectorIds, memberIds }: Relations): boolean {
  requireIds(db, 'sector', sectorIds ?? []);
  requireIds(db, 'stakeholder', memberIds ?? []);
  const sectorsChanged = replaceLinks(db, links.networkSectors, id, sectorIds);
  return replaceLinks(db, links.networkMembers, id, memberIds) || sectorsChanged;
}

export function insertNetwork(db: Db, { sectorIds, memberIds, ...fields }: ParsedInput<'network.create'>): Network {
  const id = insertNew(db, 'network', fields);
  saveRelations(db, id, { sectorIds, memberIds });
  return getNetwork(db, id);
}

export function updateNetwork(db: Db, { id, expectedUpdatedAt, sectorIds, memberIds, ...fields }: ParsedInput<'network.update'>) {
  const row = requireVersion(db, 'network', id, expectedUpdatedAt);
  const relationsChanged = saveRelations(db, id, { sectorIds, memberIds });
  return { changed: saveChanges(db, 'network', row, fields, relationsChanged), relationsChanged };
}
