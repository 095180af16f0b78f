import type { Db } from '../connection';
import type { Plan, PlanFields, FundingSource } from '../../../../shared/schemas/plan';
import { planPeriodInOrder } from '../../../../shared/schemas/plan';
import { fail } from '../../../../shared/contract/errors';
import type { ParsedInput } from '../../../../shared/contract/channels';
import { fundingKinds } from '../../../../shared/schemas/enums';
import { fromRow, insertRow, newId, now } from './rows';
import { requireVersion, saveChanges } from './versions';

export function getPlan(db: Db): Plan | undefined {
  const row = db.prepare('SELECT * FROM plan LIMIT 1').get() as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const plan = fromRow<Plan & { languages: string }>(row);
  return { ...plan, languages: JSON.parse(plan.languages) as Plan['languages'] };
}

/** The fields a new plan starts with; the enabling-condition ones (issue 19) may be left to their defaults. */
type NewPlanFields = Omit<Required<PlanFields>, 'responsibleBody' | 'bodyMandate' | 'documentsStaleYears'> & Partial<Pick<PlanFields, 'responsibleBody' | 'bodyMandate' | 'documentsStaleYears'>>;

export function insertPlan(db: Db, fields: NewPlanFields): Plan {
  const t = now();
  const id = newId();
  insertRow(db, 'plan', { id, ...fields, languages: JSON.stringify(fields.languages), createdAt: t, updatedAt: t });
  return getPlan(db)!;
}

/** Changes the plan's own fields; the period is checked against what is stored. */
export function updatePlan(db: Db, { expectedUpdatedAt, languages, ...fields }: ParsedInput<'plan.update'>): string[] {
  const plan = getPlan(db) ?? fail({ kind: 'noPlanOpen' });
  const row = requireVersion(db, 'plan', plan.id, expectedUpdatedAt);
  const merged = { periodStart: fields.periodStart ?? plan.periodStart, periodEnd: fields.periodEnd ?? plan.periodEnd };
  if (!planPeriodInOrder(merged)) fail({ kind: 'validation', issues: [{ path: 'periodEnd', code: 'custom', params: { message: 'periodEndBeforeStart' } }] });
  return saveChanges(db, 'plan', row, { ...fields, languages: languages && JSON.stringify([...new Set(languages)]) });
}

/** The built-in funding sources every new plan starts with, in their usual order. */
export function insertBuiltInFundingSources(db: Db, inUse: readonly string[] = fundingKinds): void {
  const t = now();
  fundingKinds.forEach((kind, i) => {
    if (kind === 'custom') return;
    insertRow(db, 'funding_source', { id: newId(), kind, name: '', inUse: inUse.includes(kind), sortOrder: i, createdAt: t, updatedAt: t });
  });
}

export function listFundingSources(db: Db): FundingSource[] {
  return db
    .prepare('SELECT * FROM funding_source ORDER BY sort_order, name')
    .all()
    .map((r) => fromRow<FundingSource>(r as Record<string, unknown>, ['inUse']));
}
