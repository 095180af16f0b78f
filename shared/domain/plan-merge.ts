/**
 * Three-way merge of two copies of a plan (issue 21). Pure: the core reads the three states
 * (the common version, this file, the colleague's file) and writes the result back through
 * applyState; the screen shows the conflicts and the origin of each change.
 *
 * By table, row (stable key) and field: a field changed on one side takes that side; changed
 * identically on both is no conflict; changed differently is a conflict showing both values. A
 * row edited on one side and deleted on the other is a conflict, and so is a row that one side
 * added or changed under a parent the other side deleted: deleting it silently would lose the
 * change, keeping it would leave a dangling reference. `created_at`/`updated_at` are bookkeeping,
 * not content: the newer wins and they never conflict.
 */
import { BOOKKEEPING_COLUMNS, type Cell, type PlanState, type Row } from './plan-state';
import { diffStates, type Change } from './plan-diff';

export type Side = 'ours' | 'theirs';
type Table = Record<string, Row>;

/** A foreign key as the schema declares it; the parent's key is the JSON array of `columns`' values. */
export interface Reference {
  table: string;
  columns: readonly string[];
  parent: string;
  onDelete: 'cascade' | 'set null' | 'restrict' | 'no action';
}

export interface FieldConflict {
  id: string;
  kind: 'field';
  table: string;
  key: string;
  field: string;
  /** Absent when both sides added the row. */
  base?: Cell;
  ours: Cell;
  theirs: Cell;
}

/** One side deleted the row; the other changed it or put rows under it (`children`). */
export interface DeleteConflict {
  id: string;
  kind: 'deleted';
  table: string;
  key: string;
  deletedBy: Side;
  /** The row as the side that kept it has it. */
  kept: Row;
  /** Whether the keeping side changed the row itself (not only rows under it). */
  edited: boolean;
  children: { table: string; key: string }[];
}

export type Conflict = FieldConflict | DeleteConflict;
export type Decisions = Record<string, Side>;

/** One change of the result against the common version (as compare says it), and which copy it came from. */
export interface MergeChange extends Change {
  from: Side | 'both';
}

export interface MergeResult {
  /** The result with every conflict decided for `ours` (what resolve gives before the user decides). */
  merged: PlanState;
  conflicts: Conflict[];
  origin: MergeChange[];
  /** What resolve needs: the inputs and the settled part. */
  inputs: { base: PlanState; ours: PlanState; theirs: PlanState; references: readonly Reference[]; baseless: boolean };
}

/** Not content: when a row was made or last touched. The newer one wins. */
export const bookkeeping = BOOKKEEPING_COLUMNS;

const other = (side: Side): Side => (side === 'ours' ? 'theirs' : 'ours');
const cell = (row: Row | undefined, field: string): Cell => row?.[field] ?? null;
const newer = (a: Cell, b: Cell): Cell => (a === null ? b : b === null ? a : String(a) >= String(b) ? a : b);

function fieldsOf(...rows: (Row | undefined)[]): string[] {
  const fields = new Set<string>();
  for (const row of rows) if (row) for (const f of Object.keys(row)) fields.add(f);
  return [...fields];
}

/** Whether two rows are equal in every column (the common case, checked first: no allocation). */
function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  let n = 0;
  for (const f in a) {
    if (a[f] !== b[f]) return false;
    n++;
  }
  for (const f in b) if (--n < 0 || !(f in a)) return false;
  return n === 0;
}

/** Whether two rows have the same content (bookkeeping aside). */
export function sameContent(a: Row | undefined, b: Row | undefined): boolean {
  if (sameRow(a, b)) return true;
  if (!a || !b) return false;
  for (const f of fieldsOf(a, b)) if (!bookkeeping.has(f) && cell(a, f) !== cell(b, f)) return false;
  return true;
}

export const conflictId = (table: string, key: string, field?: string) => JSON.stringify(field === undefined ? [table, key] : [table, key, field]);

/** Every key of the tables, each once, without building a set of them (the large plan has 150,000). */
function* keysOf(...tables: Table[]): Generator<string> {
  for (let i = 0; i < tables.length; i++)
    for (const key of Object.keys(tables[i]!)) {
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = key in tables[j]!;
      if (!seen) yield key;
    }
}

/**
 * Row equality for one table: its rows have the same columns (states are read table by table),
 * so comparing along the column list beats enumerating each row's keys.
 */
function sameRowIn(...tables: Table[]): (a: Row | undefined, b: Row | undefined) => boolean {
  const columns = fieldsOf(...tables.map((t) => { for (const k in t) return t[k]; return undefined; }));
  return (a, b) => {
    if (a === b) return true;
    if (!a || !b) return false;
    for (let i = 0; i < columns.length; i++) if (a[columns[i]!] !== b[columns[i]!]) return false;
    return true;
  };
}

const tablesOf = (...states: PlanState[]) => [...new Set(states.flatMap((s) => Object.keys(s.tables)))];
const rows = (s: PlanState, table: string): Table => s.tables[table] ?? {};

/**
 * Merge `ours` and `theirs`, both descended from `base`. `references` are the schema's foreign
 * keys (the core reads them from SQLite); without them no parent-deleted conflict is found.
 */
export function mergeStates(common: PlanState | null, ours: PlanState, theirs: PlanState, references: readonly Reference[] = []): MergeResult {
  // Without a common version nothing says which side changed what: every difference is asked,
  // a row only one copy has included (as if the other had deleted it).
  const base = common ?? { planId: ours.planId, schemaVersion: ours.schemaVersion, tables: {} };
  const conflicts = new Map<string, Conflict>();
  const sides = { ours, theirs };
  // The rows each side added or changed (for the references walk below).
  const changed = { ours: [] as [string, string][], theirs: [] as [string, string][] };

  for (const table of tablesOf(base, ours, theirs)) {
    const b = rows(base, table), o = rows(ours, table), t = rows(theirs, table);
    const sameRow = sameRowIn(b, o, t);
    for (const key of keysOf(b, o, t)) {
      const br = b[key], or = o[key], tr = t[key];
      if (or && !sameRow(br, or)) changed.ours.push([table, key]);
      if (tr && !sameRow(br, tr)) changed.theirs.push([table, key]);
      if (!or && !tr) continue;
      if (br && (!or || !tr)) {
        // Deleted on one side: a conflict only when the other side changed the row's content.
        const deletedBy: Side = or ? 'theirs' : 'ours';
        const kept = (or ?? tr)!;
        if (!sameContent(kept, br)) conflicts.set(conflictId(table, key), { id: conflictId(table, key), kind: 'deleted', table, key, deletedBy, kept, edited: true, children: [] });
        continue;
      }
      if (!or || !tr) {
        // Added on one side only, or, without a common version, either.
        if (!common) conflicts.set(conflictId(table, key), { id: conflictId(table, key), kind: 'deleted', table, key, deletedBy: or ? 'theirs' : 'ours', kept: (or ?? tr)!, edited: false, children: [] });
        continue;
      }
      // A row one side left as it was, or both changed alike, has nothing to ask.
      if (sameRow(or, tr) || sameRow(br, or) || sameRow(br, tr)) continue;
      for (const field of fieldsOf(br, or, tr)) {
        if (bookkeeping.has(field)) continue;
        const bv = br ? cell(br, field) : undefined, ov = cell(or, field), tv = cell(tr, field);
        if (ov === tv || ov === bv || tv === bv) continue;
        const id = conflictId(table, key, field);
        conflicts.set(id, { id, kind: 'field', table, key, field, ...(br ? { base: bv } : {}), ours: ov, theirs: tv });
      }
    }
  }

  // Rows one side added or changed under a parent the other side deleted (walking up, so a
  // grandparent deleted too is found): the parent's deletion becomes a conflict naming them. A
  // row the other side lost with its parent is decided with the parent, not on its own.
  const parentsOf = groupBy(references, (r) => r.table);
  for (const side of ['ours', 'theirs'] as const) {
    const mine = sides[side], deleting = sides[other(side)];
    const climb = (table: string, key: string, row: Row, baseRow: Row | undefined, seen: Set<string>) => {
      for (const ref of parentsOf.get(table) ?? []) {
        const values = ref.columns.map((c) => cell(row, c));
        if (values.some((v) => v === null)) continue;
        // A cleared reference is the deleting side's field change, not a conflict, unless this side set it.
        if (ref.onDelete === 'set null' && baseRow && ref.columns.every((c) => cell(baseRow, c) === cell(row, c))) continue;
        const parentKey = JSON.stringify(values);
        const id = conflictId(ref.parent, parentKey);
        const parentRow = rows(mine, ref.parent)[parentKey], parentBase = rows(base, ref.parent)[parentKey];
        if (seen.has(id) || !parentRow || !parentBase || rows(deleting, ref.parent)[parentKey]) continue;
        seen.add(id);
        const existing = conflicts.get(id);
        const conflict: DeleteConflict =
          existing?.kind === 'deleted' ? existing : { id, kind: 'deleted', table: ref.parent, key: parentKey, deletedBy: other(side), kept: parentRow, edited: false, children: [] };
        const own = conflicts.get(conflictId(table, key));
        if (own?.kind === 'deleted' && own.deletedBy === conflict.deletedBy) {
          conflicts.delete(own.id);
          conflict.children.push(...own.children.filter((c) => !conflict.children.some((d) => d.table === c.table && d.key === c.key)));
        }
        if (!conflict.children.some((c) => c.table === table && c.key === key)) conflict.children.push({ table, key });
        conflicts.set(id, conflict);
        climb(ref.parent, parentKey, parentRow, parentBase, seen);
      }
    };
    for (const [table, key] of changed[side]) {
      if (!parentsOf.has(table)) continue;
      const row = rows(mine, table)[key]!, baseRow = rows(base, table)[key];
      if (!sameContent(row, baseRow)) climb(table, key, row, baseRow, new Set());
    }
  }

  const inputs = { base, ours, theirs, references, baseless: !common };
  const partial: Omit<MergeResult, 'merged' | 'origin'> = { conflicts: [...conflicts.values()], inputs };
  const merged = build(partial, Object.fromEntries(partial.conflicts.map((c) => [c.id, 'ours' as const])));
  return { ...partial, merged, origin: originOf(base, ours, theirs, merged) };
}

/** The result with the user's decisions; every conflict needs one. */
export function resolve(result: Pick<MergeResult, 'conflicts' | 'inputs'>, decisions: Decisions): MergeResult {
  const missing = result.conflicts.filter((c) => !decisions[c.id]);
  if (missing.length) throw new Error(`Undecided conflicts: ${missing.map((c) => c.id).join(', ')}`);
  const { base, ours, theirs } = result.inputs;
  const merged = build(result, decisions);
  return { merged, conflicts: result.conflicts, inputs: result.inputs, origin: originOf(base, ours, theirs, merged) };
}

/** The settled merge plus the decisions, then the references made whole. */
function build(result: Pick<MergeResult, 'conflicts' | 'inputs'>, decisions: Decisions): PlanState {
  const { base, ours, theirs, references } = result.inputs;
  const sides = { ours, theirs };
  const fieldChoice = new Map<string, Side>(), rowChoice = new Map<string, DeleteConflict & { side: Side }>();
  for (const c of result.conflicts) {
    const side = decisions[c.id]!;
    if (c.kind === 'field') fieldChoice.set(c.id, side);
    else rowChoice.set(c.id, { ...c, side });
  }
  const decidedTables = new Set([...rowChoice.values()].map((c) => c.table));
  const tables: PlanState['tables'] = {};
  for (const table of tablesOf(base, ours, theirs)) {
    const b = rows(base, table), o = rows(ours, table), t = rows(theirs, table);
    const out: Table = {};
    const decide = decidedTables.has(table);
    const sameRow = sameRowIn(b, o, t);
    for (const key of keysOf(b, o, t)) {
      const br = b[key], or = o[key], tr = t[key];
      const decided = decide ? rowChoice.get(conflictId(table, key)) : undefined;
      if (decided) {
        if (decided.side !== decided.deletedBy) out[key] = decided.kept;
        continue;
      }
      if (!or || !tr) {
        // One side only: an addition stays; a deletion (of an untouched row) is taken.
        if (!br) out[key] = (or ?? tr)!;
        continue;
      }
      // Rows are shared with the inputs, never changed in place (settleReferences copies).
      if (sameRow(br, or) || sameRow(or, tr)) {
        out[key] = tr;
        continue;
      }
      if (sameRow(br, tr)) {
        out[key] = or;
        continue;
      }
      const row: Row = {};
      for (const field of fieldsOf(br, or, tr)) {
        const bv = br ? cell(br, field) : undefined, ov = cell(or, field), tv = cell(tr, field);
        if (bookkeeping.has(field)) row[field] = newer(ov, tv);
        else if (ov === tv || tv === bv) row[field] = ov;
        else if (ov === bv) row[field] = tv;
        else row[field] = fieldChoice.get(conflictId(table, key, field)) === 'theirs' ? tv : ov;
      }
      out[key] = row;
    }
    tables[table] = out;
  }
  // Keeping a row the other side deleted keeps it as the keeping side has it, with what lies
  // under it there (the deleting side lost those rows with it, not by choice of their own).
  for (const c of rowChoice.values()) if (c.side !== c.deletedBy) restoreUnder(tables, sides[c.side], c.table, c.key, references);
  settleReferences(tables, references, [ours, theirs]);
  return { planId: ours.planId, schemaVersion: ours.schemaVersion, tables };
}

/** Put back, from `source`, the rows that hang (by a cascading reference) under the given row and are missing. */
function restoreUnder(tables: PlanState['tables'], source: PlanState, table: string, key: string, references: readonly Reference[]) {
  const pending = [{ table, key }];
  for (let next; (next = pending.pop()); ) {
    for (const ref of references) {
      if (ref.parent !== next.table || ref.onDelete === 'set null') continue;
      for (const [childKey, row] of Object.entries(rows(source, ref.table))) {
        if (JSON.stringify(ref.columns.map((c) => cell(row, c))) !== next.key) continue;
        const target = (tables[ref.table] ??= {});
        if (target[childKey]) continue;
        target[childKey] = row;
        pending.push({ table: ref.table, key: childKey });
      }
    }
  }
}

/**
 * What a deleted parent leaves behind, as SQLite would do it: rows under it go (cascade, and
 * restrict, which a merge cannot honour by refusing) or lose the reference (set null).
 */
function settleReferences(tables: PlanState['tables'], references: readonly Reference[], inputs: readonly PlanState[]) {
  // Only a table that lost rows against an input can leave a row without its parent.
  const lost = (table: string) => inputs.some((s) => Object.keys(rows(s, table)).some((k) => !tables[table]?.[k]));
  let shrunk = new Set(tablesOf(...inputs).filter(lost));
  while (shrunk.size) {
    const next = new Set<string>();
    for (const ref of references) {
      if (!shrunk.has(ref.parent)) continue;
      const children = tables[ref.table], parents = tables[ref.parent] ?? {};
      if (!children) continue;
      for (const [key, row] of Object.entries(children)) {
        const values = ref.columns.map((c) => cell(row, c));
        if (values.some((v) => v === null) || parents[JSON.stringify(values)]) continue;
        if (ref.onDelete === 'set null') children[key] = { ...row, ...Object.fromEntries(ref.columns.map((c) => [c, null])) };
        else {
          delete children[key];
          next.add(ref.table);
        }
      }
    }
    shrunk = next;
  }
}

/** Each change of the result against the common version (diffStates), attributed to the copy that made it. */
export function originOf(base: PlanState, ours: PlanState, theirs: PlanState, merged: PlanState): MergeChange[] {
  return diffStates(base, merged).map((c) => {
    const o = rows(ours, c.table)[c.key], t = rows(theirs, c.table)[c.key];
    const has = (row: Row | undefined) => (c.kind === 'removed' ? !row : c.kind === 'added' ? !!row : !!row && cell(row, c.field!) === c.after);
    return { ...c, from: fromOf(has(o), has(t)) };
  });
}

// A value neither copy has (a reference cleared because the user chose a deletion) is counted as this copy's.
const fromOf = (inOurs: boolean, inTheirs: boolean): Side | 'both' => (inOurs && inTheirs ? 'both' : inTheirs ? 'theirs' : 'ours');

/** How many changes came from each copy, for the summary. */
export function originCounts(origin: readonly MergeChange[]): Record<Side | 'both', number> {
  const counts = { ours: 0, theirs: 0, both: 0 };
  for (const c of origin) counts[c.from]++;
  return counts;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}
