import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Decision } from '../../../../shared/schemas/workshop';
import { fail } from '../../../../shared/contract/errors';
import { fromRow, insertRow, newId, nextStamp, now, toSql, updateRow } from './rows';
import { requireIds, requireRow } from './versions';
import { replaceLinks } from './links';
import { actionRefs, sectorRefs } from './refs';

/**
 * A workshop's decisions (issue 19): rows in the workshop's order, each linked to the actions
 * and sectors that came of it. Typed in the workshop editor or captured in workshop mode.
 */

type Raw = Record<string, unknown> & { id: string; workshop_id: string; updated_at: string };

export const decisionLinks = {
  actions: { table: 'decision_action', owner: 'decision_id', other: 'action_id' },
  sectors: { table: 'decision_sector', owner: 'decision_id', other: 'sector_id' },
} as const;

function requireDecision(db: Db, id: string): Raw {
  const row = db.prepare('SELECT * FROM workshop_decision WHERE id = ?').get(id) as Raw | undefined;
  return row ?? fail({ kind: 'notFound', entity: 'decision', id });
}

const toDecision = (db: Db, row: Raw): Decision => ({
  ...fromRow<Omit<Decision, 'actions' | 'sectors'>>(row),
  actions: actionRefs(db, 'JOIN decision_action l ON l.action_id = a.id WHERE l.decision_id = ?', row.id),
  sectors: sectorRefs(db, 'JOIN decision_sector l ON l.sector_id = s.id WHERE l.decision_id = ?', row.id),
});

export const getDecision = (db: Db, id: string): Decision => toDecision(db, requireDecision(db, id));

export function listDecisions(db: Db, workshopId: string): Decision[] {
  return (db.prepare('SELECT * FROM workshop_decision WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId) as Raw[]).map((r) => toDecision(db, r));
}

const orderOf = (db: Db, workshopId: string) =>
  (db.prepare('SELECT id FROM workshop_decision WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId) as { id: string }[]).map((r) => r.id);

/** Positions 0..n-1 in the given order, writing only the rows whose position changes. */
function renumber(db: Db, ids: readonly string[]): void {
  const stmt = db.prepare('UPDATE workshop_decision SET position = ? WHERE id = ? AND position <> ?');
  ids.forEach((id, i) => stmt.run(i, id, i));
}

function saveLinks(db: Db, id: string, actionIds: readonly string[] | undefined, sectorIds: readonly string[] | undefined): boolean {
  requireIds(db, 'action', actionIds ?? []);
  requireIds(db, 'sector', sectorIds ?? []);
  return [replaceLinks(db, decisionLinks.actions, id, actionIds), replaceLinks(db, decisionLinks.sectors, id, sectorIds)].some(Boolean);
}

export function addDecision(
  db: Db,
  { workshopId, position, actionIds, sectorIds, ...fields }: ParsedInput<'decision.add'>,
  captureId: string | null = null,
): Decision {
  requireRow(db, 'workshop', workshopId);
  requireIds(db, 'action', actionIds);
  requireIds(db, 'sector', sectorIds);
  const order = orderOf(db, workshopId);
  const at = Math.min(position ?? order.length, order.length);
  const id = newId();
  const t = now();
  insertRow(db, 'workshop_decision', { id, workshopId, position: at, ...fields, captureId, createdAt: t, updatedAt: t });
  saveLinks(db, id, actionIds, sectorIds);
  order.splice(at, 0, id);
  renumber(db, order);
  return getDecision(db, id);
}

/** Writes what differs; returns what changed (empty: nothing written, no undo step). */
export function updateDecision(db: Db, { id, expectedUpdatedAt, actionIds, sectorIds, ...fields }: ParsedInput<'decision.update'>): string[] {
  const row = requireDecision(db, id);
  if (row.updated_at !== expectedUpdatedAt) fail({ kind: 'conflict', entity: 'decision', id });
  const linksChanged = saveLinks(db, id, actionIds, sectorIds);
  const diff = Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== undefined && toSql(v) !== row[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
  );
  const changed = [...Object.keys(diff), ...(linksChanged ? ['links'] : [])];
  if (changed.length) updateRow(db, 'workshop_decision', id, { ...diff, updatedAt: nextStamp(row.updated_at) });
  return changed;
}

export function moveDecision(db: Db, { id, to }: ParsedInput<'decision.move'>): Decision[] {
  const workshopId = requireDecision(db, id).workshop_id;
  const order = orderOf(db, workshopId).filter((x) => x !== id);
  order.splice(Math.min(to, order.length), 0, id);
  renumber(db, order);
  return listDecisions(db, workshopId);
}

export function deleteDecision(db: Db, id: string): void {
  const workshopId = requireDecision(db, id).workshop_id;
  db.prepare('DELETE FROM workshop_decision WHERE id = ?').run(id);
  renumber(db, orderOf(db, workshopId));
}

