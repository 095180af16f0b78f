// Issue 13, path 3: an export never writes over a plan. Exporting a list, a chart's table or a
// chart's picture to the open plan's path (typed, through a symlink or a hard link), to another
// plan under a .csv name (found by its SQLite header), to any .s3plan name or to a plan's
// journal is refused with a message in English and Finnish that names the file; the plan stays
// byte-identical and still opens. Any other existing file is replaced only when the user said
// so (`overwrite` is false unless given), and no temporary file is left behind.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/contract/errors';
import { describeError } from '../../../renderer/src/errors/describe';
import { sha256, type TestCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';
import { planCore, seed } from '../handlers/helpers';

let t: TestCore;
let plan: string;
beforeEach(async () => {
  t = await planCore();
  await seed(t);
  plan = path.join(t.dir, 'plan.s3plan');
});
afterEach(() => t.close());

const en = translator('en');
const fi = translator('fi');

/** One export of each kind to `file`; `overwrite` as a renderer that already asked would send it. */
const exportsTo = (file: string, overwrite?: boolean) => ({
  'export.list': { list: 'stakeholders', path: file, format: 'csv', language: 'en', ...(overwrite === undefined ? {} : { overwrite }) },
  'export.table': { path: file, format: 'xlsx', language: 'fi', title: 'Kattavuus', headers: ['Toimiala', 'Määrä'], rows: [['Biotalous', 3]], ...(overwrite === undefined ? {} : { overwrite }) },
  'export.image': { path: file, format: 'png', data: Buffer.from('not really a png').toString('base64'), ...(overwrite === undefined ? {} : { overwrite }) },
});

/** Files in the folder other than the user's own (temporary files of an export left behind). */
/** Files beside the plan that an export left (the open plan's own lock file is expected). */
const strays = (dir: string, own: string[]) =>
  fs.readdirSync(dir).filter((f) => !own.includes(f) && f !== 'user-data' && f !== 'documents' && !own.some((o) => f === `.~lock.${o}#`));

/** Every export to `file`, even with overwrite: refused as a plan (`detail`), `guarded` byte-identical. */
async function refusedAll(file: string, detail: 'open' | 'plan' | 'database', guarded: string, planOpen = true) {
  const before = sha256(guarded);
  // export.list reads the open plan's rows; the two others need no plan open.
  for (const [channel, input] of Object.entries(exportsTo(file, true)).filter(([c]) => planOpen || c !== 'export.list')) {
    const error = await t.fails(channel, input);
    expect(error, channel).toEqual({ kind: 'file', reason: 'wouldReplacePlan', file: path.basename(file), detail });
    expect(sha256(guarded), channel).toBe(before);
    const words = [describeError(en, error).message, describeError(fi, error).message];
    for (const text of words) {
      expect(text).toContain(path.basename(file));
      expect(text).not.toContain('files.problem');
    }
    expect(words[0]).not.toBe(words[1]);
  }
}

/** The plan still opens and reads as before (checked by SQLite itself, not only by the core). */
async function stillOpens(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM stakeholder').get() as { n: number }).n).toBe(4);
  } finally {
    db.close();
  }
}

describe('an export over a plan', () => {
  it('is refused at the open plan’s own path, and the plan keeps working and reopens', async () => {
    await refusedAll(plan, 'open', plan);
    expect(await t.call('stakeholder.list', {})).toHaveLength(4);
    await t.call('sector.create', { name: 'Still writable' });
    await t.call('plan.close', {});
    await t.call('plan.open', { path: plan });
    expect((await t.call('sector.list', {})).map((s) => s.name)).toContain('Still writable');
    expect(strays(t.dir, ['plan.s3plan'])).toEqual([]);
  });

  it('is refused through a symlink or a hard link to the open plan, whatever its name', async () => {
    const link = path.join(t.dir, 'stakeholders.csv');
    fs.symlinkSync(plan, link);
    await refusedAll(link, 'open', plan);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    const hard = path.join(t.dir, 'chart.png');
    fs.linkSync(plan, hard);
    await refusedAll(hard, 'open', plan);
    await stillOpens(plan);
  });

  it('is refused at another plan saved under a .csv name (found by its header, not its name)', async () => {
    const other = path.join(t.dir, 'other plan.csv');
    fs.copyFileSync(plan, other);
    await refusedAll(other, 'plan', other);
    await stillOpens(other);
    // With no plan open at all, the header still tells.
    await t.call('plan.close', {});
    await refusedAll(other, 'plan', other, false);
  });

  it('is refused at any .s3plan name, existing or not, and at a plan’s journal', async () => {
    const fresh = path.join(t.dir, 'Export.S3PLAN');
    for (const [channel, input] of Object.entries(exportsTo(fresh, true))) {
      expect(await t.fails(channel, input)).toMatchObject({ reason: 'wouldReplacePlan', detail: 'plan' });
    }
    expect(fs.existsSync(fresh)).toBe(false);
    const journal = `${plan}-journal`;
    for (const [channel, input] of Object.entries(exportsTo(journal, true))) {
      expect(await t.fails(channel, input)).toMatchObject({ reason: 'wouldReplacePlan', detail: 'plan' });
    }
    expect(fs.existsSync(journal)).toBe(false);
  });

  it('is refused at another application’s SQLite database', async () => {
    const foreign = path.join(t.dir, 'contacts.xlsx');
    const db = new Database(foreign);
    db.exec('CREATE TABLE contact (name TEXT)');
    db.close();
    await refusedAll(foreign, 'database', foreign);
  });
});

describe('an export over any other file', () => {
  it('is not replaced unless the user confirmed it (overwrite defaults to false)', async () => {
    const file = path.join(t.dir, 'stakeholders.csv');
    fs.writeFileSync(file, 'my own notes\n');
    for (const [channel, input] of Object.entries(exportsTo(file))) {
      const error: AppError = await t.fails(channel, input);
      expect(error, channel).toEqual({ kind: 'file', reason: 'exists', file: 'stakeholders.csv' });
      expect(fs.readFileSync(file, 'utf8')).toBe('my own notes\n');
    }
    await t.call('export.list', { list: 'stakeholders', path: file, format: 'csv', language: 'en', overwrite: true });
    expect(fs.readFileSync(file, 'utf8')).toContain('Prizztech Oy');
    expect(strays(t.dir, ['plan.s3plan', 'stakeholders.csv'])).toEqual([]);
  });

  it('is written to a new name without asking, and nothing else is left in the folder', async () => {
    const out = path.join(t.dir, 'out');
    fs.mkdirSync(out);
    for (const [channel, input] of Object.entries(exportsTo(path.join(out, 'new.file')))) {
      await t.call(channel as 'export.list', input as never);
      expect(fs.readdirSync(out)).toEqual(['new.file']);
      fs.rmSync(path.join(out, 'new.file'));
    }
  });
});
