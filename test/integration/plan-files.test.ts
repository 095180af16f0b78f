import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFields, sha256, testCore, type TestCore, scribblePages } from '../helpers/core';
import { APPLICATION_ID } from '../../electron/core/storage/file-format';
import { currentSchemaVersion } from '../../electron/core/storage/migrations';

let t: TestCore;
beforeEach(() => {
  t = testCore();
});
afterEach(() => t.close());

const file = (name: string) => path.join(t.dir, name);

async function makePlan(name = 'plan.s3plan') {
  const created = await t.call('plan.create', { path: file(name), fields: planFields });
  await t.call('sector.create', { name: 'Biotalous' });
  await t.call('plan.close', {});
  return created.path;
}

describe('plan files', () => {
  it('creates a plan, keeps a sector across close and reopen, as one self-contained file', async () => {
    const created = await t.call('plan.create', { path: file('Uusi'), fields: planFields });
    expect(created.path).toBe(file('Uusi.s3plan'));
    expect(created.plan.name).toBe(planFields.name);
    await t.call('sector.create', { name: 'Älykäs logistiikka' });
    await t.call('plan.close', {});
    // A closed plan is one file: no journal or WAL beside it.
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('Uusi'))).toEqual(['Uusi.s3plan']);

    const raw = new Database(created.path, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(currentSchemaVersion);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();

    await t.call('plan.open', { path: created.path });
    const sectors = await t.call('sector.list', {});
    expect(sectors.map((s) => s.name)).toEqual(['Älykäs logistiikka']);
    expect(t.events.map((e) => e.name)).toContain('plan.changed');
  });

  it('turns on foreign keys and durable writes on every connection', async () => {
    await t.call('plan.create', { path: file('a.s3plan'), fields: planFields });
    const db = t.core.context.db();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(3); // EXTRA
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('refuses to create over an existing file', async () => {
    const existing = await makePlan();
    const before = sha256(existing);
    const error = await t.fails('plan.create', { path: existing, fields: planFields });
    expect(error).toMatchObject({ kind: 'file', reason: 'exists', file: existing });
    expect(sha256(existing)).toBe(before);
  });

  it('saves as a new file with SQLite, then edits the new file', async () => {
    const original = await makePlan();
    await t.call('plan.open', { path: original });
    const copy = await t.call('plan.saveAs', { path: file('kopio.s3plan') });
    expect(copy.path).toBe(file('kopio.s3plan'));
    await t.call('sector.create', { name: 'Vain kopiossa' });
    await t.call('plan.close', {});
    const names = (p: string) => {
      const db = new Database(p, { readonly: true });
      const rows = db.prepare('SELECT name FROM sector ORDER BY sort_order').all() as { name: string }[];
      db.close();
      return rows.map((r) => r.name);
    };
    expect(names(original)).toEqual(['Biotalous']);
    expect(names(copy.path)).toEqual(['Biotalous', 'Vain kopiossa']);
    // No temporary files left beside the target.
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('asks before Save As replaces a file, and replaces it only when told to', async () => {
    const original = await makePlan('a.s3plan');
    const other = await makePlan('b.s3plan');
    const before = sha256(other);
    await t.call('plan.open', { path: original });
    expect(await t.fails('plan.saveAs', { path: other })).toMatchObject({ kind: 'file', reason: 'exists', file: other });
    expect(sha256(other)).toBe(before);
    await t.call('plan.saveAs', { path: other, overwrite: true });
    expect((await t.call('plan.current', {}))?.path).toBe(other);
  });

  it('keeps recent files in app state, outside the plan', async () => {
    const a = await makePlan('a.s3plan');
    const b = await makePlan('b.s3plan');
    const state = await t.call('app.state', {});
    expect(state.recentFiles.slice(0, 2)).toEqual([b, a]);
    expect(fs.existsSync(path.join(t.dir, 'user-data', 'app-state.json'))).toBe(true);
  });
});

/** Opening `p` is refused with `reason`, and the file's bytes stay as they were. */
async function expectRefusedUntouched(p: string, reason: string) {
  const before = sha256(p);
  expect(await t.fails('plan.open', { path: p })).toMatchObject({ kind: 'file', reason, file: p });
  expect(sha256(p)).toBe(before);
}

describe('files that are not healthy plans are refused and left byte-identical', () => {
  const cases: [string, (p: string) => void, string][] = [
    ['zero-byte', (p) => fs.writeFileSync(p, ''), 'empty'],
    ['text', (p) => fs.writeFileSync(p, 'Sector;Helix\nLogistics;business\n'), 'notSqlite'],
    ['foreign', (p) => {
      const db = new Database(p);
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'x\')');
      db.close();
    }, 'foreign'],
  ];

  for (const [name, make, reason] of cases) {
    it(`refuses a ${name} file`, async () => {
      const p = file(`${name}.s3plan`);
      make(p);
      await expectRefusedUntouched(p, reason);
      expect(fs.existsSync(`${p}-journal`)).toBe(false);
      expect(await t.call('plan.current', {})).toBeNull();
    });
  }

  it('refuses a plan from a newer version of the app', async () => {
    const p = await makePlan();
    const db = new Database(p);
    db.pragma(`user_version = ${currentSchemaVersion + 1}`);
    db.close();
    await expectRefusedUntouched(p, 'newerSchema');
  });

  it('refuses a truncated plan', async () => {
    const p = await makePlan();
    const bytes = fs.readFileSync(p);
    fs.writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    await expectRefusedUntouched(p, 'truncated');
  });

  it('refuses a corrupt plan whose pages were overwritten', async () => {
    const p = await makePlan();
    // Every page after the first: the header still says "plan".
    scribblePages(p);
    await expectRefusedUntouched(p, 'corrupt');
  });

  it('says a missing file is missing', async () => {
    expect(await t.fails('plan.open', { path: file('nowhere.s3plan') })).toMatchObject({ kind: 'file', reason: 'notFound' });
  });

  it('keeps the open plan open when another file is refused', async () => {
    const good = await makePlan();
    await t.call('plan.open', { path: good });
    const bad = file('bad.s3plan');
    fs.writeFileSync(bad, 'not a plan');
    await t.fails('plan.open', { path: bad });
    expect((await t.call('plan.current', {}))?.path).toBe(good);
  });
});
