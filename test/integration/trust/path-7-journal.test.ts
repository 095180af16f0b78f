import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256, coreWithPlan, type TestCore, scribblePages } from '../../helpers/core';
import { bundleForNode } from '../../helpers/bundle';
import { snapshot } from './plan-files-helpers';

/**
 * Path 7: a writer crashes on a plan, an older copy of the file is put back, the app opens it:
 * the leftover journal was rolled into the wrong file, the file then refused as corrupt, and the
 * journal was gone. Recovery now runs on a copy of the file and the journal in a temp folder
 * and is checked there; the user's file is replaced only by a good result, and otherwise the
 * file and the journal stay byte-identical.
 */
let t: TestCore;
let folder: string;
let plan: string;
const child = bundleForNode(path.join(import.meta.dirname, '..', '..', 'helpers', 'journal-child.ts'), 'journal-child');

beforeEach(async () => {
  ({ t, folder, plan } = await coreWithPlan({ folder: 'plans' }));
  await t.call('plan.close', {});
});
afterEach(() => t.close());

/** Runs the writer until it is in the middle of its transaction, then kills it (SIGKILL: no clean-up). */
function crashMidTransaction(): Promise<void> {
  return new Promise((resolve, reject) => {
    const writer = spawn(process.execPath, [child, plan, '3000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    writer.stderr.on('data', (d: Buffer) => (err += d.toString()));
    writer.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('mid')) writer.kill('SIGKILL');
    });
    writer.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended without a crash: ${err}`))));
  });
}

const sectorNames = async () => (await t.call('sector.list', {})).map((s) => s.name).sort();

describe('path 7: a leftover journal is recovered on a copy, never into the wrong file', () => {
  it('recovers the crashed plan itself: the committed rows, none of the crashed change, the journal gone', async () => {
    const committed = sha256(plan);
    await crashMidTransaction();
    expect(fs.existsSync(`${plan}-journal`)).toBe(true);
    // The crashed change reached the file itself: without the journal it would be wrong.
    expect(sha256(plan)).not.toBe(committed);
    await t.call('plan.open', { path: plan });
    expect(await sectorNames()).toEqual(['Biotalous']);
    await t.call('sector.create', { name: 'Logistiikka' });
    await t.call('plan.close', {});
    // One file again: no journal, no recovery copy or backup beside it.
    expect(Object.keys(snapshot(folder))).toEqual(['plan.s3plan']);
    const db = new Database(plan, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses an older copy put back over the crashed plan: the copy and the journal stay byte-identical', async () => {
    // The older copy: the plan before its latest sector.
    const older = fs.readFileSync(plan);
    await t.call('plan.open', { path: plan });
    await t.call('sector.create', { name: 'Logistiikka' });
    await t.call('plan.close', {});
    await crashMidTransaction();
    const crashed = fs.readFileSync(plan);
    fs.writeFileSync(plan, older);
    const before = snapshot(folder);
    expect(Object.keys(before)).toEqual(['plan.s3plan', 'plan.s3plan-journal']);
    expect(await t.fails('plan.open', { path: plan })).toMatchObject({ kind: 'file', reason: 'journalMismatch', file: plan });
    expect(snapshot(folder)).toEqual(before);
    expect(await t.call('plan.current', {})).toBeNull();

    // Nothing was lost: with the file the journal belongs to put back, the plan recovers.
    fs.writeFileSync(plan, crashed);
    await t.call('plan.open', { path: plan });
    expect(await sectorNames()).toEqual(['Biotalous', 'Logistiikka']);
  });

  it('refuses when the rolled-back result is not a good plan, leaving the file and the journal as they were', async () => {
    await crashMidTransaction();
    // Damage the plan's pages as well (a bad disk, a bad copy): the journal restores only the
    // pages it holds, so the rolled-back result cannot be a healthy plan.
    scribblePages(plan);
    const before = snapshot(folder);
    expect(await t.fails('plan.open', { path: plan })).toMatchObject({ kind: 'file', reason: 'corrupt', file: plan });
    expect(snapshot(folder)).toEqual(before);
  });
});
