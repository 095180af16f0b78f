import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';
import { writeGeneratedPlan, sizes } from '../../bench/generate';
import { bucketOf, tailSql, type Level } from '../../../electron/core/versions/buckets';
import { readState } from '../../../electron/core/versions/state';
import { loadVersionState } from '../../../electron/core/versions/store';
import { references } from '../../../electron/core/versions/merge';
import { connect, type Db } from '../../../electron/core/storage/connection';
import { diffStates, type Change } from '../../../shared/domain/plan-diff';
import { changeLines, contextFor, type ChangeContext } from '../../../shared/domain/change-sentences';
import { mergeStates, resolve } from '../../../shared/domain/plan-merge';
import type { PlanState } from '../../../shared/domain/plan-state';

// Compare, restore and merge read only the buckets of rows whose digests differ (versions/
// sources.ts). On the medium generated plan (tables of thousands of rows, kept in 16 buckets),
// with edits of every kind on two copies, they must give exactly what the whole states give.

let t: TestCore;
let base: string, ours: string, theirs: string;
let versionId: string;
const conflicting = 3;

const sentences = (changes: readonly Change[], context: ChangeContext) => changeLines(changes, context, translator('en'), 'en').map((l) => l.text);

/** Edits of every kind, different per seed; the first `conflicting` stakeholders renamed by both sides. */
function edit(file: string, seed: number): void {
  const db = new Database(file);
  const t0 = `2030-01-0${seed}T00:00:00.000Z`;
  db.transaction(() => {
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const stakeholders = ids('SELECT id FROM stakeholder ORDER BY id');
    const rename = db.prepare('UPDATE stakeholder SET name = ?, updated_at = ? WHERE id = ?');
    stakeholders.slice(0, conflicting).forEach((id, i) => rename.run(`Side ${seed} name ${i}`, t0, id));
    // Each side its own stakeholders: renamed, and one deleted (its engagements cascade).
    stakeholders.filter((_, i) => i % 97 === seed).forEach((id, i) => rename.run(`Side ${seed} only ${i}`, t0, id));
    db.prepare('DELETE FROM stakeholder WHERE id = ?').run(stakeholders[500 + seed]);
    db.prepare('UPDATE funding_line SET planned_cents = planned_cents + ? WHERE id IN (SELECT id FROM funding_line ORDER BY id LIMIT 20 OFFSET ?)').run(100 * seed, 40 * seed);
    const indicator = ids('SELECT id FROM indicator ORDER BY id LIMIT 1')[0]!;
    const add = db.prepare("INSERT INTO measurement (id, indicator_id, value, measured_on, source, created_at, updated_at) VALUES (?, ?, ?, '2030-06-01', '', ?, ?)");
    for (let i = 0; i < 30; i++) add.run(`m-${seed}-${i}-${(i * 7919).toString(16)}`, indicator, i, t0, t0);
    db.prepare('DELETE FROM measurement WHERE id IN (SELECT id FROM measurement ORDER BY id LIMIT 10 OFFSET ?)').run(1000 * seed);
  })();
  db.close();
}

const fullDiff = (a: PlanState, b: PlanState) => {
  const changes = diffStates(a, b);
  return { changes, context: contextFor(changes, a, b) };
};

beforeAll(async () => {
  t = testCore();
  base = path.join(t.dir, 'base.s3plan');
  writeGeneratedPlan(base, sizes.medium);
  await t.call('plan.open', { path: base });
  versionId = (await t.call('version.create', { name: 'Adopted' })).id;
  await t.call('plan.close', {});
  ours = path.join(t.dir, 'ours.s3plan');
  theirs = path.join(t.dir, 'theirs.s3plan');
  fs.copyFileSync(base, ours);
  fs.copyFileSync(base, theirs);
  edit(ours, 1);
  edit(theirs, 2);
  await t.call('plan.open', { path: ours });
}, 60_000);
afterAll(() => t?.close());

describe('reading only the buckets that differ', () => {
  it('a key’s last characters as SQLite cuts them give the bucket of the whole key', () => {
    const db = new Database(':memory:');
    const keys = fc.oneof(fc.uuid(), fc.string({ unit: 'binary', maxLength: 6 }), fc.integer({ min: -1e9, max: 1e9 }));
    fc.assert(
      fc.property(keys, fc.constantFrom<Level>(0, 1, 2, 3), (key, level) => {
        // Integer keys as SQLite holds them (a JavaScript number binds as a REAL).
        const value = typeof key === 'number' ? 'CAST(? AS INTEGER)' : '?';
        const tail = db.prepare(`SELECT ${tailSql('k', level)} FROM (SELECT ${value} AS k)`).pluck().get(key) as string;
        expect(bucketOf(tail, level)).toBe(bucketOf(key, level));
      }),
      { numRuns: 2000 },
    );
    db.close();
  });

  it('compare with a version gives the changes and sentences the whole states give', async () => {
    const db = t.core.context.db();
    const whole = fullDiff(loadVersionState(db, versionId)!, readState(db));
    expect(whole.changes.length).toBeGreaterThan(50);
    const r = await t.call('version.compare', { from: { kind: 'version', id: versionId }, to: { kind: 'current' } });
    expect(r.changes).toEqual(whole.changes);
    expect(sentences(r.changes as Change[], r.context as ChangeContext)).toEqual(sentences(whole.changes, whole.context));
  });

  it('a compare after a change sees it, whether this window or another program wrote it', async () => {
    const compare = async () => sentences(...((r) => [r.changes as Change[], r.context as ChangeContext] as const)(await t.call('version.compare', { from: { kind: 'version', id: versionId }, to: { kind: 'current' } })));
    const before = await compare();
    const [s] = await t.call('sector.list', {});
    await t.call('sector.update', { id: s!.id, expectedUpdatedAt: s!.updatedAt, name: 'Renamed here' });
    const here = await compare();
    expect(here.filter((l) => !before.includes(l)).join('\n')).toContain('Renamed here');
    const other = new Database(ours);
    other.prepare("UPDATE sector SET name = 'Renamed elsewhere' WHERE id = ?").run(s!.id);
    other.close();
    const elsewhere = await compare();
    expect(elsewhere.join('\n')).toContain('Renamed elsewhere');
    expect(elsewhere.join('\n')).not.toContain('Renamed here');
  });

  it('compare with another copy gives what the whole states give', async () => {
    const db = t.core.context.db();
    const other = connect(theirs, { readonly: true });
    const whole = fullDiff(readState(db), readState(other));
    other.close();
    const r = await t.call('version.compare', { from: { kind: 'current' }, to: { kind: 'file', path: theirs } });
    expect(r.changes).toEqual(whole.changes);
    expect(sentences(r.changes as Change[], r.context as ChangeContext)).toEqual(sentences(whole.changes, whole.context));
  });

  it('merge finds the conflicts and origins the whole states give, and applies the same result', async () => {
    const db = t.core.context.db();
    const other = connect(theirs, { readonly: true });
    const full = mergeStates(loadVersionState(db, versionId)!, readState(db), readState(other), references(db));
    other.close();
    expect(full.conflicts.length).toBe(conflicting);
    const preview = await t.call('plan.merge.preview', { path: theirs });
    expect(preview.conflicts).toEqual(full.conflicts);
    expect(preview.changes).toEqual(full.origin);
    const decisions = Object.fromEntries(full.conflicts.map((c, i) => [c.id, i % 2 ? 'ours' : 'theirs'] as const));
    const expected = resolve(full, decisions).merged;
    await t.call('plan.merge.apply', { path: theirs, decisions, versionName: 'Merged' });
    expect(diffStates(expected, readState(db))).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a version adds only the buckets changed since another, and reads back whole', async () => {
    const db: Db = t.core.context.db();
    const first = (await t.call('version.list', {})).find((v) => v.id === versionId)!;
    // The same content as the merge's version: every chunk shared, only the manifest added.
    const same = await t.call('version.create', { name: 'Same again' });
    expect(same.bytes).toBeLessThan(first.bytes / 10);
    const [s] = await t.call('stakeholder.list', {});
    await t.call('stakeholder.update', { id: s!.id, expectedUpdatedAt: s!.updatedAt, name: 'Renamed once more' });
    const one = await t.call('version.create', { name: 'One rename later' });
    expect(one.bytes).toBeLessThan(first.bytes / 5);
    // Every value as it is, timestamps too.
    expect(loadVersionState(db, one.id)!.tables).toEqual(readState(db).tables);
  });

  it('restore from the version brings its content back; undo returns to now', async () => {
    const db = t.core.context.db();
    const now = readState(db);
    await t.call('version.restore', { id: versionId });
    expect(diffStates(loadVersionState(db, versionId)!, readState(db))).toEqual([]);
    await t.call('history.undo', {});
    expect(diffStates(now, readState(db))).toEqual([]);
  });
});

/** One random edit of a plan file, as the app's SQLite would make it (foreign keys on). */
type FileEdit = { op: 'rename' | 'deleteStakeholder' | 'level' | 'money' | 'addMeasurement' | 'deleteMeasurement' | 'deleteSector'; pick: number; value: number };
const fileEdit = fc.record({
  op: fc.constantFrom<FileEdit['op']>('rename', 'rename', 'deleteStakeholder', 'level', 'money', 'money', 'addMeasurement', 'deleteMeasurement', 'deleteSector'),
  pick: fc.nat({ max: 40 }),
  value: fc.nat({ max: 2 }),
});

function applyFileEdits(file: string, edits: readonly FileEdit[], side: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  const at = (sql: string, pick: number) => db.prepare(`${sql} ORDER BY 1 LIMIT 1 OFFSET ?`).pluck().get(pick * 7) as string | undefined;
  const t0 = '2031-01-01T00:00:00.000Z';
  db.transaction(() => {
    edits.forEach((e, n) => {
      if (e.op === 'rename') db.prepare('UPDATE stakeholder SET name = ?, updated_at = ? WHERE id = ?').run(['Aalto', 'Botnia', 'Cursor'][e.value], t0, at('SELECT id FROM stakeholder', e.pick));
      if (e.op === 'deleteStakeholder') db.prepare('DELETE FROM stakeholder WHERE id = ?').run(at('SELECT id FROM stakeholder', e.pick));
      if (e.op === 'level') {
        const row = db.prepare('SELECT stakeholder_id, sector_id FROM engagement ORDER BY 1, 2 LIMIT 1 OFFSET ?').get(e.pick * 7) as { stakeholder_id: string; sector_id: string } | undefined;
        if (row) db.prepare('UPDATE engagement SET level = ?, updated_at = ? WHERE stakeholder_id = ? AND sector_id = ?').run(['aware', 'involved', 'leading'][e.value], t0, row.stakeholder_id, row.sector_id);
      }
      if (e.op === 'money') db.prepare('UPDATE funding_line SET planned_cents = ?, updated_at = ? WHERE id = ?').run(10_000 * (e.value + 1), t0, at('SELECT id FROM funding_line', e.pick));
      if (e.op === 'addMeasurement') {
        const indicator = at('SELECT id FROM indicator', e.pick % 5);
        db.prepare("INSERT INTO measurement (id, indicator_id, value, measured_on, source, created_at, updated_at) VALUES (?, ?, ?, '2031-01-01', '', ?, ?)").run(`${side}-${n}-${e.pick}${e.value}`, indicator, e.value, t0, t0);
      }
      if (e.op === 'deleteMeasurement') db.prepare('DELETE FROM measurement WHERE id = ?').run(at('SELECT id FROM measurement', e.pick));
      if (e.op === 'deleteSector') db.prepare('DELETE FROM sector WHERE id = ?').run(at('SELECT id FROM sector', e.pick % 3));
    });
  })();
  db.close();
}

describe('merging random edits of two copies, reading only the buckets that differ', () => {
  it('gives the conflicts, origins and result the whole states give', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fileEdit, { maxLength: 10 }), fc.array(fileEdit, { maxLength: 10 }), fc.boolean(), async (mine, yours, pickOurs) => {
        await t.call('plan.close', {});
        const a = path.join(t.dir, `p-ours-${run}.s3plan`);
        const b = path.join(t.dir, `p-theirs-${run++}.s3plan`);
        fs.copyFileSync(base, a);
        fs.copyFileSync(base, b);
        applyFileEdits(a, mine, 'ours');
        applyFileEdits(b, yours, 'theirs');
        await t.call('plan.open', { path: a });
        const db = t.core.context.db();
        const other = connect(b, { readonly: true });
        const full = mergeStates(loadVersionState(db, versionId)!, readState(db), readState(other), references(db));
        other.close();
        const preview = await t.call('plan.merge.preview', { path: b });
        expect(preview.conflicts).toEqual(full.conflicts);
        expect(preview.changes).toEqual(full.origin);
        const decisions = Object.fromEntries(full.conflicts.map((c) => [c.id, pickOurs ? 'ours' : 'theirs'] as const));
        await t.call('plan.merge.apply', { path: b, decisions, versionName: 'Merged' });
        expect(diffStates(resolve(full, decisions).merged, readState(db))).toEqual([]);
        expect(db.pragma('foreign_key_check')).toEqual([]);
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
