import type { Db } from '../connection';
import type { Engagement, EngagementSet } from '../../../../shared/schemas/stakeholder';
import type { EngagementChange, EngagementChangeUpdate, EngagementSetMany } from '../../../../shared/schemas/engagement';
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
 * The pair's current engagement made equal to its latest recorded change (by date, then by
 * when it was entered): the one place the engagement row is derived from the history, so a
 * backdated change, a corrected date or a deleted change all leave them consistent. No history
 * (or an ended latest change) means no engagement. Writes only what differs.
 */
export function syncEngagement(db: Db, stakeholderId: string, sectorId: string): void {
  const latest = db
    .prepare('SELECT level, changed_on FROM engagement_history WHERE stakeholder_id = ? AND sector_id = ? ORDER BY changed_on DESC, created_at DESC, id DESC LIMIT 1')
    .get(stakeholderId, sectorId) as { level: Engagement['level'] | null; changed_on: string } | undefined;
  const row = db
    .prepare('SELECT level, changed_on, updated_at FROM engagement WHERE stakeholder_id = ? AND sector_id = ?')
    .get(stakeholderId, sectorId) as EngagementRow | undefined;
  if (!latest || latest.level === null) {
    if (row) db.prepare('DELETE FROM engagement WHERE stakeholder_id = ? AND sector_id = ?').run(stakeholderId, sectorId);
  } else if (!row) {
    const t = now();
    insertRow(db, 'engagement', { stakeholderId, sectorId, level: latest.level, changedOn: latest.changed_on, createdAt: t, updatedAt: t });
  } else if (row.level !== latest.level || row.changed_on !== latest.changed_on) {
    db.prepare('UPDATE engagement SET level = ?, changed_on = ?, updated_at = ? WHERE stakeholder_id = ? AND sector_id = ?')
      .run(latest.level, latest.changed_on, nextStamp(row.updated_at), stakeholderId, sectorId);
  }
}

/**
 * Sets (or with level null, ends) one stakeholder's engagement in one sector as of `changedOn`:
 * the change is appended to engagement_history, from which engagement is charted over time, and
 * the current engagement follows the latest change (a backdated one adds history only). The
 * current level with another date corrects that change's date. Setting what is already there
 * writes nothing. Returns whether anything changed.
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
  if (row && row.level === level) {
    // The same level with another date corrects the date of the change that made it current
    // (the detail pane's "Date of change"), rather than recording the level a second time.
    const latest = db
      .prepare('SELECT id, level FROM engagement_history WHERE stakeholder_id = ? AND sector_id = ? ORDER BY changed_on DESC, created_at DESC, id DESC LIMIT 1')
      .get(stakeholderId, sectorId) as { id: string; level: Engagement['level'] | null } | undefined;
    if (latest?.level === level) {
      db.prepare('UPDATE engagement_history SET changed_on = ? WHERE id = ?').run(changedOn, latest.id);
      syncEngagement(db, stakeholderId, sectorId);
      return true;
    }
  }
  recordChange(db, stakeholderId, sectorId, level, changedOn);
  return true;
}

/** An engagement that was current before it had any history (an older plan) is recorded first, so deriving keeps it. */
function recordChange(db: Db, stakeholderId: string, sectorId: string, level: Engagement['level'] | null, changedOn: string) {
  const t = now();
  const hasHistory = db.prepare('SELECT 1 FROM engagement_history WHERE stakeholder_id = ? AND sector_id = ? LIMIT 1').get(stakeholderId, sectorId);
  if (!hasHistory) {
    const row = db.prepare('SELECT level, changed_on FROM engagement WHERE stakeholder_id = ? AND sector_id = ?').get(stakeholderId, sectorId) as EngagementRow | undefined;
    if (row) insertRow(db, 'engagement_history', { id: newId(), stakeholderId, sectorId, level: row.level, changedOn: row.changed_on, createdAt: t });
  }
  insertRow(db, 'engagement_history', { id: newId(), stakeholderId, sectorId, level, changedOn, createdAt: t });
  syncEngagement(db, stakeholderId, sectorId);
}

/**
 * A batch from the engagement grid, all as of one date. Every stakeholder and sector must exist
 * (the first unknown one refuses the whole batch); a pair already at that level is left alone.
 * Returns how many pairs changed, and how many of them have a later change (still current).
 */
export function setEngagements(db: Db, input: EngagementSetMany): { changed: number; superseded: number } {
  const pairs = new Map<string, { stakeholderId: string; sectorId: string; level: Engagement['level'] | null }>();
  for (const c of input.changes) pairs.set(pairId(c.stakeholderId, c.sectorId), c);
  requireIds(db, 'stakeholder', [...new Set([...pairs.values()].map((c) => c.stakeholderId))]);
  requireIds(db, 'sector', [...new Set([...pairs.values()].map((c) => c.sectorId))]);
  const current = db.prepare('SELECT level FROM engagement WHERE stakeholder_id = ? AND sector_id = ?');
  const later = db.prepare('SELECT 1 FROM engagement_history WHERE stakeholder_id = ? AND sector_id = ? AND changed_on > ? LIMIT 1');
  let changed = 0;
  let superseded = 0;
  for (const { stakeholderId, sectorId, level } of pairs.values()) {
    const row = current.get(stakeholderId, sectorId) as { level: Engagement['level'] } | undefined;
    if ((row?.level ?? null) === level) continue;
    recordChange(db, stakeholderId, sectorId, level, input.changedOn);
    changed++;
    if (later.get(stakeholderId, sectorId, input.changedOn)) superseded++;
  }
  return { changed, superseded };
}

/** The "as of" date the plan's latest entered change used; null when none was ever entered. */
export function lastChangeDate(db: Db): string | null {
  const row = db.prepare('SELECT changed_on FROM engagement_history ORDER BY created_at DESC, changed_on DESC LIMIT 1').get() as { changed_on: string } | undefined;
  return row?.changed_on ?? null;
}

interface ChangeRow {
  id: string;
  stakeholder_id: string;
  sector_id: string;
  level: Engagement['level'] | null;
  changed_on: string;
  created_at: string;
}
const toChange = (r: ChangeRow): EngagementChange => ({ id: r.id, stakeholderId: r.stakeholder_id, sectorId: r.sector_id, level: r.level, changedOn: r.changed_on, createdAt: r.created_at });

/** A stakeholder's recorded changes, per sector in the order they took effect. */
export function engagementChanges(db: Db, stakeholderId: string): EngagementChange[] {
  requireIds(db, 'stakeholder', [stakeholderId]);
  const rows = db
    .prepare(
      `SELECT h.* FROM engagement_history h JOIN sector s ON s.id = h.sector_id
       WHERE h.stakeholder_id = ? ORDER BY s.sort_order, h.changed_on, h.created_at, h.id`,
    )
    .all(stakeholderId) as ChangeRow[];
  return rows.map(toChange);
}

function requireChange(db: Db, id: string): ChangeRow {
  const row = db.prepare('SELECT * FROM engagement_history WHERE id = ?').get(id) as ChangeRow | undefined;
  return row ?? fail({ kind: 'notFound', entity: 'engagementChange', id });
}

/** Corrects a recorded change's date or level; the current engagement follows. */
export function updateChange(db: Db, input: EngagementChangeUpdate): EngagementChange {
  const row = requireChange(db, input.id);
  const changedOn = input.changedOn ?? row.changed_on;
  const level = input.level === undefined ? row.level : input.level;
  if (changedOn !== row.changed_on || level !== row.level) {
    db.prepare('UPDATE engagement_history SET changed_on = ?, level = ? WHERE id = ?').run(changedOn, level, row.id);
    syncEngagement(db, row.stakeholder_id, row.sector_id);
  }
  return toChange(requireChange(db, input.id));
}

/** Deletes a recorded change (a mistaken entry); the current engagement follows what is left. */
export function deleteChange(db: Db, id: string): void {
  const row = requireChange(db, id);
  db.prepare('DELETE FROM engagement_history WHERE id = ?').run(id);
  syncEngagement(db, row.stakeholder_id, row.sector_id);
}
