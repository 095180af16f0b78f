import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Sector, SectorCreate, SectorDetail, SectorRow } from '../../../../shared/schemas/sector';
import type { EngagementLevel } from '../../../../shared/schemas/enums';
import type { StakeholderRef } from '../../../../shared/schemas/refs';
import { compareFinnish } from '../../../../shared/domain/text';
import { fromRow, nextStamp, insertNew } from './rows';
import { requireRow, requireVersion, requireIds, saveChanges } from './versions';
import { actionRefs, indicatorRefs, networkRefs, workshopRefs } from './refs';

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
  const { next } = db.prepare('SELECT coalesce(max(sort_order), -1) + 1 AS next FROM sector').get() as { next: number };
  const id = insertNew(db, 'sector', { ...input, sortOrder: next, archived: false });
  return getSector(db, id)!;
}

export function getSectorDetail(db: Db, id: string): SectorDetail {
  const sector = fromRow<Sector>(requireRow(db, 'sector', id), flags);
  const engagements = (
    db
      .prepare(
        `SELECT e.stakeholder_id, e.sector_id, e.level, e.changed_on, e.updated_at, s.name, s.helix
         FROM engagement e JOIN stakeholder s ON s.id = e.stakeholder_id WHERE e.sector_id = ?`,
      )
      .all(id) as Record<string, unknown>[]
  ).map((r) => {
    const { name, helix, ...e } = fromRow<{ stakeholderId: string; sectorId: string; level: EngagementLevel; changedOn: string; updatedAt: string } & Omit<StakeholderRef, 'id'>>(r);
    return { ...e, stakeholder: { id: e.stakeholderId, name, helix } };
  });
  return {
    ...sector,
    engagements: engagements.sort((a, b) => compareFinnish(a.stakeholder.name, b.stakeholder.name)),
    networks: networkRefs(db, 'JOIN network_sector l ON l.network_id = n.id WHERE l.sector_id = ?', id),
    actions: actionRefs(db, 'JOIN action_sector l ON l.action_id = a.id WHERE l.sector_id = ?', id),
    indicators: indicatorRefs(db, 'WHERE i.sector_id = ?', id),
    workshops: workshopRefs(db, 'JOIN workshop_sector l ON l.workshop_id = w.id WHERE l.sector_id = ?', id),
  };
}

export function updateSector(db: Db, { id, expectedUpdatedAt, ...changes }: ParsedInput<'sector.update'>): string[] {
  return saveChanges(db, 'sector', requireVersion(db, 'sector', id, expectedUpdatedAt), changes);
}

export function setSectorArchived(db: Db, id: string, expectedUpdatedAt: string, archived: boolean): string[] {
  return saveChanges(db, 'sector', requireVersion(db, 'sector', id, expectedUpdatedAt), { archived });
}

/** The given sectors first, in that order; the others after them as they were. Only moved rows are written. */
export function reorderSectors(db: Db, ids: readonly string[]): void {
  const given = [...new Set(ids)];
  requireIds(db, 'sector', given);
  const rest = (db.prepare('SELECT id FROM sector ORDER BY sort_order, created_at').all() as { id: string }[])
    .map((r) => r.id)
    .filter((id) => !given.includes(id));
  const current = db.prepare('SELECT sort_order, updated_at FROM sector WHERE id = ?');
  const move = db.prepare('UPDATE sector SET sort_order = ?, updated_at = ? WHERE id = ?');
  [...given, ...rest].forEach((id, order) => {
    const row = current.get(id) as { sort_order: number; updated_at: string };
    if (row.sort_order !== order) move.run(order, nextStamp(row.updated_at), id);
  });
}
