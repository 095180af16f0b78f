import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { AnalysisDocument, Assessment, CriterionRecord, GovernanceSeat } from '../../../../shared/schemas/assessment';
import type { Helix, NetworkScope } from '../../../../shared/schemas/enums';
import { enablingConditionEvidence, type EvidenceInput } from '../../../../shared/domain/enabling-condition';
import { fail } from '../../../../shared/contract/errors';
import { fromRow, groupIds, insertNew, now, nextStamp, today } from './rows';
import { requireIds, requireRow, requireVersion, saveChanges } from './versions';
import { getPlan } from './plan-repo';

/** Enabling condition 1.1 (issue 19): the officer's lists and records, and the plan's rows the evidence is derived from. */

export const listDocuments = (db: Db): AnalysisDocument[] =>
  (db.prepare('SELECT * FROM analysis_document ORDER BY issued_on DESC, title').all() as Record<string, unknown>[]).map((r) => fromRow<AnalysisDocument>(r));

export const listSeats = (db: Db): GovernanceSeat[] =>
  (
    db
      .prepare(
        `SELECT g.id, g.body, g.stakeholder_id, coalesce(s.name, g.member_name) AS member_name, g.role, g.created_at, g.updated_at
         FROM governance_seat g LEFT JOIN stakeholder s ON s.id = g.stakeholder_id ORDER BY g.body, g.created_at`,
      )
      .all() as Record<string, unknown>[]
  ).map((r) => fromRow<GovernanceSeat>(r));

export const listRecords = (db: Db): CriterionRecord[] =>
  (db.prepare('SELECT criterion, relevant, judgement, note, updated_at FROM criterion_assessment ORDER BY criterion').all() as Record<string, unknown>[]).map((r) =>
    fromRow<CriterionRecord>(r, ['relevant']),
  );

/** The plan's rows as the evidence function takes them. */
export function evidenceInput(db: Db, day: string): EvidenceInput {
  const plan = getPlan(db) ?? fail({ kind: 'noPlanOpen' });
  const sectors = db.prepare('SELECT id, name FROM sector WHERE archived = 0 ORDER BY sort_order, name').all() as { id: string; name: string }[];
  const actionSectors = groupIds(db.prepare('SELECT action_id AS owner, sector_id AS other FROM action_sector').all() as never);
  const indicators = (
    db
      .prepare(
        `SELECT i.id, i.name, i.sector_id, i.action_id, i.baseline_value, i.target_value,
           (SELECT max(m.measured_on) FROM measurement m WHERE m.indicator_id = i.id) AS latest_on
         FROM indicator i ORDER BY i.kind, i.created_at`,
      )
      .all() as { id: string; name: string; sector_id: string | null; action_id: string | null; baseline_value: number | null; target_value: number | null; latest_on: string | null }[]
  ).map((i) => ({
    id: i.id,
    name: i.name,
    sectorIds: i.sector_id ? [i.sector_id] : i.action_id ? (actionSectors.get(i.action_id) ?? []) : [],
    baselineValue: i.baseline_value,
    targetValue: i.target_value,
    latestOn: i.latest_on,
  }));
  const workshopSectors = groupIds(db.prepare('SELECT workshop_id AS owner, sector_id AS other FROM workshop_sector').all() as never);
  const participants = db
    .prepare('SELECT p.workshop_id, p.stakeholder_id, s.helix FROM workshop_participant p JOIN stakeholder s ON s.id = p.stakeholder_id')
    .all() as { workshop_id: string; stakeholder_id: string; helix: Helix }[];
  const workshops = (db.prepare('SELECT id, title, held_on FROM workshop ORDER BY held_on').all() as { id: string; title: string; held_on: string }[]).map((w) => ({
    id: w.id,
    title: w.title,
    heldOn: w.held_on,
    sectorIds: workshopSectors.get(w.id) ?? [],
    participants: participants.filter((p) => p.workshop_id === w.id).map((p) => ({ stakeholderId: p.stakeholder_id, helix: p.helix })),
  }));
  const actions = (db.prepare('SELECT id, title, research_system, industrial_transition FROM action ORDER BY title').all() as Record<string, unknown>[]).map((r) =>
    fromRow<{ id: string; title: string; researchSystem: boolean; industrialTransition: boolean }>(r, ['researchSystem', 'industrialTransition']),
  );
  const networkSectors = groupIds(db.prepare('SELECT network_id AS owner, sector_id AS other FROM network_sector').all() as never);
  const networks = (db.prepare('SELECT id, name, scope FROM network ORDER BY name').all() as { id: string; name: string; scope: NetworkScope }[]).map((n) => ({
    ...n,
    sectorIds: networkSectors.get(n.id) ?? [],
  }));
  return {
    today: day,
    plan: { responsibleBody: plan.responsibleBody, bodyMandate: plan.bodyMandate, documentsStaleYears: plan.documentsStaleYears },
    sectors,
    documents: listDocuments(db),
    seats: listSeats(db),
    indicators,
    workshops,
    actions,
    networks,
    records: listRecords(db),
  };
}

export function getAssessment(db: Db, day = today()): Assessment {
  const input = evidenceInput(db, day);
  const sources: Record<string, string[]> = {};
  for (const r of db.prepare("SELECT DISTINCT indicator_id, source FROM measurement WHERE source <> '' ORDER BY indicator_id, source").all() as { indicator_id: string; source: string }[]) {
    (sources[r.indicator_id] ??= []).push(r.source);
  }
  return { documents: listDocuments(db), seats: listSeats(db), evidence: enablingConditionEvidence(input), sources };
}

export function addDocument(db: Db, input: ParsedInput<'analysisDocument.add'>): AnalysisDocument {
  const id = insertNew(db, 'analysis_document', input);
  return fromRow<AnalysisDocument>(requireRow(db, 'analysisDocument', id));
}

export function updateDocument(db: Db, { id, expectedUpdatedAt, ...fields }: ParsedInput<'analysisDocument.update'>): AnalysisDocument {
  saveChanges(db, 'analysisDocument', requireVersion(db, 'analysisDocument', id, expectedUpdatedAt), fields);
  return fromRow<AnalysisDocument>(requireRow(db, 'analysisDocument', id));
}

const seatOf = (db: Db, id: string) => listSeats(db).find((s) => s.id === id) ?? fail({ kind: 'notFound', entity: 'governanceSeat', id });

export function addSeat(db: Db, input: ParsedInput<'governanceSeat.add'>): GovernanceSeat {
  requireIds(db, 'stakeholder', [input.stakeholderId]);
  // A stakeholder member is named by the stakeholder (renamed with it), not by a copy of its name.
  const id = insertNew(db, 'governance_seat', { ...input, memberName: input.stakeholderId ? '' : input.memberName });
  return seatOf(db, id);
}

export function updateSeat(db: Db, { id, expectedUpdatedAt, ...fields }: ParsedInput<'governanceSeat.update'>): GovernanceSeat {
  const row = requireVersion(db, 'governanceSeat', id, expectedUpdatedAt);
  requireIds(db, 'stakeholder', [fields.stakeholderId]);
  const stakeholderId = fields.stakeholderId !== undefined ? fields.stakeholderId : (row.stakeholder_id as string | null);
  const memberName = stakeholderId ? '' : (fields.memberName ?? (row.member_name as string));
  if (!stakeholderId && !memberName.trim()) fail({ kind: 'validation', issues: [{ path: 'memberName', code: 'custom', params: { message: 'memberMissing' } }] });
  saveChanges(db, 'governanceSeat', row, { ...fields, memberName });
  return seatOf(db, id);
}

/** Records relevance, judgement and note of one criterion; refused as a conflict when saved elsewhere since the form loaded it. */
export function setCriterion(db: Db, input: ParsedInput<'assessment.set'>): CriterionRecord {
  const { criterion, expectedUpdatedAt, ...fields } = input;
  const stored = db.prepare('SELECT * FROM criterion_assessment WHERE criterion = ?').get(criterion) as Record<string, unknown> | undefined;
  if ((stored?.updated_at ?? null) !== expectedUpdatedAt) fail({ kind: 'conflict', entity: 'criterion', id: String(criterion) });
  const next = {
    relevant: fields.relevant ?? (stored ? stored.relevant === 1 : true),
    judgement: fields.judgement !== undefined ? fields.judgement : ((stored?.judgement as CriterionRecord['judgement'] | undefined) ?? null),
    note: fields.note ?? ((stored?.note as string | undefined) ?? ''),
  };
  const same = stored
    ? (stored.relevant === 1) === next.relevant && stored.judgement === next.judgement && stored.note === next.note
    : next.relevant && next.judgement === null && next.note === '';
  if (!same) {
    if (stored) {
      db.prepare('UPDATE criterion_assessment SET relevant = ?, judgement = ?, note = ?, updated_at = ? WHERE criterion = ?').run(
        next.relevant ? 1 : 0, next.judgement, next.note, nextStamp(stored.updated_at as string), criterion,
      );
    } else {
      const t = now();
      db.prepare('INSERT INTO criterion_assessment (criterion, relevant, judgement, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        criterion, next.relevant ? 1 : 0, next.judgement, next.note, t, t,
      );
    }
  }
  return listRecords(db).find((r) => r.criterion === criterion) ?? { criterion, relevant: true, judgement: null, note: '', updatedAt: null };
}
