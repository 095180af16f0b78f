import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Discovery, Workshop, WorkshopDetail, WorkshopRow } from '../../../../shared/schemas/workshop';
import { fromRow, groupIds, insertNew } from './rows';
import { requireRow, requireVersion, requireIds, saveChanges } from './versions';
import { links, replaceLinks } from './links';
import { actionRefs, sectorRefs, stakeholderRefs } from './refs';
import { listDecisions } from './decision-repo';

export function listWorkshops(db: Db): WorkshopRow[] {
  const sectors = groupIds(db.prepare('SELECT workshop_id AS owner, sector_id AS other FROM workshop_sector').all() as never);
  const rows = db
    .prepare(
      `SELECT w.*, (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id) AS participant_count
       FROM workshop w ORDER BY w.held_on DESC`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({ ...fromRow<Omit<WorkshopRow, 'sectorIds'>>(r), sectorIds: sectors.get(r.id as string) ?? [] }));
}

export const getWorkshop = (db: Db, id: string): Workshop => fromRow<Workshop>(requireRow(db, 'workshop', id));

export function getWorkshopDetail(db: Db, id: string): WorkshopDetail {
  return {
    ...getWorkshop(db, id),
    sectors: sectorRefs(db, 'JOIN workshop_sector l ON l.sector_id = s.id WHERE l.workshop_id = ?', id),
    participants: stakeholderRefs(db, 'JOIN workshop_participant l ON l.stakeholder_id = s.id WHERE l.workshop_id = ?', id),
    actions: actionRefs(db, 'JOIN workshop_action l ON l.action_id = a.id WHERE l.workshop_id = ?', id),
    decisions: listDecisions(db, id),
  };
}

/** The discovery process on record (the report's chapter): every workshop in date order, with its participants and decisions. */
export function discovery(db: Db): Discovery {
  const ids = (db.prepare('SELECT id FROM workshop ORDER BY held_on, title').all() as { id: string }[]).map((r) => r.id);
  return { workshops: ids.map((id) => getWorkshopDetail(db, id)) };
}

type Relations = { sectorIds?: string[] | undefined; participantIds?: string[] | undefined; actionIds?: string[] | undefined };

function saveRelations(db: Db, id: string, r: Relations): boolean {
  requireIds(db, 'sector', r.sectorIds ?? []);
  requireIds(db, 'stakeholder', r.participantIds ?? []);
  requireIds(db, 'action', r.actionIds ?? []);
  return [
    replaceLinks(db, links.workshopSectors, id, r.sectorIds),
    replaceLinks(db, links.workshopParticipants, id, r.participantIds),
    replaceLinks(db, links.workshopActions, id, r.actionIds),
  ].some(Boolean);
}

export function insertWorkshop(db: Db, { sectorIds, participantIds, actionIds, ...fields }: ParsedInput<'workshop.create'>): Workshop {
  const id = insertNew(db, 'workshop', fields);
  saveRelations(db, id, { sectorIds, participantIds, actionIds });
  return getWorkshop(db, id);
}

export function updateWorkshop(db: Db, { id, expectedUpdatedAt, sectorIds, participantIds, actionIds, ...fields }: ParsedInput<'workshop.update'>) {
  const row = requireVersion(db, 'workshop', id, expectedUpdatedAt);
  const relationsChanged = saveRelations(db, id, { sectorIds, participantIds, actionIds });
  return { changed: saveChanges(db, 'workshop', row, fields, relationsChanged), relationsChanged };
}
