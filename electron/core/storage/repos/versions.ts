import type { Db } from '../connection';
import { fail } from '../../../../shared/contract/errors';
import { nextStamp, snakeCase, toSql, updateRow, type Value } from './rows';

/** Entities by their domain name (what errors carry) and the table each lives in. */
export const tables = {
  plan: 'plan',
  fundingSource: 'funding_source',
  sector: 'sector',
  stakeholder: 'stakeholder',
  network: 'network',
  action: 'action',
  fundingLine: 'funding_line',
  milestone: 'milestone',
  indicator: 'indicator',
  measurement: 'measurement',
  workshop: 'workshop',
  analysisDocument: 'analysis_document',
  governanceSeat: 'governance_seat',
} as const;
export type Entity = keyof typeof tables;
export type RawRow = Record<string, unknown> & { id: string; updated_at: string };

/** The stored row, or a notFound error naming the entity. */
export function requireRow(db: Db, entity: Entity, id: string): RawRow {
  const row = db.prepare(`SELECT * FROM ${tables[entity]} WHERE id = ?`).get(id) as RawRow | undefined;
  return row ?? fail({ kind: 'notFound', entity, id });
}

/**
 * The row the user loaded, unchanged since: else `conflict` (someone else saved it meanwhile,
 * in another window or tab) and the command writes nothing.
 */
export function requireVersion(db: Db, entity: Entity, id: string, expectedUpdatedAt: string): RawRow {
  const row = requireRow(db, entity, id);
  return row.updated_at === expectedUpdatedAt ? row : fail({ kind: 'conflict', entity, id });
}

/** Every id refers to an existing row: the first that does not is notFound (nothing written). */
export function requireIds(db: Db, entity: Entity, ids: readonly (string | null | undefined)[]): void {
  const stmt = db.prepare(`SELECT 1 FROM ${tables[entity]} WHERE id = ?`);
  for (const id of ids) if (id && !stmt.get(id)) fail({ kind: 'notFound', entity, id });
}

/**
 * Writes the fields that differ from the stored row and a new updatedAt. `alsoChanged` bumps
 * updatedAt when only related rows changed. Returns the names of the changed fields: an
 * update that changes nothing writes nothing and so records no undo step.
 */
export function saveChanges(
  db: Db,
  entity: Entity,
  row: RawRow,
  changes: Record<string, Value>,
  alsoChanged = false,
): string[] {
  const diff: Record<string, Value> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && toSql(value) !== row[snakeCase(key)]) diff[key] = value;
  }
  const changed = Object.keys(diff);
  if (changed.length === 0 && !alsoChanged) return changed;
  updateRow(db, tables[entity], row.id, { ...diff, updatedAt: nextStamp(row.updated_at) });
  return changed;
}

/** Names an update's undo step: a change of the name (or title) alone is a rename ("Undo rename sector"). */
export function updateLabel(entity: Entity, changed: readonly string[], linksChanged = false): string | null {
  return !linksChanged && changed.length === 1 && (changed[0] === 'name' || changed[0] === 'title') ? `${entity}.rename` : null;
}

/** Deletes one row (its own relations go with it by the schema's ON DELETE rules), or notFound. */
export function deleteRow(db: Db, entity: Entity, id: string): void {
  requireRow(db, entity, id);
  db.prepare(`DELETE FROM ${tables[entity]} WHERE id = ?`).run(id);
}
