import type { Db } from '../connection';
import { fail } from '../../../../shared/contract/errors';
import { insertRow, newId, now, type Value } from './rows';
import { saveChanges, tables, type Entity, type RawRow } from './versions';

/**
 * Replaces the rows an owner has in a child table (an action's funding lines or milestones) as
 * a whole: rows given with an id are kept and updated in place, rows without one are added,
 * the rest are deleted. An id the owner does not have is notFound and nothing is written.
 * Returns whether anything changed.
 */
export function replaceOwnedRows<T extends { id?: string | undefined }>(
  db: Db,
  entity: Entity,
  owner: { column: string; id: string },
  items: readonly T[] | undefined,
  fields: (item: T) => Record<string, Value>,
): boolean {
  if (items === undefined) return false;
  const table = tables[entity];
  const current = new Map(
    (db.prepare(`SELECT * FROM ${table} WHERE ${owner.column} = ?`).all(owner.id) as RawRow[]).map((r) => [r.id, r]),
  );
  for (const item of items) if (item.id && !current.has(item.id)) fail({ kind: 'notFound', entity, id: item.id });
  const kept = new Set(items.map((i) => i.id).filter(Boolean));
  let changed = false;
  const del = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  for (const id of current.keys()) {
    if (!kept.has(id)) {
      del.run(id);
      changed = true;
    }
  }
  const t = now();
  const ownerKey = owner.column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  for (const item of items) {
    const row = item.id ? current.get(item.id) : undefined;
    if (row) changed = saveChanges(db, entity, row, fields(item)).length > 0 || changed;
    else {
      insertRow(db, table, { id: newId(), [ownerKey]: owner.id, ...fields(item), createdAt: t, updatedAt: t });
      changed = true;
    }
  }
  return changed;
}
