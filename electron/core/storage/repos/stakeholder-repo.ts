import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Stakeholder, StakeholderDetail, StakeholderRow } from '../../../../shared/schemas/stakeholder';
import type { EngagementLevel, Helix } from '../../../../shared/schemas/enums';
import { unusualHelix } from '../../../../shared/schemas/stakeholder';
import { questionIssue } from '../../../../shared/schemas/questions';
import { refuse } from '../../../../shared/contract/errors';
import type { SectorRef, StakeholderRef } from '../../../../shared/schemas/refs';
import { compareFinnish } from '../../../../shared/domain/text';
import { fromRow, insertNew } from './rows';
import { requireRow, requireVersion, saveChanges } from './versions';
import { actionRefs, networkRefs, workshopRefs } from './refs';

/** Every stakeholder with its engagements and networks, in Finnish order of name. */
export function listStakeholders(db: Db): StakeholderRow[] {
  // The list is the hot path at 10,000 rows: columns are aliased in SQL (no per-row key
  // conversion) and link rows come back as arrays (.raw()), which halves the time in JS.
  const byStakeholder = new Map<string, StakeholderRow['engagements']>();
  const engagements = db.prepare('SELECT stakeholder_id, sector_id, level, changed_on FROM engagement').raw().all() as [string, string, EngagementLevel, string][];
  for (const [owner, sectorId, level, changedOn] of engagements) {
    const e = { sectorId, level, changedOn };
    const list = byStakeholder.get(owner);
    if (list) list.push(e);
    else byStakeholder.set(owner, [e]);
  }
  const networks = new Map<string, string[]>();
  for (const [owner, other] of db.prepare('SELECT stakeholder_id, network_id FROM network_member').raw().all() as [string, string][]) {
    const list = networks.get(owner);
    if (list) list.push(other);
    else networks.set(owner, [other]);
  }
  // In SQLite's (binary) name order, which is nearly the Finnish one: the sort below then
  // finds long runs already in order and compares far fewer pairs.
  const rows = db
    .prepare(`SELECT id, name, helix, type, size, municipality, contact_name AS contactName, updated_at AS updatedAt FROM stakeholder ORDER BY name`)
    .all() as StakeholderRow[];
  // The relations are set on the rows SQLite made rather than copied into new objects.
  for (const r of rows) {
    r.engagements = byStakeholder.get(r.id) ?? [];
    r.networkIds = networks.get(r.id) ?? [];
    r.networkCount = r.networkIds.length;
  }
  return rows.sort((a, b) => compareFinnish(a.name, b.name));
}

/** Every field of every stakeholder with the list's relations, in list order (exports). */
export function listStakeholdersFull(db: Db): (StakeholderRow & Stakeholder)[] {
  const full = new Map(
    (db
      .prepare(
        `SELECT id, website, contact_email AS contactEmail, contact_phone AS contactPhone, notes, reference, created_at AS createdAt FROM stakeholder`,
      )
      .all() as Pick<Stakeholder, 'id' | 'website' | 'contactEmail' | 'contactPhone' | 'notes' | 'reference' | 'createdAt'>[]).map((r) => [r.id, r]),
  );
  return listStakeholders(db).map((r) => ({ ...r, ...full.get(r.id)! }));
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

export function insertStakeholder(db: Db, { accepted: _accepted, ...input }: ParsedInput<'stakeholder.create'>): Stakeholder {
  const id = insertNew(db, 'stakeholder', input);
  return getStakeholder(db, id);
}

export function updateStakeholder(db: Db, { id, expectedUpdatedAt, accepted, ...changes }: ParsedInput<'stakeholder.update'>): string[] {
  const row = requireVersion(db, 'stakeholder', id, expectedUpdatedAt);
  // Helix or type alone (the schema checks them together): asked when this change makes the pair unusual.
  if ((changes.helix === undefined) !== (changes.type === undefined)) {
    const stored = { helix: row.helix as Helix, type: row.type as string };
    const pair = { helix: changes.helix ?? stored.helix, type: changes.type ?? stored.type };
    const usual = unusualHelix(pair);
    const changed = pair.helix !== stored.helix || pair.type !== stored.type;
    if (usual && changed && !accepted?.includes('helixType')) refuse(questionIssue('helixType', ['type'], { ...pair, usual }));
  }
  return saveChanges(db, 'stakeholder', row, changes);
}

/** What a likely-duplicate check compares against. */
export const stakeholderNames = (db: Db): StakeholderRef[] => db.prepare('SELECT id, name, helix FROM stakeholder').all() as StakeholderRef[];
