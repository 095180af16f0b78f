import { describe, expect, it } from 'vitest';
import type { PlanState, Row } from '../../../shared/domain/plan-state';
import { conflictId, mergeStates, resolve, type Reference } from '../../../shared/domain/plan-merge';

/** The merge's rules on small hand-made plans (the property tests cover random ones). */
const T0 = '2026-01-01T00:00:00.000Z', T1 = '2026-02-01T00:00:00.000Z', T2 = '2026-03-01T00:00:00.000Z';
const key = (...ids: string[]) => JSON.stringify(ids);
const state = (tables: Record<string, Row[]>): PlanState => ({
  planId: 'p',
  schemaVersion: 8,
  tables: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, Object.fromEntries(rows.map((r) => [t === 'action_sector' ? key(String(r.action_id), String(r.sector_id)) : key(String(r.id)), r]))])),
});
const refs: Reference[] = [
  { table: 'funding_line', columns: ['action_id'], parent: 'action', onDelete: 'cascade' },
  { table: 'action_sector', columns: ['action_id'], parent: 'action', onDelete: 'cascade' },
  { table: 'action_sector', columns: ['sector_id'], parent: 'sector', onDelete: 'cascade' },
  { table: 'action', columns: ['lead_stakeholder_id'], parent: 'stakeholder', onDelete: 'set null' },
];
const action = (over: Row = {}): Row => ({ id: 'a1', title: 'Port 2030', progress: 0, lead_stakeholder_id: null, created_at: T0, updated_at: T0, ...over });
const line = (over: Row = {}): Row => ({ id: 'f1', action_id: 'a1', planned_cents: 100, created_at: T0, updated_at: T0, ...over });
const base = state({ action: [action()], funding_line: [line()], sector: [{ id: 's1', name: 'Wood' }], action_sector: [], stakeholder: [] });

describe('mergeStates', () => {
  it('takes a field changed on one side, and each side’s fields of the same row', () => {
    const r = mergeStates(base, { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ title: 'Port 2031', updated_at: T1 }) } } }, { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ progress: 50, updated_at: T2 }) } } }, refs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.tables.action![key('a1')]).toMatchObject({ title: 'Port 2031', progress: 50, updated_at: T2 });
    expect(r.origin.map((c) => [c.field, c.from])).toEqual([['progress', 'theirs'], ['title', 'ours']]);
  });

  it('asks about a field both changed differently, showing both values, and applies the choice', () => {
    const o = { ...base, tables: { ...base.tables, funding_line: { [key('f1')]: line({ planned_cents: 150, updated_at: T1 }) } } };
    const t = { ...base, tables: { ...base.tables, funding_line: { [key('f1')]: line({ planned_cents: 120, updated_at: T2 }) } } };
    const r = mergeStates(base, o, t, refs);
    const id = conflictId('funding_line', key('f1'), 'planned_cents');
    expect(r.conflicts).toEqual([{ id, kind: 'field', table: 'funding_line', key: key('f1'), field: 'planned_cents', base: 100, ours: 150, theirs: 120 }]);
    expect(resolve(r, { [id]: 'theirs' }).merged.tables.funding_line![key('f1')]!.planned_cents).toBe(120);
    expect(() => resolve(r, {})).toThrow(/Undecided/);
  });

  it('does not ask about the same change made on both sides, nor about timestamps', () => {
    const o = { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ progress: 50, updated_at: T1 }) } } };
    const t = { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ progress: 50, updated_at: T2 }) } } };
    const r = mergeStates(base, o, t, refs);
    expect(r.conflicts).toEqual([]);
    expect(r.origin).toEqual([expect.objectContaining({ field: 'progress', from: 'both' })]);
  });

  it('asks when one side edited a row the other deleted', () => {
    const o = { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ title: 'Port 2031', updated_at: T1 }) } } };
    const t = { ...base, tables: { ...base.tables, action: {}, funding_line: {} } };
    const r = mergeStates(base, o, t, refs);
    expect(r.conflicts).toMatchObject([{ kind: 'deleted', table: 'action', deletedBy: 'theirs', edited: true }]);
    const [c] = r.conflicts;
    // Keeping the action keeps its money too (the other side lost it only with the action).
    expect(resolve(r, { [c!.id]: 'ours' }).merged.tables.funding_line![key('f1')]).toBeDefined();
    const deleted = resolve(r, { [c!.id]: 'theirs' }).merged;
    expect(deleted.tables.action).toEqual({});
    expect(deleted.tables.funding_line).toEqual({});
  });

  it('asks about a row added under a parent the other side deleted, instead of leaving it dangling', () => {
    const o = { ...base, tables: { ...base.tables, funding_line: { ...base.tables.funding_line, [key('f2')]: line({ id: 'f2', planned_cents: 900, created_at: T1, updated_at: T1 }) } } };
    const t = { ...base, tables: { ...base.tables, action: {}, funding_line: {} } };
    const r = mergeStates(base, o, t, refs);
    expect(r.conflicts).toMatchObject([{ kind: 'deleted', table: 'action', key: key('a1'), deletedBy: 'theirs', edited: false, children: [{ table: 'funding_line', key: key('f2') }] }]);
    const dropped = resolve(r, { [r.conflicts[0]!.id]: 'theirs' }).merged;
    expect(dropped.tables.funding_line).toEqual({});
  });

  it('merges a row both added with the same key field by field', () => {
    const link = { action_id: 'a1', sector_id: 's1' };
    const o = { ...base, tables: { ...base.tables, action_sector: { [key('a1', 's1')]: link } } };
    const r = mergeStates(base, o, o, refs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.tables.action_sector).toEqual({ [key('a1', 's1')]: link });
  });

  it('without a common version asks about every difference', () => {
    const o = { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ title: 'A' }) }, sector: {} } };
    const t = { ...base, tables: { ...base.tables, action: { [key('a1')]: action({ title: 'B' }) } } };
    const r = mergeStates(null, o, t, refs);
    expect(r.conflicts.map((c) => [c.table, c.kind])).toEqual([['action', 'field'], ['sector', 'deleted']]);
  });
});
