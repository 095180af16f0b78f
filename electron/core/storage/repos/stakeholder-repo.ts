import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Stakeholder, StakeholderDetail, StakeholderRow } from '../../../../shared/schemas/stakeholder';
import type { EngagementLevel } from '../../../../shared/schemas/enums';
import type { SectorRef, StakeholderRef } from '../../../../shared/schemas/refs';
import { compareFinnish } from '../../../../shared/domain/text';
import { fromRow, groupIds, insertRow, newId, now } from './rows';
import { requireRow, requireVersion, saveChanges } from './versions';
import { actionRefs, networkRefs, workshopRefs } from './refs';

/** Every stakeholder with its engagements and networks, in Finnish order of name. */
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
  const networks = groupIds(db.prepare('SELECT stakeholder_id AS owner, network_id AS other FROM network_member').all() as never);
  const rows = db.prepare('SELECT * FROM stakeholder').all() as Record<string, unknown>[];
  return rows
    .map((r) => {
      const networkIds = networks.get(r.id as string) ?? [];
      return { ...fromRow<Stakeholder>(r), engagements: byStakeholder.get(r.id as string) ?? [], networkIds, networkCount: networkIds.length };
    })
    .sort((a, b) => compareFinnish(a.name, b.name));
}

export const getStakeholder = (db: Db, id: string): Stakeholder => fromRow<Stakeholder>(requireRow(db, 'stakeholder', id));

export function getStakeholderDetail(db: Db, id: string): StakeholderDetail {
  const stakeholder = getStakeholder(db, id);
  const engagements = (
    db
      .prepare(
        `SELECT e.stakeholder_id, e.sector_id, e.level, e.changed_on, e.updated_at, s.name, s.archived
         FROM engagement e JOIN sector s ON s.id = e.sector_id WHERE e.stakeholder_id = ? ORDER BY s.sort_order`,
      )
      .all(id) as Record<string, unknown>[]
  ).map((r) => {
    const { name, archived, ...e } = fromRow<{ stakeholderId: string; sectorId: string; level: EngagementLevel; changedOn: string; updatedAt: string } & Omit<SectorRef, 'id'>>(r, ['archived']);
    return { ...e, sector: { id: e.sectorId, name, archived } };
  });
  const lead = actionRefs(db, 'WHERE a.lead_stakeholder_id = ?', id).map((a) => ({ ...a, role: 'lead' as const }));
  const partner = actionRefs(db, 'JOIN action_partner l ON l.action_id = a.id WHERE l.stakeholder_id = ?', id).map((a) => ({ ...a, role: 'partner' as const }));
  return {
    ...stakeholder,
    engagements,
    networks: networkRefs(db, 'JOIN network_member l ON l.network_id = n.id WHERE l.stakeholder_id = ?', id),
    actions: [...lead, ...partner].sort((a, b) => compareFinnish(a.title, b.title)),
    workshops: workshopRefs(db, 'JOIN workshop_participant l ON l.workshop_id = w.id WHERE l.stakeholder_id = ?', id),
  };
}

export function insertStakeholder(db: Db, input: ParsedInput<'stakeholder.create'>): Stakeholder {
  const t = now();
  const id = newId();
  insertRow(db, 'stakeholder', { id, ...input, createdAt: t, updatedAt: t });
  return getStakeholder(db, id);
}

export function updateStakeholder(db: Db, { id, expectedUpdatedAt, ...changes }: ParsedInput<'stakeholder.update'>): string[] {
  return saveChanges(db, 'stakeholder', requireVersion(db, 'stakeholder', id, expectedUpdatedAt), changes);
}

/** What a likely-duplicate check compares against. */
export const stakeholderNames = (db: Db): StakeholderRef[] => db.prepare('SELECT id, name, helix FROM stakeholder').all() as StakeholderRef[];
