import type { Db } from '../connection';
import type { ActionRow } from '../../../../shared/schemas/action';
import { fromRow, groupIds } from './rows';

export function listActions(db: Db): ActionRow[] {
  const sectors = groupIds(db.prepare('SELECT action_id AS owner, sector_id AS other FROM action_sector').all() as never);
  const kinds = groupIds(
    db
      .prepare(
        `SELECT DISTINCT f.action_id AS owner, s.kind AS other
         FROM funding_line f JOIN funding_source s ON s.id = f.funding_source_id ORDER BY s.sort_order`,
      )
      .all() as never,
  );
  const rows = db
    .prepare(
      `SELECT a.*, st.name AS lead_name,
         coalesce(m.planned, 0) AS planned_cents, coalesce(m.committed, 0) AS committed_cents, coalesce(m.spent, 0) AS spent_cents
       FROM action a
       LEFT JOIN stakeholder st ON st.id = a.lead_stakeholder_id
       LEFT JOIN (SELECT action_id, sum(planned_cents) AS planned, sum(committed_cents) AS committed, sum(spent_cents) AS spent
                  FROM funding_line GROUP BY action_id) m ON m.action_id = a.id
       ORDER BY a.start_date, a.title`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({
    ...fromRow<Omit<ActionRow, 'sectorIds' | 'fundingKinds'>>(r),
    sectorIds: sectors.get(r.id as string) ?? [],
    fundingKinds: kinds.get(r.id as string) ?? [],
  }));
}
