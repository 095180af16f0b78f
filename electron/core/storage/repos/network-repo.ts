import type { Db } from '../connection';
import type { NetworkRow } from '../../../../shared/schemas/network';
import { fromRow, groupIds } from './rows';

export function listNetworks(db: Db): NetworkRow[] {
  const sectors = groupIds(db.prepare('SELECT network_id AS owner, sector_id AS other FROM network_sector').all() as never);
  const rows = db
    .prepare(
      `SELECT n.*, (SELECT count(*) FROM network_member m WHERE m.network_id = n.id) AS member_count
       FROM network n`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({ ...fromRow<Omit<NetworkRow, 'sectorIds'>>(r), sectorIds: sectors.get(r.id as string) ?? [] }));
}
