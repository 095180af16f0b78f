import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Action, ActionDetail, ActionRow, FundingLine, Milestone } from '../../../../shared/schemas/action';
import type { StakeholderRef } from '../../../../shared/schemas/refs';
import { datesInOrder, milestonesOutside } from '../../../../shared/schemas/action';
import { fail, refuse } from '../../../../shared/contract/errors';
import { fromRow, groupIds, today, insertNew } from './rows';
import { derivedStatus, derivedStatusSql } from '../../../../shared/domain/action-status';
import { overdueSql } from '../../../../shared/domain/progress';
import { requireRow, requireVersion, requireIds, saveChanges } from './versions';
import { links, replaceLinks } from './links';
import { replaceOwnedRows } from './owned-rows';
import { replaceFundingLines } from './funding-line-repo';
import { indicatorRefs, networkRefs, sectorRefs, stakeholderRefs, workshopRefs } from './refs';

/**
 * Refuses a write that would take the plan's total planned, committed or spent money past
 * 2^53 − 1 cents (about €90 trillion): every sum of the plan's money, in SQL and in JavaScript,
 * stays an exact integer. One field holds at most MAX_CENTS and one action MAX_FUNDING_LINES
 * lines, so only a plan of thousands of lines at the maximum reaches this.
 */
export function requireMoneyWithinLimits(db: Db): void {
  // total() sums in floating point and never overflows, so the check itself cannot fail.
  const t = db.prepare('SELECT total(planned_cents) AS p, total(committed_cents) AS c, total(spent_cents) AS s FROM funding_line').get() as { p: number; c: number; s: number };
  if (Math.max(t.p, t.c, t.s) > Number.MAX_SAFE_INTEGER) {
    fail({ kind: 'validation', issues: [{ path: 'fundingLines', code: 'custom', params: { message: 'planTotalTooLarge' } }] });
  }
}

/** The action's 0/1 columns (the enabling-condition tags). */
const actionFlags = ['researchSystem', 'industrialTransition'] as const;

export function listActions(db: Db): ActionRow[] {
  const sectors = groupIds(db.prepare('SELECT action_id AS owner, sector_id AS other FROM action_sector').all() as never);
  const networks = groupIds(db.prepare('SELECT action_id AS owner, network_id AS other FROM action_network').all() as never);
  const kinds = groupIds(
    db
      .prepare(
        `SELECT DISTINCT f.action_id AS owner, s.kind AS other
         FROM funding_line f JOIN funding_source s ON s.id = f.funding_source_id ORDER BY s.sort_order`,
      )
      .all() as never,
  );
  const rows = db
    .prepare(
      `SELECT a.*, ${derivedStatusSql('a')} AS derived_status, st.name AS lead_name,
         (SELECT count(*) FROM milestone m WHERE m.action_id = a.id AND ${overdueSql('m', 'a')}) AS overdue_milestones,
         coalesce(m.planned, 0) AS planned_cents, coalesce(m.committed, 0) AS committed_cents, coalesce(m.spent, 0) AS spent_cents
       FROM action a
       LEFT JOIN stakeholder st ON st.id = a.lead_stakeholder_id
       LEFT JOIN (SELECT action_id, sum(planned_cents) AS planned, sum(committed_cents) AS committed, sum(spent_cents) AS spent
                  FROM funding_line GROUP BY action_id) m ON m.action_id = a.id
       ORDER BY a.start_date, a.title`,
    )
    .all({ today: today() }) as Record<string, unknown>[];
  return rows.map((r) => ({
    ...fromRow<Omit<ActionRow, 'sectorIds' | 'networkIds' | 'fundingKinds'>>(r, actionFlags),
    sectorIds: sectors.get(r.id as string) ?? [],
    networkIds: networks.get(r.id as string) ?? [],
    fundingKinds: kinds.get(r.id as string) ?? [],
  }));
}

export const getAction = (db: Db, id: string): Action => fromRow<Action>(requireRow(db, 'action', id), actionFlags);

export function getActionDetail(db: Db, id: string): ActionDetail {
  const action = getAction(db, id);
  const lead = action.leadStakeholderId
    ? (db.prepare('SELECT id, name, helix FROM stakeholder WHERE id = ?').get(action.leadStakeholderId) as StakeholderRef)
    : null;
  const all = <T>(sql: string, flags: string[] = []) => (db.prepare(sql).all(id) as Record<string, unknown>[]).map((r) => fromRow<T>(r, flags));
  return {
    ...action,
    derivedStatus: derivedStatus(action, today()),
    lead,
    fundingLines: all<FundingLine>(
      'SELECT f.* FROM funding_line f JOIN funding_source s ON s.id = f.funding_source_id WHERE f.action_id = ? ORDER BY s.sort_order, f.funding_source_id, f.year',
      ['estimated'],
    ),
    milestones: all<Milestone>('SELECT * FROM milestone WHERE action_id = ? ORDER BY due_date, created_at'),
    sectors: sectorRefs(db, 'JOIN action_sector l ON l.sector_id = s.id WHERE l.action_id = ?', id),
    partners: stakeholderRefs(db, 'JOIN action_partner l ON l.stakeholder_id = s.id WHERE l.action_id = ?', id),
    networks: networkRefs(db, 'JOIN action_network l ON l.network_id = n.id WHERE l.action_id = ?', id),
    indicators: indicatorRefs(db, 'WHERE i.action_id = ?', id),
    workshops: workshopRefs(db, 'JOIN workshop_action l ON l.workshop_id = w.id WHERE l.action_id = ?', id),
  };
}

type Update = ParsedInput<'action.update'>;
type Relations = Pick<Update, 'leadStakeholderId' | 'sectorIds' | 'partnerIds' | 'networkIds' | 'fundingLines' | 'milestones'>;

/** Everything an action refers to exists, else notFound naming the missing thing. */
function requireRelated(db: Db, r: Relations): void {
  requireIds(db, 'stakeholder', [r.leadStakeholderId, ...(r.partnerIds ?? [])]);
  requireIds(db, 'sector', r.sectorIds ?? []);
  requireIds(db, 'network', r.networkIds ?? []);
  requireIds(db, 'fundingSource', (r.fundingLines ?? []).map((l) => l.fundingSourceId));
}

/** Links, funding lines and milestones, each replaced when given. Returns whether any changed. */
function saveRelations(db: Db, id: string, r: Relations, dates: { startDate: string | null; endDate: string | null }): boolean {
  const owner = { column: 'action_id', id };
  const changes = [
    replaceLinks(db, links.actionSectors, id, r.sectorIds),
    replaceLinks(db, links.actionPartners, id, r.partnerIds),
    replaceLinks(db, links.actionNetworks, id, r.networkIds),
    replaceFundingLines(db, id, r.fundingLines, dates),
    replaceOwnedRows(db, 'milestone', owner, r.milestones, (m) => ({ title: m.title, dueDate: m.dueDate, doneDate: m.doneDate })),
  ];
  return changes.some(Boolean);
}

export function insertAction(db: Db, input: ParsedInput<'action.create'>): Action {
  const { sectorIds, partnerIds, networkIds, fundingLines, milestones, accepted: _accepted, ...fields } = input;
  requireRelated(db, input);
  const id = insertNew(db, 'action', fields);
  saveRelations(db, id, { sectorIds, partnerIds, networkIds, fundingLines, milestones }, { startDate: fields.startDate, endDate: fields.endDate });
  return getAction(db, id);
}

export function updateAction(db: Db, input: Update): { changed: string[]; relationsChanged: boolean } {
  const { id, expectedUpdatedAt, sectorIds, partnerIds, networkIds, fundingLines, milestones, accepted, ...fields } = input;
  const row = requireVersion(db, 'action', id, expectedUpdatedAt);
  // The form may send one date: the order is checked against the stored other one.
  const merged = {
    startDate: fields.startDate !== undefined ? fields.startDate : (row.start_date as string | null),
    endDate: fields.endDate !== undefined ? fields.endDate : (row.end_date as string | null),
  };
  if (!datesInOrder(merged)) fail({ kind: 'validation', issues: [{ path: 'endDate', code: 'custom', params: { message: 'endBeforeStart' } }] });
  // New dates against the stored milestones, or new milestones against the stored dates: asked, as in the schema.
  if (fields.startDate !== undefined || fields.endDate !== undefined || milestones !== undefined) {
    const due = milestones ?? (db.prepare('SELECT due_date AS dueDate FROM milestone WHERE action_id = ? ORDER BY due_date, created_at').all(id) as { dueDate: string }[]);
    const outside = milestonesOutside({ ...merged, milestones: due }, accepted);
    if (outside.length) refuse(...outside);
  }
  requireRelated(db, input);
  const relationsChanged = saveRelations(db, id, { sectorIds, partnerIds, networkIds, fundingLines, milestones }, merged);
  return { changed: saveChanges(db, 'action', row, fields, relationsChanged), relationsChanged };
}
