import { BOOKKEEPING_COLUMNS, type Cell, type PlanState, type Row } from './plan-state';

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One difference between two states of a plan, by stable id (the row's primary key): a row
 * added or removed (the whole row in `after` / `before`), or one field of a row both have
 * changed (`field`, with its values in `before` and `after`).
 */
export interface Change {
  table: string;
  /** The row's key as states store it (primary-key values JSON-encoded as an array). */
  key: string;
  kind: ChangeKind;
  /** The column, for 'changed'. */
  field?: string;
  /** 'changed': the old value; 'removed': the row as it was. */
  before?: Cell | Row;
  /** 'changed': the new value; 'added': the row as it is. */
  after?: Cell | Row;
}

const sorted = (keys: Iterable<string>) => [...keys].sort();

/** Equal rows, checked without allocating (most rows of two states of a plan are): the fast path. */
function sameRow(a: Row, b: Row): boolean {
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  for (const _k in b) if (--n < 0) return false;
  return n === 0;
}

/**
 * What changed from `a` to `b`, field by field, in a stable order (table, key, field).
 * created_at/updated_at are bookkeeping, not content: a row whose only difference is a
 * timestamp has not changed. A column one state lacks reads as null.
 */
export function diffStates(a: PlanState, b: PlanState): Change[] {
  const out: Change[] = [];
  const tables = sorted(new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]));
  for (const table of tables) {
    const before = a.tables[table] ?? {};
    const after = b.tables[table] ?? {};
    for (const key of sorted(new Set([...Object.keys(before), ...Object.keys(after)]))) {
      const was = before[key];
      const now = after[key];
      if (!was) {
        out.push({ table, key, kind: 'added', after: now! });
        continue;
      }
      if (!now) {
        out.push({ table, key, kind: 'removed', before: was });
        continue;
      }
      if (sameRow(was, now)) continue;
      for (const field of sorted(new Set([...Object.keys(was), ...Object.keys(now)]))) {
        if (BOOKKEEPING_COLUMNS.has(field)) continue;
        const x = was[field] ?? null;
        const y = now[field] ?? null;
        if (x !== y) out.push({ table, key, kind: 'changed', field, before: x, after: y });
      }
    }
  }
  return out;
}
