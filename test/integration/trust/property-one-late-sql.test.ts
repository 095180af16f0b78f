// Rule "one late", the property: the derived status has one definition written twice, in
// TypeScript (lists, filters, PDF, slides) and in SQL (the Dashboard's counts, the list query).
// For generated actions and dates both say the same thing, on a real SQLite connection.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import Database from 'better-sqlite3';
import { derivedStatus, derivedStatusSql } from '../../../shared/domain/action-status';
import { actionStatuses, type ActionStatus } from '../../../shared/schemas/enums';

let db: Database.Database;
beforeAll(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE action (id INTEGER PRIMARY KEY, status TEXT NOT NULL, end_date TEXT) STRICT');
});
afterAll(() => db.close());

/** Dates around interesting edges: the same day, a day either side, month and year ends, leap days. */
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const action = fc.record({ status: fc.constantFrom<ActionStatus>(...actionStatuses), endDate: fc.option(date, { nil: null }) });

describe('derived status: SQL and TypeScript agree', () => {
  it.prop([fc.array(action, { minLength: 1, maxLength: 40 }), date], { numRuns: 300 })('for generated actions and days', (actions, today) => {
    db.exec('DELETE FROM action');
    const insert = db.prepare('INSERT INTO action (id, status, end_date) VALUES (?, ?, ?)');
    actions.forEach((a, i) => insert.run(i, a.status, a.endDate));
    const sql = db.prepare(`SELECT id, ${derivedStatusSql('a')} AS s FROM action a ORDER BY id`).all({ today }) as { id: number; s: string }[];
    expect(sql.map((r) => r.s)).toEqual(actions.map((a) => derivedStatus(a, today)));
  });

  it.prop([action, date])('on the boundary: an action ending today is not late yet, ending yesterday is', (a, today) => {
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const open = a.status !== 'completed' && a.status !== 'cancelled';
    expect(derivedStatus({ status: a.status, endDate: today }, today)).toBe(a.status);
    expect(derivedStatus({ status: a.status, endDate: yesterday }, today)).toBe(open ? 'late' : a.status);
    const row = (endDate: string) =>
      (db.prepare(`SELECT ${derivedStatusSql('a')} AS s FROM (SELECT @status AS status, @endDate AS end_date) a`).get({ status: a.status, endDate, today }) as { s: string }).s;
    expect(row(today)).toBe(a.status);
    expect(row(yesterday)).toBe(open ? 'late' : a.status);
  });
});
