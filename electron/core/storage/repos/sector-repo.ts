import type { Db } from '../connection';
import type { Sector, SectorCreate, SectorRow } from '../../../../shared/schemas/sector';
import { fromRow, insertRow, newId, now } from './rows';

const flags = ['archived'] as const;

export function getSector(db: Db, id: string): Sector | undefined {
  const row = db.prepare('SELECT * FROM sector WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return row && fromRow<Sector>(row, flags);
}

export function listSectors(db: Db, includeArchived: boolean): SectorRow[] {
  // One query with correlated counts over indexed link tables (no N+1).
  const rows = db
    .prepare(
      `SELECT s.*,
        (SELECT count(*) FROM engagement e WHERE e.sector_id = s.id) AS stakeholder_count,
        (SELECT count(*) FROM network_sector n WHERE n.sector_id = s.id) AS network_count,
        (SELECT count(*) FROM action_sector a WHERE a.sector_id = s.id) AS action_count
       FROM sector s WHERE (? OR s.archived = 0) ORDER BY s.sort_order, s.created_at`,
    )
    .all(includeArchived ? 1 : 0);
  return rows.map((r) => fromRow<SectorRow>(r as Record<string, unknown>, flags));
}

export function insertSector(db: Db, input: Required<SectorCreate>): Sector {
  const t = now();
  const id = newId();
  const { next } = db.prepare('SELECT coalesce(max(sort_order), -1) + 1 AS next FROM sector').get() as { next: number };
  insertRow(db, 'sector', { id, ...input, sortOrder: next, archived: false, createdAt: t, updatedAt: t });
  return getSector(db, id)!;
}
