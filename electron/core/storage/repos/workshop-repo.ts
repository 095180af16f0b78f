import type { Db } from '../connection';
import type { WorkshopRow } from '../../../../shared/schemas/workshop';
import { fromRow, groupIds } from './rows';

export function listWorkshops(db: Db): WorkshopRow[] {
  const sectors = groupIds(db.prepare('SELECT workshop_id AS owner, sector_id AS other FROM workshop_sector').all() as never);
  const rows = db
    .prepare(
      `SELECT w.*, (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id) AS participant_count
       FROM workshop w ORDER BY w.held_on DESC`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({ ...fromRow<Omit<WorkshopRow, 'sectorIds'>>(r), sectorIds: sectors.get(r.id as string) ?? [] }));
}
