import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFields, sha256, testCore, type TestCore } from '../../helpers/core';
import { inChild, snapshot, type ChildOptions } from './plan-files-helpers';

/**
 * Read-only plans (issue 13: "a read-only plan opens read-only instead of not at all"): a plan
 * file the user cannot write, or one opened read-only by choice, opens; every change is refused
 * with its own message; Save As makes an editable copy. Root may write any file, so when the
 * tests run as root the app runs as another user (nobody) in a child process.
 */
let t: TestCore;
let folder: string;
let plan: string;
const asRoot = process.getuid?.() === 0;
const nobody: ChildOptions = asRoot ? { uid: 65534, gid: 65534 } : {};

beforeEach(async () => {
  t = testCore();
  fs.chmodSync(t.dir, 0o755);
  folder = path.join(t.dir, 'plans');
  fs.mkdirSync(folder);
  fs.chmodSync(folder, 0o777);
  plan = (await t.call('plan.create', { path: path.join(folder, 'plan.s3plan'), fields: planFields })).path;
  await t.call('sector.create', { name: 'Biotalous' });
  await t.call('plan.close', {});
});
afterEach(() => {
  fs.chmodSync(folder, 0o777);
  t.close();
});

const userData = () => {
  const dir = path.join(t.dir, `child-${Math.random().toString(16).slice(2)}`);
  fs.mkdirSync(dir, { mode: 0o777 });
  fs.chmodSync(dir, 0o777);
  return dir;
};

describe('read-only plans open read-only, refuse changes, and offer Save As', () => {
  it('opens a file the user may not write (chmod 444) read-only: reads work, changes and undo are refused, Save As edits a copy', async () => {
    fs.chmodSync(plan, 0o444);
    const before = snapshot(folder);
    const copy = path.join(folder, 'kopio.s3plan');
    const [open, list, write, undo, saveAs, writeCopy] = await inChild(
      userData(),
      [
        ['plan.open', { path: plan }],
        ['sector.list', {}],
        ['sector.create', { name: 'Ei tallennu' }],
        ['history.undo', {}],
        ['plan.saveAs', { path: copy }],
        ['sector.create', { name: 'Kopioon' }],
      ],
      nobody,
    );
    expect(open).toMatchObject({ ok: true, value: { path: plan, readOnly: 'file' } });
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Biotalous' }] });
    expect(write).toEqual({ ok: false, error: { kind: 'file', reason: 'planReadOnly', file: plan, detail: 'file' } });
    expect(undo).toEqual({ ok: false, error: { kind: 'file', reason: 'planReadOnly', file: plan, detail: 'file' } });
    expect(saveAs).toMatchObject({ ok: true, value: { path: copy, readOnly: null } });
    expect(writeCopy).toMatchObject({ ok: true });
    // The read-only file and its folder: as they were, but for the copy the user asked for.
    const after = snapshot(folder);
    expect(after['plan.s3plan']).toBe(before['plan.s3plan']);
    expect(Object.keys(after)).toEqual(['kopio.s3plan', 'plan.s3plan']);
  });

  it('opens a plan in a folder the user may not write read-only (no journal or lock file could be made there)', async () => {
    fs.chmodSync(folder, 0o555);
    const before = snapshot(folder);
    const [open, write] = await inChild(userData(), [['plan.open', { path: plan }], ['sector.create', { name: 'Ei tallennu' }]], nobody);
    expect(open).toMatchObject({ ok: true, value: { readOnly: 'file' } });
    expect(write).toMatchObject({ ok: false, error: { reason: 'planReadOnly' } });
    expect(snapshot(folder)).toEqual(before);
  });

  it('opened read-only by choice: the plan file is never written, nor a lock left beside it', async () => {
    const before = sha256(plan);
    expect(await t.call('plan.open', { path: plan, readOnly: true })).toMatchObject({ readOnly: 'chosen' });
    expect(await t.fails('plan.update', { expectedUpdatedAt: '2026-01-01T00:00:00.000Z', name: 'Uusi nimi' })).toMatchObject({ kind: 'file', reason: 'planReadOnly' });
    expect(Object.keys(snapshot(folder))).toEqual(['plan.s3plan']);
    await t.call('plan.close', {});
    expect(sha256(plan)).toBe(before);
  });
});
