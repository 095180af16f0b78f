import type { Db } from '../connection';
import type { Plan, PlanFields, FundingSource } from '../../../../shared/schemas/plan';
import { fundingKinds } from '../../../../shared/schemas/enums';
import { fromRow, insertRow, newId, now } from './rows';

export function getPlan(db: Db): Plan | undefined {
  const row = db.prepare('SELECT * FROM plan LIMIT 1').get() as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const plan = fromRow<Plan & { languages: string }>(row);
  return { ...plan, languages: JSON.parse(plan.languages) as Plan['languages'] };
}

export function insertPlan(db: Db, fields: Required<PlanFields>): Plan {
  const t = now();
  const id = newId();
  insertRow(db, 'plan', { id, ...fields, languages: JSON.stringify(fields.languages), createdAt: t, updatedAt: t });
  return getPlan(db)!;
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
