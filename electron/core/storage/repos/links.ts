import type { Db } from '../connection';

/** A link table between an owner and other rows, named by its table and two columns. */
export interface Link {
  table: string;
  owner: string;
  other: string;
}

export const links = {
  networkSectors: { table: 'network_sector', owner: 'network_id', other: 'sector_id' },
  networkMembers: { table: 'network_member', owner: 'network_id', other: 'stakeholder_id' },
  actionSectors: { table: 'action_sector', owner: 'action_id', other: 'sector_id' },
  actionPartners: { table: 'action_partner', owner: 'action_id', other: 'stakeholder_id' },
  actionNetworks: { table: 'action_network', owner: 'action_id', other: 'network_id' },
  workshopSectors: { table: 'workshop_sector', owner: 'workshop_id', other: 'sector_id' },
  workshopParticipants: { table: 'workshop_participant', owner: 'workshop_id', other: 'stakeholder_id' },
  workshopActions: { table: 'workshop_action', owner: 'workshop_id', other: 'action_id' },
} as const satisfies Record<string, Link>;

export function linkedIds(db: Db, link: Link, ownerId: string): string[] {
  return (db.prepare(`SELECT ${link.other} AS id FROM ${link.table} WHERE ${link.owner} = ?`).all(ownerId) as { id: string }[]).map((r) => r.id);
}

/**
 * Makes the owner's links exactly `ids` by deleting the removed and inserting the added (not
 * delete-all-and-reinsert, so an undo step holds only what really changed). Returns whether
 * anything changed; `undefined` leaves the links alone.
 */
export function replaceLinks(db: Db, link: Link, ownerId: string, ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return false;
  const wanted = new Set(ids);
  const current = new Set(linkedIds(db, link, ownerId));
  const del = db.prepare(`DELETE FROM ${link.table} WHERE ${link.owner} = ? AND ${link.other} = ?`);
  const ins = db.prepare(`INSERT INTO ${link.table} (${link.owner}, ${link.other}) VALUES (?, ?)`);
  let changed = false;
  for (const id of current) {
    if (!wanted.has(id)) {
      del.run(ownerId, id);
      changed = true;
    }
  }
  for (const id of wanted) {
    if (!current.has(id)) {
      ins.run(ownerId, id);
      changed = true;
    }
  }
  return changed;
}
