import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { PlanState, Row } from '../../../shared/domain/plan-state';
import { bookkeeping, mergeStates, resolve, type Conflict, type Decisions, type MergeResult, type Side } from '../../../shared/domain/plan-merge';
import { applyEdits, baseState, edit, references } from '../../helpers/plan-edits';

/**
 * Issue 21's merge properties, over random edit sequences on two copies of a common version
 * (test/helpers/plan-edits.ts: entity tables, a link table, a child table, a nullable reference).
 */
// 150 runs each: a few seconds on a busy 2-core machine, enough to find the shrunk cases above.
const runs = { numRuns: 150 };
const timeout = 60_000;
const edits = fc.array(edit, { maxLength: 12 });
const copies = fc.tuple(baseState, edits, edits).map(([base, a, b]) => ({
  base,
  ours: applyEdits(base, a, '2026-02-01T10:00:00.000Z#'),
  theirs: applyEdits(base, b, '2026-02-01T11:00:00.000Z#'),
}));

const all = (r: MergeResult, side: Side): Decisions => Object.fromEntries(r.conflicts.map((c) => [c.id, side]));
const flip = (s: Side): Side => (s === 'ours' ? 'theirs' : 'ours');
const rowOf = (s: PlanState, table: string, key: string): Row | undefined => s.tables[table]?.[key];
const fieldIds = (r: MergeResult) => new Set(r.conflicts.filter((c) => c.kind === 'field').map((c) => c.id));

/** Every (table, key, field) where `mine` changed content against `base`, with its new value. */
function changes(base: PlanState, mine: PlanState) {
  const out: { table: string; key: string; field?: string; value?: Row[string]; kind: 'added' | 'removed' | 'changed' }[] = [];
  for (const [table, rowsOf] of Object.entries(mine.tables)) {
    for (const [key, row] of Object.entries(rowsOf)) {
      const before = rowOf(base, table, key);
      if (!before) out.push({ table, key, kind: 'added' });
      else for (const f of Object.keys(row)) if (!bookkeeping.has(f) && row[f] !== before[f]) out.push({ table, key, field: f, value: row[f], kind: 'changed' });
    }
  }
  for (const [table, rowsOf] of Object.entries(base.tables)) for (const key of Object.keys(rowsOf)) if (!rowOf(mine, table, key)) out.push({ table, key, kind: 'removed' });
  return out;
}

/** Rows a decision took out with a deleted parent (a conflict decided for the deleting side). */
function decidedAway(conflicts: Conflict[], decisions: Decisions) {
  const keys = new Set<string>();
  for (const c of conflicts) if (c.kind === 'deleted' && decisions[c.id] === c.deletedBy) for (const ch of c.children) keys.add(`${ch.table}|${ch.key}`);
  return keys;
}

function danglingReferences(s: PlanState) {
  const out: string[] = [];
  for (const ref of references)
    for (const [key, row] of Object.entries(s.tables[ref.table] ?? {})) {
      const v = row[ref.columns[0]!];
      if (v !== null && v !== undefined && !rowOf(s, ref.parent, JSON.stringify([v]))) out.push(`${ref.table} ${key} → ${ref.parent} ${String(v)}`);
    }
  return out;
}

describe('merging two copies of a plan', () => {
  test.prop([fc.tuple(baseState, edits)], runs)('merging a copy with itself changes nothing', ([base, e]) => {
    const copy = applyEdits(base, e, '2026-02-01T10:00:00.000Z#');
    const r = mergeStates(base, copy, copy, references);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual(copy);
    // …and merging with the common version itself takes nothing from it.
    expect(mergeStates(base, copy, base, references).merged).toEqual(copy);
  }, timeout);

  test.prop([copies], runs)('is commutative where there is no conflict (and mirrors the decisions where there is)', ({ base, ours, theirs }) => {
    const ab = mergeStates(base, ours, theirs, references);
    const ba = mergeStates(base, theirs, ours, references);
    expect(new Set(ab.conflicts.map((c) => c.id))).toEqual(new Set(ba.conflicts.map((c) => c.id)));
    if (ab.conflicts.length === 0) expect(ab.merged).toEqual(ba.merged);
    // Deciding every conflict for the same copy gives the same plan whichever side it sits on.
    for (const side of ['ours', 'theirs'] as const) expect(resolve(ab, all(ab, side)).merged).toEqual(resolve(ba, all(ba, flip(side))).merged);
  }, timeout);

  test.prop([copies, fc.array(fc.boolean(), { maxLength: 40 })], runs)('never loses a change the other side did not touch, and leaves no dangling reference', ({ base, ours, theirs }, picks) => {
    const r = mergeStates(base, ours, theirs, references);
    const decisions: Decisions = Object.fromEntries(r.conflicts.map((c, i) => [c.id, picks[i % Math.max(picks.length, 1)] ? 'theirs' : 'ours']));
    const merged = resolve(r, decisions).merged;
    expect(danglingReferences(merged)).toEqual([]);
    const away = decidedAway(r.conflicts, decisions);
    // Keeping a row one side deleted keeps what hangs under it on the keeping side, so a row the
    // deleting side lost with it comes back: it was not a change of its own.
    const kept = new Set(r.conflicts.filter((c) => c.kind === 'deleted' && decisions[c.id] !== c.deletedBy).map((c) => `${c.table}|${c.key}`));
    const underKept = (row: string): boolean => {
      const [table, key] = [row.slice(0, row.indexOf('|')), row.slice(row.indexOf('|') + 1)];
      const baseRow = rowOf(base, table, key);
      return references.some((ref) => {
        if (ref.table !== table || ref.onDelete === 'set null' || !baseRow || baseRow[ref.columns[0]!] == null) return false;
        const parent = `${ref.parent}|${JSON.stringify([baseRow[ref.columns[0]!]])}`;
        return kept.has(parent) || underKept(parent);
      });
    };
    const involved = new Set(r.conflicts.flatMap((c) => [`${c.table}|${c.key}`, ...(c.kind === 'deleted' ? c.children.map((ch) => `${ch.table}|${ch.key}`) : [])]));
    for (const [mine, other] of [[ours, theirs], [theirs, ours]] as const) {
      const touched = new Set(changes(base, other).map((c) => `${c.table}|${c.key}${c.field ? `|${c.field}` : ''}`));
      for (const c of changes(base, mine)) {
        const row = `${c.table}|${c.key}`;
        if (away.has(row) || involved.has(row)) continue;
        if (c.kind === 'changed') {
          if (touched.has(`${row}|${c.field}`) || touched.has(row)) continue;
          // A reference the user's decision cleared (its target deleted) is the only other way to lose it.
          const cleared = references.some((ref) => ref.table === c.table && ref.columns[0] === c.field && ref.onDelete === 'set null' && rowOf(merged, c.table, c.key)?.[c.field!] === null && !rowOf(merged, ref.parent, JSON.stringify([c.value])));
          if (!cleared) expect(rowOf(merged, c.table, c.key)?.[c.field!], `${row}|${c.field}`).toBe(c.value);
        } else if (c.kind === 'added' && !touched.has(row)) expect(rowOf(merged, c.table, c.key), `added ${row}`).toBeDefined();
        else if (c.kind === 'removed' && !touched.has(row) && ![...touched].some((t) => t.startsWith(`${row}|`)) && !underKept(row)) expect(rowOf(merged, c.table, c.key), `removed ${row}`).toBeUndefined();
      }
    }
  }, timeout);

  test.prop([copies], runs)('reports every conflicting field with both values, and only those', ({ base, ours, theirs }) => {
    const r = mergeStates(base, ours, theirs, references);
    const expected = new Map<string, { ours: unknown; theirs: unknown }>();
    for (const [table, rowsOf] of Object.entries(ours.tables))
      for (const [key, o] of Object.entries(rowsOf)) {
        const t = rowOf(theirs, table, key), b = rowOf(base, table, key);
        if (!t) continue;
        for (const f of Object.keys(o)) {
          if (bookkeeping.has(f)) continue;
          const changedO = !b || o[f] !== b[f], changedT = !b || t[f] !== b[f];
          if (changedO && changedT && o[f] !== t[f]) expected.set(JSON.stringify([table, key, f]), { ours: o[f], theirs: t[f] });
        }
      }
    expect(fieldIds(r)).toEqual(new Set(expected.keys()));
    for (const c of r.conflicts) if (c.kind === 'field') expect({ ours: c.ours, theirs: c.theirs }).toEqual(expected.get(c.id));
    // A row edited on one side and deleted on the other is a conflict of its own or listed under its deleted parent's.
    const listed = new Set(r.conflicts.flatMap((c) => (c.kind === 'deleted' ? [`${c.table}|${c.key}`, ...c.children.map((ch) => `${ch.table}|${ch.key}`)] : [])));
    for (const [mine, other] of [[ours, theirs], [theirs, ours]] as const)
      for (const c of changes(base, mine)) if (c.kind === 'changed' && !rowOf(other, c.table, c.key)) expect(listed.has(`${c.table}|${c.key}`), `${c.table}|${c.key}`).toBe(true);
  }, timeout);
  test.prop([copies], runs)('without a common version asks about every difference, and deciding all for one copy gives that copy', ({ ours, theirs }) => {
    const r = mergeStates(null, ours, theirs, references);
    const asked = new Set(r.conflicts.map((c) => c.id));
    for (const table of new Set([...Object.keys(ours.tables), ...Object.keys(theirs.tables)]))
      for (const key of new Set([...Object.keys(ours.tables[table] ?? {}), ...Object.keys(theirs.tables[table] ?? {})])) {
        const o = rowOf(ours, table, key), t = rowOf(theirs, table, key);
        if (!o || !t) expect(asked.has(JSON.stringify([table, key])), `${table} ${key}`).toBe(true);
        else for (const f of Object.keys(o)) if (!bookkeeping.has(f) && o[f] !== t[f]) expect(asked.has(JSON.stringify([table, key, f])), `${table} ${key} ${f}`).toBe(true);
      }
    const content = (s: PlanState) => Object.fromEntries(Object.entries(s.tables).map(([t, rs]) => [t, Object.fromEntries(Object.entries(rs).map(([k, row]) => [k, Object.fromEntries(Object.entries(row).filter(([f]) => !bookkeeping.has(f)))]))]));
    expect(content(resolve(r, all(r, 'ours')).merged)).toEqual(content(ours));
    expect(content(resolve(r, all(r, 'theirs')).merged)).toEqual(content(theirs));
  }, timeout);
});
