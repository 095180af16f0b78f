import type { Db } from './connection';

/**
 * Undo and redo in the core, after SQLite's own recipe (sqlite.org/undoredo.html): TEMP
 * triggers on every table of the plan write the SQL that reverses each row change into a TEMP
 * log. A command's entries form one step; undoing a step runs them backwards, and the triggers
 * record the reverse of that as the redo step. Because it works on rows, it covers every
 * table, foreign-key cascades (deletes with their relations) included, with no per-command code.
 * The log lives on the connection: history ends when the plan is closed.
 */
export interface Step {
  /** What the step did, as a channel name or a more precise label key (e.g. 'sector.rename'). */
  label: string;
  first: number;
  last: number;
}

export interface HistoryState {
  undo: string | null;
  redo: string | null;
  undoDepth: number;
  redoDepth: number;
}

const LIMIT = 200;
const BATCH = 500;
const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (sql: string) => `'${sql.replace(/'/g, "''")}'`;

interface Column {
  name: string;
  pk: number;
}

function triggersFor(db: Db, table: string): string {
  const columns = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(table) as Column[];
  const keys = columns.filter((c) => c.pk > 0);
  const t = quoteId(table);
  const where = (row: 'NEW' | 'OLD') =>
    keys.map((k) => `${lit(`${quoteId(k.name)} = `)} || quote(${row}.${quoteId(k.name)})`).join(` || ' AND ' || `);
  const names = columns.map((c) => quoteId(c.name)).join(', ');
  const oldValues = columns.map((c) => `quote(OLD.${quoteId(c.name)})`).join(` || ', ' || `);
  const sets = columns.map((c) => `${lit(`${quoteId(c.name)} = `)} || quote(OLD.${quoteId(c.name)})`).join(` || ', ' || `);
  const log = (expr: string) => `INSERT INTO temp.undo_log (sql) VALUES (${expr});`;
  return `
    CREATE TEMP TRIGGER ${quoteId(`undo_${table}_insert`)} AFTER INSERT ON main.${t} BEGIN
      ${log(`${lit(`DELETE FROM ${t} WHERE `)} || ${where('NEW')}`)}
    END;
    CREATE TEMP TRIGGER ${quoteId(`undo_${table}_update`)} AFTER UPDATE ON main.${t} BEGIN
      ${log(`${lit(`UPDATE ${t} SET `)} || ${sets} || ' WHERE ' || ${where('NEW')}`)}
    END;
    CREATE TEMP TRIGGER ${quoteId(`undo_${table}_delete`)} AFTER DELETE ON main.${t} BEGIN
      ${log(`${lit(`INSERT INTO ${t} (${names}) VALUES (`)} || ${oldValues} || ')'`)}
    END;`;
}

export class History {
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];

  constructor(private readonly db: Db) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, sql TEXT NOT NULL)');
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of tables) db.exec(triggersFor(db, name));
  }

  private lastSeq(): number {
    return (this.db.prepare('SELECT coalesce(max(seq), 0) AS n FROM temp.undo_log').get() as { n: number }).n;
  }

  /** Call inside the command's transaction, before it writes. */
  mark(): number {
    return this.lastSeq();
  }

  /** Call inside the command's transaction, after it wrote: its changes become one step. */
  record(label: string, mark: number): void {
    const last = this.lastSeq();
    if (last === mark) return; // nothing changed: nothing to undo
    this.drop(this.redoStack);
    this.redoStack = [];
    this.undoStack.push({ label, first: mark + 1, last });
    if (this.undoStack.length > LIMIT) this.drop(this.undoStack.splice(0, this.undoStack.length - LIMIT));
  }

  private drop(steps: Step[]): void {
    const del = this.db.prepare('DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?');
    for (const s of steps) del.run(s.first, s.last);
  }

  /** Replays a step backwards in one transaction; returns the step that reverses it. */
  private replay(step: Step): Step {
    return this.db.transaction(() => {
      const mark = this.lastSeq();
      const rows = this.db
        .prepare('SELECT sql FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC')
        .all(step.first, step.last) as { sql: string }[];
      // Rows come back in any order that satisfies the foreign keys only at the end.
      this.db.pragma('defer_foreign_keys = ON');
      // Statements in batches: one exec per logged row made undoing a 50,000-row import slow.
      for (let i = 0; i < rows.length; i += BATCH) {
        this.db.exec(rows.slice(i, i + BATCH).map((r) => r.sql).join(';\n'));
      }
      this.drop([step]);
      return { label: step.label, first: mark + 1, last: this.lastSeq() };
    })();
  }

  undo(): string | null {
    const step = this.undoStack.pop();
    if (!step) return null;
    try {
      this.redoStack.push(this.replay(step));
    } catch (e) {
      this.undoStack.push(step);
      throw e;
    }
    return step.label;
  }

  redo(): string | null {
    const step = this.redoStack.pop();
    if (!step) return null;
    try {
      this.undoStack.push(this.replay(step));
    } catch (e) {
      this.redoStack.push(step);
      throw e;
    }
    return step.label;
  }

  state(): HistoryState {
    return {
      undo: this.undoStack.at(-1)?.label ?? null,
      redo: this.redoStack.at(-1)?.label ?? null,
      undoDepth: this.undoStack.length,
      redoDepth: this.redoStack.length,
    };
  }
}
