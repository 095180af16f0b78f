import type { Db } from '../connection';
import type { Engagement, EngagementSet } from '../../../../shared/schemas/stakeholder';
import { fail } from '../../../../shared/contract/errors';
import { insertRow, newId, nextStamp, now } from './rows';
import { requireIds } from './versions';

interface EngagementRow {
  level: Engagement['level'];
  changed_on: string;
  updated_at: string;
}

const pairId = (stakeholderId: string, sectorId: string) => `${stakeholderId}/${sectorId}`;

export function getEngagement(db: Db, stakeholderId: string, sectorId: string): Engagement | null {
  const row = db
    .prepare('SELECT level, changed_on FROM engagement WHERE stakeholder_id = ? AND sector_id = ?')
    .get(stakeholderId, sectorId) as EngagementRow | undefined;
  return row ? { stakeholderId, sectorId, level: row.level, changedOn: row.changed_on } : null;
}

/**
 * Sets (or with level null, ends) one stakeholder's engagement in one sector and appends the
 * change to engagement_history, from which engagement is charted over time. Setting what is
 * already there writes nothing. Returns whether anything changed.
 */
export function setEngagement(db: Db, input: EngagementSet): boolean {
  const { stakeholderId, sectorId, level, changedOn, expectedUpdatedAt } = input;
  requireIds(db, 'stakeholder', [stakeholderId]);
  requireIds(db, 'sector', [sectorId]);
  const row = db
    .prepare('SELECT level, changed_on, updated_at FROM engagement WHERE stakeholder_id = ? AND sector_id = ?')
    .get(stakeholderId, sectorId) as EngagementRow | undefined;
  if (expectedUpdatedAt !== undefined && (row?.updated_at ?? null) !== expectedUpdatedAt) {
    fail({ kind: 'conflict', entity: 'engagement', id: pairId(stakeholderId, sectorId) });
  }
  if ((row?.level ?? null) === level && (!row || row.changed_on === changedOn)) return false;
  const t = now();
  if (level === null) {
    db.prepare('DELETE FROM engagement WHERE stakeholder_id = ? AND sector_id = ?').run(stakeholderId, sectorId);
  } else if (row) {
    db.prepare('UPDATE engagement SET level = ?, changed_on = ?, updated_at = ? WHERE stakeholder_id = ? AND sector_id = ?')
      .run(level, changedOn, nextStamp(row.updated_at), stakeholderId, sectorId);
  } else {
    insertRow(db, 'engagement', { stakeholderId, sectorId, level, changedOn, createdAt: t, updatedAt: t });
  }
  insertRow(db, 'engagement_history', { id: newId(), stakeholderId, sectorId, level, changedOn, createdAt: t });
  return true;
}
