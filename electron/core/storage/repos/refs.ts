import type { Db } from '../connection';
import type { SectorRef, StakeholderRef, NetworkRef, ActionRef, IndicatorRef, WorkshopRef } from '../../../../shared/schemas/refs';
import { compareFinnish } from '../../../../shared/domain/text';
import { fromRow, today } from './rows';
import { derivedStatus, type StatusSource } from '../../../../shared/domain/action-status';
import type { ActionStatus } from '../../../../shared/schemas/enums';

/**
 * Related things for detail views, each by a join through a link table. `where` is a fixed
 * SQL fragment from the calling repo with one `?` for the owner's id. Named things are sorted
 * in Finnish order here (SQLite's ORDER BY cannot); sectors in the plan's order, workshops by date.
 */
const all = <T>(db: Db, sql: string, id: string, flags: string[] = []): T[] =>
  (db.prepare(sql).all(id) as Record<string, unknown>[]).map((r) => fromRow<T>(r, flags));
const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => compareFinnish(a.name, b.name));
const byTitle = <T extends { title: string }>(items: T[]) => items.sort((a, b) => compareFinnish(a.title, b.title));

export const sectorRefs = (db: Db, join: string, id: string) =>
  all<SectorRef>(db, `SELECT s.id, s.name, s.archived FROM sector s ${join} ORDER BY s.sort_order`, id, ['archived']);
export const stakeholderRefs = (db: Db, join: string, id: string) =>
  byName(all<StakeholderRef>(db, `SELECT s.id, s.name, s.helix FROM stakeholder s ${join}`, id));
export const networkRefs = (db: Db, join: string, id: string) =>
  byName(all<NetworkRef>(db, `SELECT n.id, n.name, n.scope, n.membership FROM network n ${join}`, id));
/** Actions with their typed and derived status (one "late": shared/domain/action-status.ts). */
export const actionRefs = (db: Db, join: string, id: string) =>
  byTitle(all<Omit<ActionRef, 'derivedStatus'>>(db, `SELECT a.id, a.title, a.status, a.end_date FROM action a ${join}`, id).map(withDerivedStatus));

export const actionRef = (db: Db, id: string): ActionRef | null => actionRefs(db, 'WHERE a.id = ?', id)[0] ?? null;

const withDerivedStatus = <T extends StatusSource>(a: T): T & { derivedStatus: ActionStatus } => ({ ...a, derivedStatus: derivedStatus(a, today()) });
export const indicatorRefs = (db: Db, join: string, id: string) =>
  byName(all<IndicatorRef>(db, `SELECT i.id, i.name, i.kind FROM indicator i ${join}`, id));
export const workshopRefs = (db: Db, join: string, id: string) =>
  all<WorkshopRef>(db, `SELECT w.id, w.title, w.held_on FROM workshop w ${join} ORDER BY w.held_on DESC`, id);
