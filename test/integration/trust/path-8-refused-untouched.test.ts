import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFields, testCore, type TestCore, scribblePages } from '../../helpers/core';
import { APPLICATION_ID } from '../../../electron/core/storage/file-format';
import { currentSchemaVersion } from '../../../electron/core/storage/migrations';
import { snapshot } from './plan-files-helpers';

/**
 * Path 8: files were changed although refused. A file with the plan's application id and schema
 * 0 was migrated in place and then refused; schema -1 left a backup beside it; an extra table
 * without a primary key left the plan open after an internal error. Refused now means
 * byte-identical, with nothing left beside it, and no plan of the refused file left open.
 */
let t: TestCore;
let folder: string;
beforeEach(() => {
  t = testCore();
  folder = path.join(t.dir, 'plans');
  fs.mkdirSync(folder);
});
afterEach(() => t.close());

const file = (name: string) => path.join(folder, name);

/** A good plan of the current schema, closed. */
async function goodPlan(name: string): Promise<string> {
  const created = await t.call('plan.create', { path: file(name), fields: planFields });
  await t.call('sector.create', { name: 'Biotalous' });
  await t.call('plan.close', {});
  return created.path;
}

const raw = (p: string, sql: string, pragmas: string[] = []) => {
  const db = new Database(p);
  for (const pragma of pragmas) db.pragma(pragma);
  if (sql) db.exec(sql);
  db.close();
};

/** A good plan, then changed by raw SQL and pragmas: the case's file. */
const goodPlanWith = (sql: string, pragmas: string[] = []) => async (name: string) => {
  const p = await goodPlan(name);
  raw(p, sql, pragmas);
  return p;
};

const cases: [string, (name: string) => Promise<string>, Record<string, unknown>][] = [
  ['schema 0 with the plan’s application id, no tables', async (name) => {
    raw(file(name), '', [`application_id = ${APPLICATION_ID}`]);
    return file(name);
  }, { reason: 'corrupt' }],
  ['schema 0 with the plan’s application id and a plan’s tables', goodPlanWith('', ['user_version = 0']), { reason: 'corrupt' }],
  ['schema -1', goodPlanWith('', ['user_version = -1']), { reason: 'corrupt' }],
  ['an extra table without a primary key', goodPlanWith("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')"), { reason: 'unexpectedSchema' }],
  ['an older plan with an extra table (refused after migrating a copy)', async (name) => {
    fs.copyFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'plan-v1.s3plan'), file(name));
    raw(file(name), 'CREATE TABLE notes (body TEXT)');
    return file(name);
  }, { reason: 'unexpectedSchema' }],
  ['an older plan whose migration fails (a table of the next version is already there)', async (name) => {
    fs.copyFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'plan-v1.s3plan'), file(name));
    raw(file(name), 'CREATE TABLE agenda_item (id TEXT PRIMARY KEY)');
    return file(name);
  }, { reason: 'unexpectedSchema' }],
  ['a plan with a column missing', goodPlanWith('ALTER TABLE sector DROP COLUMN rationale'), { reason: 'unexpectedSchema' }],
  ['a plan without its plan row', goodPlanWith('DELETE FROM plan'), { reason: 'corrupt' }],
  ['another application’s SQLite file', async (name) => {
    raw(file(name), 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    return file(name);
  }, { reason: 'foreign' }],
  ['a plan from a newer version', goodPlanWith('', [`user_version = ${currentSchemaVersion + 1}`]), { reason: 'newerSchema' }],
  ['a truncated plan', async (name) => {
    const p = await goodPlan(name);
    const bytes = fs.readFileSync(p);
    fs.writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    return p;
  }, { reason: 'truncated' }],
  ['a corrupt plan', async (name) => {
    const p = await goodPlan(name);
    scribblePages(p);
    return p;
  }, { reason: 'corrupt' }],
  ['an empty file', async (name) => {
    fs.writeFileSync(file(name), '');
    return file(name);
  }, { reason: 'empty' }],
  ['a text file', async (name) => {
    fs.writeFileSync(file(name), 'Sector;Helix\nLogistics;business\n');
    return file(name);
  }, { reason: 'notSqlite' }],
];

describe('path 8: a refused file is byte-identical, with nothing left beside it', () => {
  for (const [name, make, error] of cases) {
    it(`refuses ${name}`, async () => {
      const p = await make('refused.s3plan');
      const before = snapshot(folder);
      expect(await t.fails('plan.open', { path: p })).toMatchObject({ kind: 'file', file: p, ...error });
      expect(snapshot(folder)).toEqual(before);
      // No plan is left open after the refusal, and nothing of it holds the file.
      expect(await t.call('plan.current', {})).toBeNull();
      expect(await t.fails('sector.list', {})).toEqual({ kind: 'noPlanOpen' });
    });
  }

  it('keeps the plan that was open, open and editable, when another file is refused', async () => {
    const good = await goodPlan('good.s3plan');
    const bad = await goodPlan('bad.s3plan');
    raw(bad, 'CREATE TABLE notes (body TEXT)');
    await t.call('plan.open', { path: good });
    await t.fails('plan.open', { path: bad });
    expect((await t.call('plan.current', {}))?.path).toBe(good);
    await t.call('sector.create', { name: 'Vielä auki' });
  });

  it('migrates a good older plan on a copy: checked, renamed over, the old file kept as its backup', async () => {
    const p = file('old.s3plan');
    const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'plan-v1.s3plan');
    fs.copyFileSync(fixture, p);
    const inode = fs.statSync(p).ino;
    await t.call('plan.open', { path: p });
    expect(t.core.context.db().pragma('user_version', { simple: true })).toBe(currentSchemaVersion);
    await t.call('plan.close', {});
    // A new file took the name (rename over), the old bytes were never written to in place.
    expect(fs.statSync(p).ino).not.toBe(inode);
    expect(Object.keys(snapshot(folder))).toEqual(['old.s3plan', 'old.s3plan.v1.backup']);
  });
});
