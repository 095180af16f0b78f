import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFields, testCore, tempDir, type TestCore } from '../helpers/core';
import { migrate } from '../../electron/core/storage/migrate';
import { currentSchemaVersion, migrations } from '../../electron/core/storage/migrations';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const fixtureFiles = fs.readdirSync(fixtures).filter((f) => /^plan-v\d+\.s3plan$/.test(f));

let t: TestCore;
beforeEach(() => {
  t = testCore();
});
afterEach(() => t.close());

const schemaOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
  db.close();
  return rows;
};

const versionOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const v = db.pragma('user_version', { simple: true });
  db.close();
  return v;
};

/** Every row of every table, in a stable order. */
const rowsOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const rows = Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as object[]).map((r) => JSON.stringify(r)).sort()]));
  db.close();
  return rows;
};

describe('migrations', () => {
  it('are numbered in order, one version each (numbers given out to parallel work may leave gaps)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(currentSchemaVersion).toBe(versions.at(-1));
  });

  it('keeps a fixture for every released schema version', () => {
    const versions = fixtureFiles.map((f) => Number(/v(\d+)/.exec(f)![1])).sort();
    // Released: the versions up to 4; later ones get their fixture when they ship.
    expect(versions).toEqual(migrations.map((m) => m.version).filter((v) => v <= 4));
  });

  for (const name of fixtureFiles) {
    it(`opens ${name} and brings it to the current schema with its data`, async () => {
      const version = Number(/v(\d+)/.exec(name)![1]);
      const file = path.join(t.dir, name);
      fs.copyFileSync(path.join(fixtures, name), file);
      await t.call('plan.open', { path: file });
      expect(t.core.context.db().pragma('user_version', { simple: true })).toBe(currentSchemaVersion);
      expect((await t.call('plan.get', {})).name).toBe('Fixture plan v1');
      expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Biotalous', 'Logistiikka', 'Äänekosken kärki']);
      const prizztech = (await t.call('stakeholder.list', {})).find((s) => s.name === 'Prizztech Oy');
      expect(prizztech?.engagements).toMatchObject([{ level: 'involved', changedOn: '2023-05-01' }]);
      // Reference codes (0004): an older plan's stakeholders and actions have none; plan-v4's are kept.
      expect((await t.call('stakeholder.get', { id: prizztech!.id })).reference).toBe(version >= 4 ? '0357502-9' : '');
      const actions = await t.call('action.list', {});
      expect(actions.map((a) => [a.title, a.reference])).toEqual(version >= 4 ? [['Biotalouden kehittämishanke', 'A78901']] : []);
      // Versions (0008): a plan from before has none, and can name one at once.
      expect(await t.call('version.list', {})).toEqual([]);
      await t.call('plan.close', {});
      if (version < currentSchemaVersion) {
        // The file as it was is kept beside it before the first migration runs: a consistent
        // copy by VACUUM INTO (never a byte copy), so the same version, schema and rows.
        const backup = `${file}.v${version}.backup`;
        expect(fs.existsSync(backup)).toBe(true);
        expect(versionOf(backup)).toBe(version);
        expect(schemaOf(backup)).toEqual(schemaOf(path.join(fixtures, name)));
        expect(rowsOf(backup)).toEqual(rowsOf(path.join(fixtures, name)));
      }
      // A migrated plan has exactly the schema of a new one.
      const fresh = (await t.call('plan.create', { path: path.join(t.dir, 'fresh.s3plan'), fields: planFields })).path;
      await t.call('plan.close', {});
      expect(schemaOf(file)).toEqual(schemaOf(fresh));
    });
  }

  it('plan-v3.s3plan keeps its English texts, and a plan from before has none and still opens in every language', async () => {
    const file = path.join(t.dir, 'v3.s3plan');
    fs.copyFileSync(path.join(fixtures, 'plan-v3.s3plan'), file);
    await t.call('plan.open', { path: file });
    expect((await t.call('plan.get', {})).languages).toEqual(['fi', 'en']);
    expect((await t.call('translation.list', { lang: 'en' })).map((x) => `${x.owner}.${x.field}: ${x.text}`)).toEqual([
      'plan.name: Fixture plan v1 (English)',
      'sector.description: Forests, food and new materials',
      'sector.name: Bioeconomy',
    ]);
    await t.call('plan.close', {});
    const v2 = path.join(t.dir, 'v2.s3plan');
    fs.copyFileSync(path.join(fixtures, 'plan-v2.s3plan'), v2);
    await t.call('plan.open', { path: v2 });
    expect(await t.call('translation.list', {})).toEqual([]);
    await t.call('plan.close', {});
  });

  it('runs each migration in its own transaction: a failing one leaves the file at the previous version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'm.s3plan');
    const db = new Database(file);
    try {
      const broken = { version: currentSchemaVersion + 1, name: 'broken', sql: 'CREATE TABLE half_done (a TEXT); SELECT * FROM no_such_table;' };
      expect(() => migrate(db, [...migrations, broken])).toThrow(/no_such_table/);
      expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sector'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
