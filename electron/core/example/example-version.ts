import type { Db } from '../storage/connection';
import { rowKey, type PlanState, type Row } from '../../../shared/domain/plan-state';
import { applyState, readState } from '../versions/state';
import { createVersion } from '../versions/store';

/**
 * The example plan's state as it was on `asOf` (the day the strategy was adopted), derived from
 * its dated rows: measurements and engagement changes after that day are left out (an
 * engagement then stands at its level of that day, or is not there yet), and milestones done
 * later are not done yet. What the plan holds beyond this is what "changed since adoption".
 */
export function stateAsOf(state: PlanState, asOf: string): PlanState {
  const tables = structuredClone(state.tables);
  const keep = (table: string, ok: (row: Row) => boolean) => {
    for (const [key, row] of Object.entries(tables[table] ?? {})) if (!ok(row)) delete tables[table]![key];
  };
  keep('measurement', (m) => String(m.measured_on) <= asOf);
  keep('engagement_history', (h) => String(h.changed_on) <= asOf);
  const latest = new Map<string, Row>();
  for (const h of Object.values(tables.engagement_history ?? {})) {
    const pair = rowKey([h.stakeholder_id!, h.sector_id!]);
    const seen = latest.get(pair);
    if (!seen || String(seen.changed_on) <= String(h.changed_on)) latest.set(pair, h);
  }
  for (const [key, e] of Object.entries(tables.engagement ?? {})) {
    if (String(e.changed_on) <= asOf) continue;
    const then = latest.get(key);
    if (then?.level) tables.engagement![key] = { ...e, level: then.level, changed_on: then.changed_on! };
    else delete tables.engagement![key];
  }
  for (const m of Object.values(tables.milestone ?? {})) if (m.done_date && String(m.done_date) > asOf) m.done_date = null;
  return { ...state, tables };
}

/** Names the example's versions (e.g. "Hyväksytty 6/2021"), each the plan as it stood that day. */
export function addExampleVersions(db: Db, versions: readonly { name: string; createdAt: string; asOf: string }[]): void {
  if (!versions.length) return;
  const now = readState(db);
  // A version records the plan as it is: the plan is taken back to each day, named, and
  // brought back to now (all inside the caller's transaction, so no one sees the detour).
  for (const v of versions) {
    applyState(db, stateAsOf(now, v.asOf));
    createVersion(db, { name: v.name, createdAt: v.createdAt, createdBy: null });
  }
  applyState(db, now);
}
