import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/connection';
import { VERSION_TABLES, keyValues, rowKey, type Cell, type PlanState, type Row } from '../../../shared/domain/plan-state';

/**
 * A plan's content read from and written to its file, generic over tables: every table of the
 * schema (sqlite_master, pragma table_info, as storage/undo.ts does) but SQLite's own and the
 * versions tables, so tables a later migration adds are covered with no list to keep.
 */

export const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface TableShape {
  name: string;
  columns: string[];
  /** Primary-key columns in key order; ['rowid'] for a table without one. */
  keys: string[];
  /** Tables this one's foreign keys refer to (other than itself). */
  parents: string[];
}

/** The plan's content tables, parents before children (the order inserts need, reversed for deletes). */
export function contentTables(db: Db): TableShape[] {
  const names = (
    db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  ).filter((n) => !VERSION_TABLES.has(n));
  const shapes = new Map<string, TableShape>();
  for (const name of names) {
    const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; pk: number }[];
    const keys = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const parents = (db.prepare('SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)').pluck().all(name) as string[]).filter((p) => p !== name);
    shapes.set(name, { name, columns: info.map((c) => c.name), keys: keys.length ? keys : ['rowid'], parents });
  }
  // Depth-first topological order; a cycle (none today) falls back to name order, which
  // deferred foreign keys still accept for inserts.
  const ordered: TableShape[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    const shape = shapes.get(name);
    if (!shape || state.has(name)) return;
    state.set(name, 'visiting');
    for (const p of shape.parents) visit(p);
    state.set(name, 'done');
    ordered.push(shape);
  };
  for (const name of names) visit(name);
  return ordered;
}

/** The columns a state row of the table holds, in order: a table without a primary key adds its rowid. */
export const selectColumns = (shape: TableShape) => (shape.keys[0] === 'rowid' ? ['rowid', ...shape.columns] : shape.columns);

function readTable(db: Db, shape: TableShape): Record<string, Row> {
  const cols = selectColumns(shape);
  // Rows as better-sqlite3 builds them (in C++, one shape per table): the fastest way to objects.
  const rows = db.prepare(`SELECT ${cols.map(quoteId).join(', ')} FROM main.${quoteId(shape.name)} ORDER BY ${shape.keys.map(quoteId).join(', ')}`).all() as Row[];
  const out: Record<string, Row> = {};
  const [k0, k1, k2] = shape.keys;
  const n = shape.keys.length;
  for (const row of rows) {
    // The key without an array per row for the usual one- to three-column keys.
    const key = n === 1 ? JSON.stringify([row[k0!]]) : n === 2 ? JSON.stringify([row[k0!], row[k1!]]) : n === 3 ? JSON.stringify([row[k0!], row[k1!], row[k2!]]) : rowKey(shape.keys.map((k) => row[k]!));
    out[key] = row;
  }
  return out;
}

/** The plan's content now: every row of every content table, keyed by primary key. */
export function readState(db: Db): PlanState {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const planId = (db.prepare('SELECT id FROM plan LIMIT 1').pluck().get() as string | undefined) ?? '';
  const tables: PlanState['tables'] = {};
  for (const shape of contentTables(db)) tables[shape.name] = readTable(db, shape);
  return { planId, schemaVersion, tables };
}

/** What applyState wrote, per kind of row change. */
export interface ApplyCounts {
  inserted: number;
  updated: number;
  deleted: number;
}

/**
 * Makes the plan's content equal to `target`, writing only the differences: rows added,
 * changed columns updated, rows gone deleted. Runs inside the caller's transaction (a command's,
 * so the undo triggers record it as one step), with foreign keys deferred to its commit:
 * inserts parents first, then updates (so no ON DELETE SET NULL or CASCADE reaches a row the
 * target keeps), then deletes children first (so ON DELETE RESTRICT never fires).
 * The target must be of the plan's schema version and the same plan; otherwise it throws and
 * writes nothing.
 */
export function applyState(db: Db, target: PlanState, current: PlanState = readState(db)): ApplyCounts {
  if (!db.inTransaction) throw new Error('applyState runs inside the caller’s transaction');
  if (target.schemaVersion !== current.schemaVersion) throw new Error(`state of schema ${target.schemaVersion}, plan of schema ${current.schemaVersion}`);
  if (current.planId && target.planId !== current.planId) throw new Error('state of another plan');
  const shapes = contentTables(db);
  const known = new Set(shapes.map((s) => s.name));
  const unknown = Object.keys(target.tables).filter((t) => !known.has(t));
  if (unknown.length) throw new Error(`state has tables the plan lacks: ${unknown.join(', ')}`);
  db.pragma('defer_foreign_keys = ON');
  const counts: ApplyCounts = { inserted: 0, updated: 0, deleted: 0 };
  const updates: (() => void)[] = [];
  for (const shape of shapes) {
    const want = target.tables[shape.name] ?? {};
    const have = current.tables[shape.name] ?? {};
    const cols = selectColumns(shape);
    const insert = db.prepare(`INSERT INTO main.${quoteId(shape.name)} (${cols.map(quoteId).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
    const updateFor = new Map<string, Statement>();
    const where = shape.keys.map((k) => `${quoteId(k)} = ?`).join(' AND ');
    for (const [key, row] of Object.entries(want)) {
      const old = have[key];
      if (!old) {
        insert.run(...cols.map((c) => cell(row, c, shape.name)));
        counts.inserted++;
        continue;
      }
      const changed = cols.filter((c) => !shape.keys.includes(c) && cell(row, c, shape.name) !== (old[c] ?? null));
      if (!changed.length) continue;
      const sig = changed.join('\u0000');
      let stmt = updateFor.get(sig);
      if (!stmt) {
        stmt = db.prepare(`UPDATE main.${quoteId(shape.name)} SET ${changed.map((c) => `${quoteId(c)} = ?`).join(', ')} WHERE ${where}`);
        updateFor.set(sig, stmt);
      }
      const s = stmt;
      updates.push(() => s.run(...changed.map((c) => cell(row, c, shape.name)), ...keyValues(key)));
      counts.updated++;
    }
  }
  for (const u of updates) u();
  for (const shape of [...shapes].reverse()) {
    const want = target.tables[shape.name] ?? {};
    const have = current.tables[shape.name] ?? {};
    const del = db.prepare(`DELETE FROM main.${quoteId(shape.name)} WHERE ${shape.keys.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`);
    for (const key of Object.keys(have)) {
      if (want[key]) continue;
      counts.deleted += del.run(...keyValues(key)).changes;
    }
  }
  return counts;
}

/** A target row's value for a column the table has; a column the row lacks is refused, not guessed. */
function cell(row: Row, column: string, table: string): Cell {
  if (!(column in row)) throw new Error(`state row of ${table} lacks column ${column}`);
  return row[column]!;
}
