/**
 * Migration 5 (funding by year) on the real fixture files: old-shape funding lines written into
 * a copy of plan-v2 and plan-v4 as those releases wrote them (one row per source with totals),
 * then the file opened by this release. Every action's and every source's totals must be the
 * same to the cent, each line spread over its action's years by days and marked estimated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../helpers/core';
import { yearShares, range } from '../../shared/domain/progress';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

let t: TestCore;
beforeEach(() => {
  t = testCore();
});
afterEach(() => t.close());

interface OldLine {
  source: number;
  planned: number;
  committed: number;
  spent: number;
  note: string;
}
interface OldAction {
  start: string | null;
  end: string | null;
  lines: OldLine[];
}

const dateArb = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const centsArb = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));
const actionArb: fc.Arbitrary<OldAction> = fc.record({
  dates: fc.oneof(fc.tuple(dateArb, dateArb).map(([a, b]) => (a <= b ? [a, b] : [b, a])), fc.constant([null, null]), fc.tuple(dateArb, fc.constant(null))),
  lines: fc.array(fc.record({ source: fc.integer({ min: 0, max: 3 }), planned: centsArb, committed: centsArb, spent: centsArb, note: fc.constantFrom('', 'Ennakko') }), { maxLength: 4 }),
}).map(({ dates, lines }) => ({ start: dates[0] ?? null, end: dates[1] ?? null, lines }));

/** Writes old-shape actions and lines into a copy of the fixture, as its release would have. */
function writeOld(file: string, actions: OldAction[]): { ids: string[]; sources: string[] } {
  const db = new Database(file);
  try {
    const sources = (db.prepare('SELECT id FROM funding_source ORDER BY sort_order').pluck().all() as string[]).slice(0, 4);
    const stamp = '2024-01-01T00:00:00.000Z';
    const action = db.prepare(`INSERT INTO action (id, title, type, status, start_date, end_date, progress, description, created_at, updated_at)
                                VALUES (?, ?, 'project', 'planned', ?, ?, 0, '', ?, ?)`);
    const line = db.prepare(`INSERT INTO funding_line (id, action_id, funding_source_id, planned_cents, committed_cents, spent_cents, note, created_at, updated_at)
                              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // One transaction, as a release's own writes would have been many: a commit each would be thousands of fsyncs.
    const ids = db.transaction(() =>
      actions.map((a, i) => {
        const id = randomUUID();
        action.run(id, `Old action ${i}`, a.start, a.end, stamp, stamp);
        for (const l of a.lines) line.run(randomUUID(), id, sources[l.source], l.planned, l.committed, l.spent, l.note, stamp, stamp);
        return id;
      }),
    )();
    return { ids, sources };
  } finally {
    db.close();
  }
}

const sums = (db: Database.Database, by: 'action_id' | 'funding_source_id') =>
  Object.fromEntries(
    (db.prepare(`SELECT ${by} AS k, sum(planned_cents) AS p, sum(committed_cents) AS c, sum(spent_cents) AS s FROM funding_line GROUP BY ${by} ORDER BY ${by}`).all() as { k: string; p: number; c: number; s: number }[]).map(
      (r) => [r.k, [r.p, r.c, r.s]],
    ),
  );

async function migrateWith(fixture: string, actions: OldAction[]) {
  const file = path.join(t.dir, `${randomUUID()}.s3plan`);
  fs.copyFileSync(path.join(fixtures, fixture), file);
  const written = writeOld(file, actions);
  const before = new Database(file, { readonly: true });
  const expected = { byAction: sums(before, 'action_id'), bySource: sums(before, 'funding_source_id') };
  before.close();
  await t.call('plan.open', { path: file });
  const db = t.core.context.db();
  return { db, written, expected };
}

describe('migration 5: funding by year', () => {
  for (const fixture of ['plan-v2.s3plan', 'plan-v4.s3plan']) {
    it(`${fixture}: every action's and source's totals unchanged to the cent, in rows per year marked estimated`, async () => {
      const actions: OldAction[] = [
        // 1.7.2024–30.6.2025: 184/365 of the money in 2024 (the example in yearShares()).
        { start: '2024-07-01', end: '2025-06-30', lines: [{ source: 0, planned: 36_500_001, committed: 3, spent: 2, note: '' }] },
        // Two lines of one source: one row per year, their notes kept on each (in the order written).
        { start: '2022-01-01', end: '2023-12-31', lines: [{ source: 1, planned: 100, committed: 0, spent: 0, note: 'A' }, { source: 1, planned: 1, committed: 0, spent: 0, note: 'B' }] },
        // Undated: all in the plan period's first year (2021 in the fixtures).
        { start: null, end: null, lines: [{ source: 2, planned: 5_000, committed: 5_000, spent: 0, note: '' }] },
        // No money at all still keeps its source.
        { start: '2025-01-01', end: '2026-12-31', lines: [{ source: 3, planned: 0, committed: 0, spent: 0, note: '' }] },
      ];
      const { db, written, expected } = await migrateWith(fixture, actions);
      expect(sums(db, 'action_id')).toEqual(expected.byAction);
      expect(sums(db, 'funding_source_id')).toEqual(expected.bySource);
      const rows = (id: string) => db.prepare('SELECT year, planned_cents AS p, committed_cents AS c, spent_cents AS s, estimated, note FROM funding_line WHERE action_id = ? ORDER BY year').all(id);
      // 36 500 001 × 184/365 = 18 400 000.5 → 18 400 000 in 2024, the rest in 2025.
      expect(rows(written.ids[0]!)).toEqual([
        { year: 2024, p: 18_400_000, c: 1, s: 1, estimated: 1, note: '' },
        { year: 2025, p: 18_100_001, c: 2, s: 1, estimated: 1, note: '' },
      ]);
      expect(rows(written.ids[1]!)).toEqual([
        { year: 2022, p: 50, c: 0, s: 0, estimated: 1, note: 'A\nB' },
        { year: 2023, p: 51, c: 0, s: 0, estimated: 1, note: 'A\nB' },
      ]);
      expect(rows(written.ids[2]!)).toEqual([{ year: 2021, p: 5_000, c: 5_000, s: 0, estimated: 1, note: '' }]);
      expect(rows(written.ids[3]!)).toEqual([{ year: 2026, p: 0, c: 0, s: 0, estimated: 1, note: '' }]);
      // The app reads them: the action's detail lists its years, each estimated.
      const detail = await t.call('action.get', { id: written.ids[0]! });
      expect(detail.fundingLines.map((l) => [l.year, l.plannedCents, l.estimated])).toEqual([[2024, 18_400_000, true], [2025, 18_100_001, true]]);
    });
  }

  it('keeps every total of a plan of the large benchmark size (3,000 actions, 9,000 lines) to the cent', async () => {
    const actions: OldAction[] = Array.from({ length: 3_000 }, (_, i) => {
      const y = 2021 + (i % 6);
      const dated = i % 10 !== 0;
      return {
        start: dated ? `${y}-0${1 + (i % 9)}-1${i % 9}` : null,
        end: dated ? `${y + 1 + (i % 3)}-1${i % 3}-2${i % 8}` : null,
        lines: Array.from({ length: 3 }, (_, f) => ({ source: (i + f) % 4, planned: 1_000_00 * (1 + ((i * 7 + f) % 997)) + (i % 100), committed: 50_000_00 + f, spent: (i * f) % 12_345, note: '' })),
      };
    });
    const { db, expected } = await migrateWith('plan-v4.s3plan', actions);
    expect(sums(db, 'action_id')).toEqual(expected.byAction);
    expect(sums(db, 'funding_source_id')).toEqual(expected.bySource);
    expect(db.prepare('SELECT count(*) FROM funding_line WHERE estimated = 0').pluck().get()).toBe(0);
  });

  it('keeps the totals of any plan to the cent, and each year within a cent per line of what the charts spread before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 12 }), async (actions) => {
        const { db, written, expected } = await migrateWith('plan-v4.s3plan', actions);
        expect(sums(db, 'action_id')).toEqual(expected.byAction);
        expect(sums(db, 'funding_source_id')).toEqual(expected.bySource);
        actions.forEach((a, i) => {
          if (!a.start || !a.end) return;
          const years = range(Number(a.start.slice(0, 4)), Number(a.end.slice(0, 4)));
          const shares = yearShares(a.start, a.end, years);
          const lines = a.lines.length;
          for (const y of years) {
            const before = a.lines.reduce((n, l) => n + l.planned * (shares.get(y) ?? 0), 0);
            const after = (db.prepare('SELECT total(planned_cents) FROM funding_line WHERE action_id = ? AND year = ?').pluck().get(written.ids[i], y) as number);
            // floor() per year and the remainders on the last year: each line's year is off by
            // less than a cent, its last year by less than a cent per year.
            expect(Math.abs(after - before)).toBeLessThanOrEqual(lines * years.length + 0.01);
          }
        });
        await t.call('plan.close', {});
      }),
      { numRuns: 15 },
    );
  });
});
