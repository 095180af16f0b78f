import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/core';
import { connect, type Db } from '../../../electron/core/storage/connection';
import { writeExamplePlan } from '../../../electron/core/example/example-plan';
import { writeGeneratedPlan, sizes } from '../../bench/generate';
import { applyState, contentTables, readState } from '../../../electron/core/versions/state';
import { writeStateFile } from '../../../electron/core/versions/state-file';
import { History } from '../../../electron/core/storage/undo';
import { diffStates } from '../../../shared/domain/plan-diff';
import { VERSION_TABLE, rowCount, type PlanState } from '../../../shared/domain/plan-state';

// readState / applyState / diffStates on real plan files: the example plan and the large
// generated plan (bench size). A state read, applied to a changed or emptied copy and read
// again is the same state; the copy's foreign keys hold.
const dir = tempDir('s3-state-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const copyOf = (db: Db, name: string) => {
  const file = path.join(dir, name);
  db.prepare('VACUUM INTO ?').run(file);
  return connect(file);
};

/** Exactly equal states (timestamps too). JSON text: toEqual over 170,000 rows takes seconds; a difference is shown as changes. */
const expectSame = (actual: PlanState, expected: PlanState) => {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect(diffStates(expected, actual).slice(0, 10)).toEqual([]);
  expect(actual).toEqual(expected);
};

const apply = (db: Db, target: PlanState) => db.transaction(() => applyState(db, target))();
const fkProblems = (db: Db) => db.pragma('foreign_key_check') as unknown[];

/** Edits of every kind: a rename, a cascade delete, a SET NULL, new rows with links and money. */
function edit(db: Db): void {
  const sector = db.prepare('SELECT id FROM sector ORDER BY id LIMIT 1').pluck().get() as string;
  const stakeholders = db.prepare('SELECT id FROM stakeholder ORDER BY id LIMIT 3').pluck().all() as string[];
  const t = '2030-01-01T00:00:00.000Z';
  db.prepare("UPDATE sector SET name = name || ' (muutettu)', updated_at = ? WHERE id = ?").run(t, sector);
  // The lead of some action, so its deletion sets lead_stakeholder_id to NULL.
  const lead = db.prepare('SELECT lead_stakeholder_id FROM action WHERE lead_stakeholder_id IS NOT NULL LIMIT 1').pluck().get() as string | undefined;
  db.prepare('DELETE FROM stakeholder WHERE id IN (?, ?)').run(stakeholders[0], lead ?? stakeholders[1]);
  db.prepare("INSERT INTO action (id, title, type, status, progress, description, created_at, updated_at) VALUES ('new-action', 'Uusi toimenpide', 'project', 'planned', 0, '', ?, ?)").run(t, t);
  db.prepare("INSERT INTO action_sector (action_id, sector_id) VALUES ('new-action', ?)").run(sector);
  const source = db.prepare('SELECT id FROM funding_source LIMIT 1').pluck().get() as string;
  db.prepare("INSERT INTO funding_line (id, action_id, funding_source_id, year, estimated, planned_cents, committed_cents, spent_cents, note, created_at, updated_at) VALUES ('new-line', 'new-action', ?, 2024, 0, 12000000, 0, 0, '', ?, ?)").run(source, t, t);
  db.prepare('UPDATE funding_line SET planned_cents = planned_cents + 100 WHERE id = (SELECT min(id) FROM funding_line)').run();
}

describe.each([
  { plan: 'example', write: (file: string) => writeExamplePlan(file) },
  { plan: 'large', write: (file: string) => writeGeneratedPlan(file, sizes.large) },
])('plan state on the $plan plan', ({ plan, write }) => {
  let db: Db;
  let original: PlanState;
  beforeAll(() => {
    const file = path.join(dir, `${plan}.s3plan`);
    write(file);
    db = connect(file);
    original = readState(db);
  }, 60_000);
  afterAll(() => db.close());

  it('holds every content table with every row, and not the versions table', () => {
    const tables = contentTables(db).map((s) => s.name);
    expect(Object.keys(original.tables).sort()).toEqual([...tables].sort());
    expect(tables).not.toContain(VERSION_TABLE);
    for (const name of tables) {
      expect(Object.keys(original.tables[name]!).length, name).toBe(db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get());
    }
    expect(original.planId).toBe(db.prepare('SELECT id FROM plan').pluck().get());
    expect(original.schemaVersion).toBe(db.pragma('user_version', { simple: true }));
  });

  it('orders tables parents first', () => {
    const order = contentTables(db).map((s) => s.name);
    for (const shape of contentTables(db)) for (const p of shape.parents) expect(order.indexOf(p), `${p} before ${shape.name}`).toBeLessThan(order.indexOf(shape.name));
  });

  it('applied to a changed copy, brings it back: read equals, foreign keys hold', () => {
    const copy = copyOf(db, `${plan}-changed.s3plan`);
    try {
      edit(copy);
      const changed = readState(copy);
      expect(diffStates(original, changed).length).toBeGreaterThan(5);
      const counts = apply(copy, original);
      expect(counts.inserted + counts.updated + counts.deleted).toBeGreaterThan(0);
      expectSame(readState(copy), original);
      expect(fkProblems(copy)).toEqual([]);
      // Nothing left to write: applying again changes nothing.
      expect(apply(copy, original)).toEqual({ inserted: 0, updated: 0, deleted: 0 });
    } finally {
      copy.close();
    }
  });

  it('written into a new file (emptied copy), reads back equal', () => {
    const file = path.join(dir, `${plan}-from-state.s3plan`);
    writeStateFile(original, file);
    const copy = connect(file);
    try {
      expectSame(readState(copy), original);
      expect(fkProblems(copy)).toEqual([]);
    } finally {
      copy.close();
    }
  });

  // Five full reads of the large plan take over a minute on a loaded two-core machine: the
  // undo and refusal checks run on the example plan (the same code paths).
  it.runIf(plan === 'example')('is one undo step: undone, the changed state is back', () => {
    const copy = copyOf(db, `${plan}-undo.s3plan`);
    try {
      edit(copy);
      const changed = readState(copy);
      const history = new History(copy);
      copy.transaction(() => {
        const mark = history.mark();
        applyState(copy, original);
        expect(history.record('w', 'version.restore', mark)).not.toBeNull();
      })();
      expect(history.state('w').undoDepth).toBe(1);
      history.undo('w');
      expectSame(readState(copy), changed);
      history.redo('w');
      expectSame(readState(copy), original);
    } finally {
      copy.close();
    }
  });

  it.runIf(plan === 'example')('refuses a state of another schema or another plan, writing nothing', () => {
    const copy = copyOf(db, `${plan}-refuse.s3plan`);
    try {
      expect(() => apply(copy, { ...original, schemaVersion: original.schemaVersion - 1 })).toThrow(/schema/);
      expect(() => apply(copy, { ...original, planId: 'other' })).toThrow(/another plan/);
      expectSame(readState(copy), original);
    } finally {
      copy.close();
    }
  });

  it('has as many rows as the file', () => {
    const total = contentTables(db).reduce((n, s) => n + (db.prepare(`SELECT count(*) FROM "${s.name}"`).pluck().get() as number), 0);
    expect(rowCount(original)).toBe(total);
  });
});

describe('diffStates', () => {
  const base: PlanState = {
    planId: 'p',
    schemaVersion: 1,
    tables: {
      sector: { '["s1"]': { id: 's1', name: 'Biotalous', sort_order: 0, updated_at: 'x' }, '["s2"]': { id: 's2', name: 'Vesi', sort_order: 1, updated_at: 'x' } },
      action_sector: { '["a1","s1"]': { action_id: 'a1', sector_id: 's1' } },
    },
  };

  it('finds nothing between a state and itself', () => {
    expect(diffStates(base, structuredClone(base))).toEqual([]);
  });

  it('reports added and removed rows whole, changed fields one by one, and ignores timestamps', () => {
    const next = structuredClone(base);
    next.tables.sector!['["s1"]']!.name = 'Biotalous ja kiertotalous';
    next.tables.sector!['["s1"]']!.updated_at = 'y';
    delete next.tables.sector!['["s2"]'];
    next.tables.action_sector!['["a1","s3"]'] = { action_id: 'a1', sector_id: 's3' };
    expect(diffStates(base, next)).toEqual([
      { table: 'action_sector', key: '["a1","s3"]', kind: 'added', after: { action_id: 'a1', sector_id: 's3' } },
      { table: 'sector', key: '["s1"]', kind: 'changed', field: 'name', before: 'Biotalous', after: 'Biotalous ja kiertotalous' },
      { table: 'sector', key: '["s2"]', kind: 'removed', before: { id: 's2', name: 'Vesi', sort_order: 1, updated_at: 'x' } },
    ]);
  });

  it('reads a table one state lacks as rows added', () => {
    const next = structuredClone(base);
    next.tables.funding_year = { '["f1"]': { id: 'f1' } };
    expect(diffStates(base, next)).toEqual([{ table: 'funding_year', key: '["f1"]', kind: 'added', after: { id: 'f1' } }]);
  });
});
