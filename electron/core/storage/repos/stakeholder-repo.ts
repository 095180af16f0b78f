import type { Db } from '../connection';
import type { StakeholderRow } from '../../../../shared/schemas/stakeholder';
import { fromRow } from './rows';

export function listStakeholders(db: Db): StakeholderRow[] {
  const engagements = db
    .prepare('SELECT stakeholder_id AS owner, sector_id AS sectorId, level, changed_on AS changedOn FROM engagement')
    .all() as { owner: string; sectorId: string; level: StakeholderRow['engagements'][number]['level']; changedOn: string }[];
  const byStakeholder = new Map<string, StakeholderRow['engagements']>();
  for (const { owner, ...e } of engagements) {
    const list = byStakeholder.get(owner);
    if (list) list.push(e);
    else byStakeholder.set(owner, [e]);
  }
  const rows = db
    .prepare(
      `SELECT s.*, (SELECT count(*) FROM network_member m WHERE m.stakeholder_id = s.id) AS network_count
       FROM stakeholder s`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({ ...fromRow<Omit<StakeholderRow, 'engagements'>>(r), engagements: byStakeholder.get(r.id as string) ?? [] }));
}
