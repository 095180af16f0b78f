import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import type { HistoryState } from '../../../shared/schemas/history';
import type { UndoRefusal, ChangedRow } from '../../../shared/contract/errors';

/**
 * Undo and redo in the core, after SQLite's own recipe (sqlite.org/undoredo.html): TEMP
 * triggers on every table of the plan write the SQL that reverses each row change into a TEMP
 * log. A command's entries form one step; undoing a step runs them backwards, and the triggers
 * record the reverse of that as the redo step. Because it works on rows, it covers every
 * table, foreign-key cascades (deletes with their relations) included, with no per-command code.
 *
 * Each window (a "client": an Electron window, a browser tab) has its own undo and redo
 * stacks over the one shared log, so Undo takes back what that window did, never another's.
 * Every log entry also keeps the row's key and its image after the change; before a step is
 * replayed, each row it touched must still hold the image the step left. A row someone changed
 * since, or a row the replay would reach that the step never touched (a cascade onto another
 * window's engagement), refuses the step instead of overwriting that change.
 * The log lives on the connection: history ends when the plan is closed.
 */
export interface Step {
  /** Stable across undo and redo: the one change a window made. */
  id: number;
  /** What the step did, as a channel name or a more precise label key (e.g. 'sector.rename'). */
  label: string;
  first: number;
  last: number;
}

export interface RecordedStep {
  id: number;
  label: string;
  /** The plan's tables the step wrote. */
  tables: string[];
}

/** Thrown (inside the core) when a step cannot be replayed; the dispatcher turns it into a reply. */
export class HistoryRefused extends Error {
  constructor(readonly refusal: UndoRefusal) {
    super(`history refused: ${refusal.reason}`);
  }
}

const LIMIT = 200;
const BATCH = 500;
const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (sql: string) => `'${sql.replace(/'/g, "''")}'`;

interface Column {
  name: string;
  pk: number;
  /** Whether the column's values can be BLOBs, which JSON cannot hold. */
  blob: number;
}

interface TableInfo {
  /** Key columns; tables without a primary key use the rowid. */
  keys: string[];
  /** How a deleted row's restoring statement starts (rows of a run share it). */
  insertPrefix: string;
  /** A row's image by its key values (bound in key order), or undefined when it is gone. */
  imageOf: Statement;
  /** The column that names a row for people (name or title), if any. */
  nameColumn: string | null;
}

function describeTable(db: Db, table: string): { columns: Column[]; keys: string[] } {
  // A STRICT table's column holds only its declared type; any other column may hold a BLOB.
  const columns = db
    .prepare(
      `SELECT c.name, c.pk, (upper(c.type) IN ('BLOB', 'ANY') OR NOT coalesce((SELECT t.strict FROM pragma_table_list(?) t WHERE t.schema = 'main'), 0)) AS blob
       FROM pragma_table_info(?) c`,
    )
    .all(table, table) as Column[];
  const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  return { columns, keys: keys.length ? keys : ['rowid'] };
}

/**
 * Every column's value as one JSON array: equal images mean equal rows (SQLite writes a real
 * with the digits that read back to it; text and numbers stay apart). A BLOB as its SQL literal.
 * One json_array is a fifth of the time of quote() per column joined (a 50,000-row import's
 * 150,000 images: 0.12 s against 0.51 s in the sqlite3 shell).
 */
const imageExpr = (columns: Column[], row: string) =>
  `json_array(${columns.map((c) => (c.blob ? `quote(${row}${quoteId(c.name)})` : `${row}${quoteId(c.name)}`)).join(', ')})`;

function triggersFor(db: Db, table: string): string {
  const { columns, keys } = describeTable(db, table);
  const t = quoteId(table);
  const where = (row: 'NEW' | 'OLD') =>
    keys.map((k) => `${lit(`${quoteId(k)} = `)} || quote(${row}.${quoteId(k)})`).join(` || ' AND ' || `);
  const key = (row: 'NEW' | 'OLD') => `json_array(${keys.map((k) => `${row}.${quoteId(k)}`).join(', ')})`;
  const oldValues = columns.map((c) => `quote(OLD.${quoteId(c.name)})`).join(` || ', ' || `);
  const sets = columns.map((c) => `${lit(`${quoteId(c.name)} = `)} || quote(OLD.${quoteId(c.name)})`).join(` || ', ' || `);
  // op: the change made (i, u, d); sql: the statement that reverses it.
  const log = (row: 'NEW' | 'OLD', op: 'i' | 'u' | 'd', sql: string, image: string) =>
    `INSERT INTO temp.undo_log (tbl, op, key, sql, image) VALUES (${lit(table)}, '${op}', ${key(row)}, ${sql}, ${image});`;
  return `
    CREATE TEMP TRIGGER ${quoteId(`undo_${table}_insert`)} AFTER INSERT ON main.${t} BEGIN
      ${log('NEW', 'i', `${lit(`DELETE FROM ${t} WHERE `)} || ${where('NEW')}`, imageExpr(columns, 'NEW.'))}
    END;
    CREATE TEMP TRIGGER ${quoteId(`undo_${table}_update`)} AFTER UPDATE ON main.${t} BEGIN
      ${log('NEW', 'u', `${lit(`UPDATE ${t} SET `)} || ${sets} || ' WHERE ' || ${where('NEW')}`, imageExpr(columns, 'NEW.'))}
    END;
    CREATE TEMP TRIGGER ${quoteId(`undo_${table}_delete`)} AFTER DELETE ON main.${t} BEGIN
      ${log('OLD', 'd', `${insertPrefix(table, columns)} || ${oldValues} || ')'`, 'NULL')}
    END;`;
}

/** The start of the statement that puts a deleted row back: `INSERT INTO t (cols) VALUES (`. */
const insertPrefixText = (table: string, columns: Column[]) => `INSERT INTO ${quoteId(table)} (${columns.map((c) => quoteId(c.name)).join(', ')}) VALUES (`;
const insertPrefix = (table: string, columns: Column[]) => lit(insertPrefixText(table, columns));

interface Stacks {
  undo: Step[];
  redo: Step[];
}

interface LoggedRow {
  tbl: string;
  key: string;
  image: string | null;
}

export class History {
  private readonly clients = new Map<string, Stacks>();
  private readonly tables = new Map<string, TableInfo>();
  private nextId = 1;

  constructor(private readonly db: Db) {
    db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, op TEXT NOT NULL, key TEXT NOT NULL, sql TEXT NOT NULL, image TEXT)',
    );
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of tables) {
      db.exec(triggersFor(db, name));
      const { columns, keys } = describeTable(db, name);
      const nameColumn = columns.find((c) => c.name === 'name' || c.name === 'title')?.name ?? null;
      this.tables.set(name, {
        keys,
        insertPrefix: insertPrefixText(name, columns),
        imageOf: db
          .prepare(`SELECT ${imageExpr(columns, '')} FROM main.${quoteId(name)} WHERE ${keys.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`)
          .pluck(),
        nameColumn,
      });
    }
  }

  private stacks(client: string): Stacks {
    let s = this.clients.get(client);
    if (!s) {
      s = { undo: [], redo: [] };
      this.clients.set(client, s);
    }
    return s;
  }

  /** The last sequence number ever given out (AUTOINCREMENT: never reused, even after drops). */
  private lastSeq(): number {
    return (this.db.prepare("SELECT coalesce((SELECT seq FROM temp.sqlite_sequence WHERE name = 'undo_log'), 0) AS n").get() as { n: number }).n;
  }

  private tablesOf(first: number, last: number): string[] {
    const rows = this.db.prepare('SELECT DISTINCT tbl FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY tbl').all(first, last) as { tbl: string }[];
    return rows.map((r) => r.tbl);
  }

  /** Call inside the command's transaction, before it writes. */
  mark(): number {
    return this.lastSeq();
  }

  /**
   * Call inside the command's transaction, after it wrote: its changes become one step on the
   * client's undo stack (and that client's redo stack is cleared). Null when nothing changed.
   */
  record(client: string, label: string, mark: number): RecordedStep | null {
    const last = this.lastSeq();
    if (last === mark) return null; // nothing changed: nothing to undo
    const stacks = this.stacks(client);
    this.drop(stacks.redo);
    stacks.redo = [];
    const step = { id: this.nextId++, label, first: mark + 1, last };
    stacks.undo.push(step);
    if (stacks.undo.length > LIMIT) this.drop(stacks.undo.splice(0, stacks.undo.length - LIMIT));
    return { id: step.id, label, tables: this.tablesOf(step.first, step.last) };
  }

  private drop(steps: Step[]): void {
    const del = this.db.prepare('DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?');
    for (const s of steps) del.run(s.first, s.last);
  }

  /** The last image the step left on each row it touched, by "table NUL key". */
  private finalRows(step: Step): Map<string, LoggedRow> {
    const out = new Map<string, LoggedRow>();
    const rows = this.db.prepare('SELECT tbl, key, image FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq').all(step.first, step.last) as LoggedRow[];
    for (const r of rows) out.set(`${r.tbl}\u0000${r.key}`, r);
    return out;
  }

  private currentImage(tbl: string, key: string): string | null {
    const info = this.tables.get(tbl);
    if (!info) return null;
    return (info.imageOf.get(...(JSON.parse(key) as unknown[])) as string | undefined) ?? null;
  }

  /** A row as people know it: its table and its name (or the names of what it links). */
  private describe(tbl: string, key: string): ChangedRow {
    const info = this.tables.get(tbl);
    const entity = tbl;
    if (!info) return { entity, name: null };
    const where = info.keys.map((k) => `${quoteId(k)} = ?`).join(' AND ');
    const values = JSON.parse(key) as unknown[];
    if (info.nameColumn) {
      const row = this.db.prepare(`SELECT ${quoteId(info.nameColumn)} AS n FROM main.${quoteId(tbl)} WHERE ${where}`).get(...values) as { n: string } | undefined;
      if (row) return { entity, name: row.n };
    }
    // A link row (an engagement, a membership): name it by the rows it refers to.
    // In the order of the table's columns (stakeholder before sector), as people read a pair.
    const refs = this.db
      .prepare('SELECT f."from" AS col, f."table" AS target FROM pragma_foreign_key_list(@t) f JOIN pragma_table_info(@t) c ON c.name = f."from" ORDER BY c.cid')
      .all({ t: tbl }) as { col: string; target: string }[];
    const parts: string[] = [];
    for (const ref of refs) {
      const target = this.tables.get(ref.target);
      if (!target?.nameColumn) continue;
      const row = this.db
        .prepare(`SELECT t.${quoteId(target.nameColumn)} AS n FROM main.${quoteId(ref.target)} t JOIN main.${quoteId(tbl)} s ON t.id = s.${quoteId(ref.col)} WHERE ${info.keys.map((k) => `s.${quoteId(k)} = ?`).join(' AND ')}`)
        .get(...values) as { n: string } | undefined;
      if (row) parts.push(row.n);
    }
    return { entity, name: parts.length ? parts.join(' · ') : null };
  }

  private describeAll(rows: { tbl: string; key: string }[]): ChangedRow[] {
    const out: ChangedRow[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const d = this.describe(r.tbl, r.key);
      const id = `${d.entity}\u0000${d.name ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(d);
      if (out.length === 10) break;
    }
    return out;
  }

  /**
   * Replays a step backwards in one transaction and returns the step that reverses it (same id).
   * Refuses, changing nothing, when a row the step touched was changed since, or when the replay
   * would reach rows the step never touched.
   */
  private replay(step: Step, mode: 'undo' | 'redo'): Step {
    // Nothing written since the step (the usual case: undo right after the change): no row can
    // have been changed by anyone else, so the checks are skipped.
    const untouched = this.lastSeq() === step.last;
    const own = untouched ? null : this.finalRows(step);
    if (own) {
      const changed = [...own.values()].filter((r) => this.currentImage(r.tbl, r.key) !== r.image);
      if (changed.length) throw this.refusal(step, mode, 'changedSince', changed);
    }
    let reached: LoggedRow[] = [];
    try {
      return this.db.transaction(() => {
        const mark = this.lastSeq();
        // Rows come back in any order that satisfies the foreign keys only at the end.
        this.db.pragma('defer_foreign_keys = ON');
        const changes = this.replayInBulk(step);
        const last = this.lastSeq();
        // Each logged change is reversed on exactly one row, so more log entries than changes
        // means a cascade or SET NULL reached further: then find rows this step never wrote.
        if (last - mark > changes) {
          const mine = own ?? this.finalRows(step);
          reached = (this.db.prepare('SELECT DISTINCT tbl, key FROM temp.undo_log WHERE seq BETWEEN ? AND ?').all(mark + 1, last) as LoggedRow[]).filter(
            (r) => !mine.has(`${r.tbl}\u0000${r.key}`),
          );
          // Someone else's row: refuse (the transaction rolls back).
          if (reached.length) throw new Error('replay reached other rows');
        }
        this.drop([step]);
        return { id: step.id, label: step.label, first: mark + 1, last };
      })();
    } catch (e) {
      // The transaction rolled back: the rows are as they were, so they can be named.
      if (reached.length) throw this.refusal(step, mode, 'changedSince', reached);
      const code = (e as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_CONSTRAINT')) throw this.refusal(step, mode, 'constraint', []);
      throw e;
    }
  }

  /**
   * Reverses a step's changes in bulk; returns how many there were. The log is cut into runs of
   * one kind of change, latest first. A run of inserts (of any tables) is undone by deleting that
   * set of rows, which gives the same result in any order with foreign keys deferred: one DELETE
   * per table whose keys SQLite reads from the log itself, children first (the tables the run
   * reached last), so no cascade is needed. A run of deletes is put back by multi-row INSERTs.
   * Updates are reversed one by one, in order (their old values differ per row). Undoing a
   * 50,000-row import is then a handful of statements, not 125,000.
   */
  private replayInBulk(step: Step): number {
    const runs = this.db
      .prepare(
        `SELECT op, min(seq) AS lo, max(seq) AS hi, count(*) AS n FROM (
           SELECT seq, op, row_number() OVER (ORDER BY seq) - row_number() OVER (PARTITION BY op ORDER BY seq) AS island
           FROM temp.undo_log WHERE seq BETWEEN ? AND ?)
         GROUP BY op, island ORDER BY lo DESC`,
      )
      .all(step.first, step.last) as { op: 'i' | 'u' | 'd'; lo: number; hi: number; n: number }[];
    let changes = 0;
    for (const run of runs) {
      changes += run.n;
      if (run.op === 'i') {
        const tables = this.db.prepare('SELECT tbl FROM temp.undo_log WHERE seq BETWEEN ? AND ? GROUP BY tbl ORDER BY max(seq) DESC').pluck().all(run.lo, run.hi) as string[];
        for (const tbl of tables) {
          const info = this.tables.get(tbl);
          if (!info) continue;
          const target = info.keys.length === 1 ? quoteId(info.keys[0]!) : `(${info.keys.map(quoteId).join(', ')})`;
          const keys = info.keys.map((_, k) => `json_extract(key, '$[${k}]')`).join(', ');
          this.db
            .prepare(`DELETE FROM main.${quoteId(tbl)} WHERE ${target} IN (SELECT ${keys} FROM temp.undo_log WHERE seq BETWEEN ? AND ? AND tbl = ?)`)
            .run(run.lo, run.hi, tbl);
        }
        continue;
      }
      const rows = this.db.prepare('SELECT tbl, sql FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC').all(run.lo, run.hi) as { tbl: string; sql: string }[];
      if (run.op === 'u') {
        for (let k = 0; k < rows.length; k += BATCH) this.db.exec(rows.slice(k, k + BATCH).map((r) => r.sql).join(';\n'));
        continue;
      }
      const byTable = new Map<string, string[]>();
      for (const r of rows) {
        const list = byTable.get(r.tbl);
        if (list) list.push(r.sql);
        else byTable.set(r.tbl, [r.sql]);
      }
      for (const [tbl, list] of byTable) {
        const prefix = this.tables.get(tbl)?.insertPrefix;
        for (let k = 0; k < list.length; k += BATCH) {
          const chunk = list.slice(k, k + BATCH);
          if (prefix && chunk.every((sql) => sql.startsWith(prefix))) this.db.exec(`${prefix}${chunk.map((sql) => sql.slice(prefix.length)).join(', (')}`);
          else this.db.exec(chunk.join(';\n'));
        }
      }
    }
    return changes;
  }

  private refusal(step: Step, mode: 'undo' | 'redo', reason: UndoRefusal['reason'], rows: { tbl: string; key: string }[]): HistoryRefused {
    return new HistoryRefused({ mode, reason, label: step.label, rows: this.describeAll(rows) });
  }

  /**
   * Undoes the client's latest step; null when there is none. A refused step is taken off the
   * stack (it can never apply again), so the window's earlier steps stay reachable.
   */
  undo(client: string): RecordedStep | null {
    return this.move(client, 'undo');
  }

  redo(client: string): RecordedStep | null {
    return this.move(client, 'redo');
  }

  /** Undoes (or redoes) exactly the step with this id: only while it is the client's latest. */
  moveStep(client: string, mode: 'undo' | 'redo', id: number): RecordedStep {
    const stacks = this.stacks(client);
    const from = mode === 'undo' ? stacks.undo : stacks.redo;
    const top = from.at(-1);
    if (top?.id === id) return this.move(client, mode)!;
    const inStack = from.find((s) => s.id === id);
    throw new HistoryRefused({ mode, reason: inStack ? 'notLatest' : 'gone', label: inStack?.label ?? '', rows: [] });
  }

  private move(client: string, mode: 'undo' | 'redo'): RecordedStep | null {
    const stacks = this.stacks(client);
    const from = mode === 'undo' ? stacks.undo : stacks.redo;
    const to = mode === 'undo' ? stacks.redo : stacks.undo;
    const step = from.at(-1);
    if (!step) return null;
    try {
      const reverse = this.replay(step, mode);
      from.pop();
      to.push(reverse);
      return { id: step.id, label: step.label, tables: this.tablesOf(reverse.first, reverse.last) };
    } catch (e) {
      if (e instanceof HistoryRefused) {
        from.pop();
        this.drop([step]);
      }
      throw e;
    }
  }

  state(client: string): HistoryState {
    const stacks = this.stacks(client);
    return {
      undo: stacks.undo.at(-1)?.label ?? null,
      redo: stacks.redo.at(-1)?.label ?? null,
      undoDepth: stacks.undo.length,
      redoDepth: stacks.redo.length,
      undoStep: stacks.undo.at(-1)?.id ?? null,
      redoStep: stacks.redo.at(-1)?.id ?? null,
    };
  }
}
