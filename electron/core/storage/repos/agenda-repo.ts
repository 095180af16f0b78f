import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import { checkAgendaItem, type AgendaItem, type CaptureEntry } from '../../../../shared/schemas/agenda';
import { fail } from '../../../../shared/contract/errors';
import { fromRow, insertRow, newId, nextStamp, now, toSql, updateRow } from './rows';
import { requireIds, requireRow } from './versions';
import { insertStakeholder } from './stakeholder-repo';
import { setEngagement } from './engagement-repo';
import { addDecision } from './decision-repo';

/** Workshop mode (issue 7): the agenda of a workshop and its capture log. */

type Raw = Record<string, unknown> & { id: string; updated_at: string };

const toItem = (row: Record<string, unknown>): AgendaItem => {
  const r = fromRow<Record<string, unknown>>(row);
  return { ...(r as AgendaItem), sectorIds: JSON.parse(String(r.sectorIds)) as string[], options: JSON.parse(String(r.options)) as string[] };
};

function requireItem(db: Db, id: string): Raw {
  const row = db.prepare('SELECT * FROM agenda_item WHERE id = ?').get(id) as Raw | undefined;
  return row ?? fail({ kind: 'notFound', entity: 'agendaItem', id });
}

export function listAgenda(db: Db, workshopId: string): AgendaItem[] {
  requireRow(db, 'workshop', workshopId);
  return (db.prepare('SELECT * FROM agenda_item WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId) as Raw[]).map(toItem);
}

export const getAgendaItem = (db: Db, id: string): AgendaItem => toItem(requireItem(db, id));

/** Positions 0..n-1 in the given order, writing only the rows whose position changes. */
function renumber(db: Db, ids: readonly string[]): void {
  const stmt = db.prepare('UPDATE agenda_item SET position = ? WHERE id = ? AND position <> ?');
  ids.forEach((id, i) => stmt.run(i, id, i));
}

const orderOf = (db: Db, workshopId: string) =>
  (db.prepare('SELECT id FROM agenda_item WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId) as { id: string }[]).map((r) => r.id);

export function addAgendaItem(db: Db, { workshopId, position, sectorIds, options, ...fields }: ParsedInput<'agenda.add'>): AgendaItem {
  requireRow(db, 'workshop', workshopId);
  requireIds(db, 'sector', sectorIds);
  const order = orderOf(db, workshopId);
  const at = Math.min(position ?? order.length, order.length);
  const id = newId();
  const t = now();
  insertRow(db, 'agenda_item', {
    id, workshopId, position: at, ...fields,
    chartId: fields.kind === 'chart' ? fields.chartId : null,
    sectorIds: JSON.stringify([...new Set(sectorIds)]),
    options: JSON.stringify(fields.kind === 'vote' ? options : []),
    createdAt: t, updatedAt: t,
  });
  order.splice(at, 0, id);
  renumber(db, order);
  return getAgendaItem(db, id);
}

export function updateAgendaItem(db: Db, { id, expectedUpdatedAt, ...changes }: ParsedInput<'agenda.update'>): AgendaItem {
  const row = requireItem(db, id);
  if (row.updated_at !== expectedUpdatedAt) fail({ kind: 'conflict', entity: 'agendaItem', id });
  const current = toItem(row);
  const merged = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as AgendaItem;
  const issues: { path: string; code: string; params: { message: string } }[] = [];
  checkAgendaItem(merged, {
    addIssue: (i: { path?: PropertyKey[]; message?: string }) => issues.push({ path: (i.path ?? []).join('.'), code: 'custom', params: { message: String(i.message) } }),
  } as never);
  if (issues.length) fail({ kind: 'validation', issues });
  requireIds(db, 'sector', merged.sectorIds);
  const next: Record<string, string | null> = {
    kind: merged.kind,
    chartId: merged.kind === 'chart' ? merged.chartId : null,
    sectorIds: JSON.stringify([...new Set(merged.sectorIds)]),
    title: merged.title,
    notes: merged.notes,
    options: JSON.stringify(merged.kind === 'vote' ? merged.options : []),
  };
  const diff = Object.fromEntries(Object.entries(next).filter(([k, v]) => toSql(v) !== row[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]));
  if (Object.keys(diff).length) updateRow(db, 'agenda_item', id, { ...diff, updatedAt: nextStamp(row.updated_at) });
  return getAgendaItem(db, id);
}

export function moveAgendaItem(db: Db, { id, to }: ParsedInput<'agenda.move'>): AgendaItem[] {
  const workshopId = String(requireItem(db, id).workshop_id);
  const order = orderOf(db, workshopId).filter((x) => x !== id);
  order.splice(Math.min(to, order.length), 0, id);
  renumber(db, order);
  return listAgenda(db, workshopId);
}

export function deleteAgendaItem(db: Db, id: string): void {
  const workshopId = String(requireItem(db, id).workshop_id);
  db.prepare('DELETE FROM agenda_item WHERE id = ?').run(id);
  renumber(db, orderOf(db, workshopId));
}

const captureSelect = `SELECT c.*, s.name AS stakeholder_name, sec.name AS sector_name FROM workshop_capture c
  LEFT JOIN stakeholder s ON s.id = c.stakeholder_id LEFT JOIN sector sec ON sec.id = c.sector_id`;

const toEntry = (row: Record<string, unknown>): CaptureEntry => {
  const r = fromRow<CaptureEntry & { data: string }>(row);
  return { ...r, data: JSON.parse(r.data) as CaptureEntry['data'] };
};

export function listCaptures(db: Db, workshopId: string): CaptureEntry[] {
  requireRow(db, 'workshop', workshopId);
  return (db.prepare(`${captureSelect} WHERE c.workshop_id = ? ORDER BY c.recorded_at, c.rowid`).all(workshopId) as Record<string, unknown>[]).map(toEntry);
}

/**
 * One capture, with everything it makes, as one command (one undo step): a decision lands in the
 * workshop's decisions; a stakeholder met in the room (new or known) becomes a participant, with
 * the engagement the room gave it (dated the workshop's day); an engagement change is set.
 */
export function addCapture(db: Db, { workshopId, agendaItemId, kind, text, data, stakeholderId: known, newStakeholder, sectorId }: ParsedInput<'capture.add'>): CaptureEntry {
  const workshop = requireRow(db, 'workshop', workshopId);
  if (agendaItemId && requireItem(db, agendaItemId).workshop_id !== workshopId) fail({ kind: 'notFound', entity: 'agendaItem', id: agendaItemId });
  requireIds(db, 'stakeholder', [known]);
  requireIds(db, 'sector', [sectorId]);
  const stakeholderId = newStakeholder ? insertStakeholder(db, newStakeholder).id : known;
  const id = newId();
  insertRow(db, 'workshop_capture', { id, workshopId, agendaItemId, kind, text, data: JSON.stringify(data), stakeholderId, sectorId, recordedAt: now() });
  if (kind === 'decision') addDecision(db, { workshopId, text, owner: '', dueOn: null, actionIds: [], sectorIds: sectorId ? [sectorId] : [] }, id);
  if (kind === 'stakeholder' && stakeholderId) db.prepare('INSERT OR IGNORE INTO workshop_participant (workshop_id, stakeholder_id) VALUES (?, ?)').run(workshopId, stakeholderId);
  if ((kind === 'stakeholder' || kind === 'engagement') && stakeholderId && sectorId && data.level) {
    setEngagement(db, { stakeholderId, sectorId, level: data.level, changedOn: String(workshop.held_on) });
  }
  return toEntry(db.prepare(`${captureSelect} WHERE c.id = ?`).get(id) as Record<string, unknown>);
}

export function deleteCapture(db: Db, id: string): void {
  const { changes } = db.prepare('DELETE FROM workshop_capture WHERE id = ?').run(id);
  if (changes === 0) fail({ kind: 'notFound', entity: 'capture', id });
}
