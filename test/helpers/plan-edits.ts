/**
 * Random edits of a small plan state for the merge's property tests: a few entity tables, a link
 * table, a child table and a nullable reference, edited the way the app's SQLite file would be
 * (a deleted row takes the rows under it with it, or clears a nullable reference; every edit
 * stamps updated_at later than the common version).
 */
import { fc } from '@fast-check/vitest';
import type { PlanState, Row } from '../../shared/domain/plan-state';
import type { Reference } from '../../shared/domain/plan-merge';

interface TableDef {
  pk: string[];
  /** Content fields with the few values each may take, so both sides often pick the same. */
  fields: Record<string, readonly (string | number | null)[]>;
  /** Reference columns chosen from the rows of a parent table on insert (and edit, if editable). */
  refs?: Record<string, { parent: string; nullable?: boolean; editable?: boolean }>;
  timestamps?: boolean;
}

export const tables: Record<string, TableDef> = {
  sector: { pk: ['id'], fields: { name: ['Energy', 'Logistics', 'Wood'], sort_order: [0, 1, 2] }, timestamps: true },
  stakeholder: { pk: ['id'], fields: { name: ['Cursor Oy', 'Xamk', 'Kotka'], helix: ['business', 'academia', 'public'] }, timestamps: true },
  engagement: { pk: ['stakeholder_id', 'sector_id'], fields: { level: ['aware', 'involved', 'leading'], changed_on: ['2026-01-01', '2026-03-01'] }, refs: { stakeholder_id: { parent: 'stakeholder' }, sector_id: { parent: 'sector' } }, timestamps: true },
  action: { pk: ['id'], fields: { title: ['Port 2030', 'Wood lab'], progress: [0, 50, 100] }, refs: { lead_stakeholder_id: { parent: 'stakeholder', nullable: true, editable: true } }, timestamps: true },
  action_sector: { pk: ['action_id', 'sector_id'], fields: {}, refs: { action_id: { parent: 'action' }, sector_id: { parent: 'sector' } } },
  funding_line: { pk: ['id'], fields: { planned_cents: [0, 10_000, 25_000], note: ['', 'ERDF'] }, refs: { action_id: { parent: 'action' } }, timestamps: true },
};

export const references: Reference[] = Object.entries(tables).flatMap(([table, def]) =>
  Object.entries(def.refs ?? {}).map(([column, r]) => ({ table, columns: [column], parent: r.parent, onDelete: r.nullable ? ('set null' as const) : ('cascade' as const) })),
);

const BASE_TIME = '2026-01-01T00:00:00.000Z';
const keyOf = (def: TableDef, row: Row) => JSON.stringify(def.pk.map((c) => row[c]));

export type Edit =
  | { op: 'edit'; table: string; pick: number; field: number; value: number }
  | { op: 'add'; table: string; id: number; picks: number[]; values: number[] }
  | { op: 'delete'; table: string; pick: number };

const nat = fc.nat({ max: 1000 });
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('edit' as const), table: fc.constantFrom(...Object.keys(tables)), pick: nat, field: nat, value: nat }),
  fc.record({ op: fc.constant('add' as const), table: fc.constantFrom(...Object.keys(tables)), id: fc.nat({ max: 3 }), picks: fc.array(nat, { minLength: 3, maxLength: 3 }), values: fc.array(nat, { minLength: 4, maxLength: 4 }) }),
  fc.record({ op: fc.constant('delete' as const), table: fc.constantFrom(...Object.keys(tables)), pick: nat }),
);

function pickRow(state: PlanState, table: string, n: number): [string, Row] | undefined {
  const entries = Object.entries(state.tables[table] ?? {});
  return entries.length ? entries[n % entries.length] : undefined;
}

function remove(state: PlanState, table: string, key: string) {
  delete state.tables[table]![key];
  for (const ref of references.filter((r) => r.parent === table)) {
    for (const [childKey, row] of Object.entries(state.tables[ref.table]!)) {
      if (JSON.stringify([row[ref.columns[0]!]]) !== key) continue;
      if (ref.onDelete === 'set null') row[ref.columns[0]!] = null;
      else remove(state, ref.table, childKey);
    }
  }
}

/** Apply edits to a copy of `state`; `side` names the ids it adds and `clock` its timestamps. */
export function applyEdits(state: PlanState, edits: readonly Edit[], clock: string): PlanState {
  const next: PlanState = structuredClone(state);
  edits.forEach((e, i) => {
    const def = tables[e.table]!;
    const stamp = `${clock}${String(i).padStart(3, '0')}`;
    if (e.op === 'delete') {
      const hit = pickRow(next, e.table, e.pick);
      if (hit) remove(next, e.table, hit[0]);
      return;
    }
    if (e.op === 'edit') {
      const hit = pickRow(next, e.table, e.pick);
      const editable = [...Object.keys(def.fields), ...Object.entries(def.refs ?? {}).filter(([, r]) => r.editable).map(([c]) => c)];
      if (!hit || !editable.length) return;
      const field = editable[e.field % editable.length]!;
      const ref = def.refs?.[field];
      const row = hit[1];
      if (ref) {
        const parent = pickRow(next, ref.parent, e.value);
        row[field] = e.value % 3 === 0 || !parent ? null : JSON.parse(parent[0])[0];
      } else row[field] = def.fields[field]![e.value % def.fields[field]!.length]!;
      if (def.timestamps) row.updated_at = stamp;
      return;
    }
    const row: Row = {};
    let ok = true;
    Object.entries(def.refs ?? {}).forEach(([column, ref], j) => {
      const parent = pickRow(next, ref.parent, e.picks[j]!);
      if (!parent && !ref.nullable) ok = false;
      row[column] = parent ? JSON.parse(parent[0])[0] : null;
    });
    if (!ok) return;
    if (def.pk.length === 1 && def.pk[0] === 'id') row.id = `new-${e.table}-${e.id}`;
    Object.entries(def.fields).forEach(([field, values], j) => (row[field] = values[e.values[j]! % values.length]!));
    if (def.timestamps) Object.assign(row, { created_at: stamp, updated_at: stamp });
    const key = keyOf(def, row);
    if (next.tables[e.table]![key]) return;
    next.tables[e.table]![key] = row;
  });
  return next;
}

/** A common version: a few sectors, stakeholders, actions and rows between them. */
export const baseState: fc.Arbitrary<PlanState> = fc.array(edit.filter((e) => e.op === 'add'), { minLength: 4, maxLength: 25 }).map((adds) => {
  const empty: PlanState = { planId: 'plan-1', schemaVersion: 8, tables: Object.fromEntries(Object.keys(tables).map((t) => [t, {}])) };
  // Base rows get ids of their own (not new-…), so the sides' additions never meet them.
  const state = applyEdits(empty, adds, BASE_TIME);
  const renamed: PlanState = { ...state, tables: {} };
  const idMap = new Map<string, string>();
  for (const [table, rowsOf] of Object.entries(state.tables)) {
    let n = 0;
    for (const row of Object.values(rowsOf)) if (typeof row.id === 'string') idMap.set(`${table}:${row.id}`, `${table}-${n++}`);
  }
  for (const [table, rowsOf] of Object.entries(state.tables)) {
    const def = tables[table]!;
    renamed.tables[table] = {};
    for (const row of Object.values(rowsOf)) {
      const copy: Row = { ...row, ...(row.created_at ? { created_at: BASE_TIME, updated_at: BASE_TIME } : {}) };
      if (typeof copy.id === 'string') copy.id = idMap.get(`${table}:${copy.id}`)!;
      for (const [column, ref] of Object.entries(def.refs ?? {})) if (copy[column] !== null) copy[column] = idMap.get(`${ref.parent}:${copy[column]}`)!;
      renamed.tables[table]![keyOf(def, copy)] = copy;
    }
  }
  return renamed;
});
