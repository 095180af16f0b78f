// Funding by year (issue 19): a funding line is one source's money in one year of an action.
// Every existing line is spread across its action's years exactly as the app spread it for
// the charts before (pro rata by days, shared/domain/funding-years.ts), in whole cents with the
// remainder on the last year, so each line's totals are unchanged to the cent; the rows are
// marked estimated until the officer edits them. An action's lines of one source become one
// row per year (the year grid has a row per source): their amounts are added, their notes kept
// one after another on each of its years. Undated actions: singleYear().
import type { Db } from '../connection';
import type { Migration } from './types';
import { derivedId } from './derived-id';
import { spreadLine } from '../../../../shared/domain/funding-years';

const timestamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

interface OldLine {
  id: string;
  action_id: string;
  funding_source_id: string;
  planned_cents: number;
  committed_cents: number;
  spent_cents: number;
  note: string;
  created_at: string;
  updated_at: string;
  start_date: string | null;
  end_date: string | null;
}

interface NewRow {
  id: string;
  action_id: string;
  funding_source_id: string;
  year: number;
  planned_cents: number;
  committed_cents: number;
  spent_cents: number;
  note: string;
  created_at: string;
  updated_at: string;
}

function up(db: Db): void {
  // A plan file has exactly one plan row (checked before any migration runs).
  const periodStart = db.prepare("SELECT period_start FROM plan LIMIT 1").pluck().get() as number;
  const lines = db
    .prepare(
      `SELECT f.*, a.start_date, a.end_date FROM funding_line f JOIN action a ON a.id = f.action_id
       ORDER BY f.action_id, f.funding_source_id, f.created_at, f.rowid`,
    )
    .all() as OldLine[];
  // A source's notes, in the order its lines were written: kept on each of its years.
  const notes = new Map<string, string[]>();
  for (const l of lines) {
    const key = `${l.action_id}|${l.funding_source_id}`;
    const list = notes.get(key) ?? [];
    if (l.note.trim() && !list.includes(l.note)) list.push(l.note);
    notes.set(key, list);
  }
  const rows = new Map<string, NewRow>();
  const ids = new Set<string>();
  for (const l of lines) {
    const spread = spreadLine({ plannedCents: l.planned_cents, committedCents: l.committed_cents, spentCents: l.spent_cents }, l.start_date, l.end_date, periodStart);
    spread.forEach((y, i) => {
      const key = `${l.action_id}|${l.funding_source_id}|${y.year}`;
      const row = rows.get(key);
      if (row) {
        row.planned_cents += y.plannedCents;
        row.committed_cents += y.committedCents;
        row.spent_cents += y.spentCents;
        if (l.created_at < row.created_at) row.created_at = l.created_at;
        if (l.updated_at > row.updated_at) row.updated_at = l.updated_at;
      } else {
        // The line's first year keeps its id; the other years are new rows.
        // Derived, not random: two copies of the plan migrated apart agree on the new rows' ids.
        const id = i === 0 && !ids.has(l.id) ? l.id : derivedId('funding_line', l.id, y.year);
        ids.add(id);
        rows.set(key, {
          id, action_id: l.action_id, funding_source_id: l.funding_source_id, year: y.year,
          planned_cents: y.plannedCents, committed_cents: y.committedCents, spent_cents: y.spentCents,
          note: notes.get(`${l.action_id}|${l.funding_source_id}`)!.join('\n'), created_at: l.created_at, updated_at: l.updated_at,
        });
      }
    });
  }
  const insert = db.prepare(
    `INSERT INTO funding_line_v5 (id, action_id, funding_source_id, year, planned_cents, committed_cents, spent_cents, estimated, note, created_at, updated_at)
     VALUES (@id, @action_id, @funding_source_id, @year, @planned_cents, @committed_cents, @spent_cents, 1, @note, @created_at, @updated_at)`,
  );
  for (const r of rows.values()) insert.run(r);
  db.exec(`
DROP TABLE funding_line;
ALTER TABLE funding_line_v5 RENAME TO funding_line;
CREATE INDEX funding_line_action ON funding_line(action_id);
CREATE INDEX funding_line_source ON funding_line(funding_source_id);
`);
}

export const fundingYears: Migration = {
  version: 5,
  name: 'funding-years',
  sql: `
CREATE TABLE funding_line_v5 (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  funding_source_id TEXT NOT NULL REFERENCES funding_source(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
  committed_cents INTEGER NOT NULL DEFAULT 0 CHECK (committed_cents >= 0),
  spent_cents INTEGER NOT NULL DEFAULT 0 CHECK (spent_cents >= 0),
  estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  ${timestamps},
  UNIQUE (action_id, funding_source_id, year)
) STRICT;
`,
  up,
};
