import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256, coreWithPlan, type TestCore } from '../../helpers/core';
import { lockPathFor } from '../../../electron/core/storage/lock-file';
import { holdInChild, inChild, snapshot } from './plan-files-helpers';

/**
 * Path 5: nothing stopped a second app (a colleague on a shared drive, a second instance) from
 * opening a plan already open: lost updates, and "database is locked" shown as an internal
 * error. A lock file beside an open plan now says who has it open, on which computer and since
 * when; the second app refuses with that (the user then chooses read-only, a copy, or cancel),
 * and a lock left by a crash on this computer is taken over silently.
 */
let t: TestCore;
let folder: string;
let plan: string;
beforeEach(async () => ({ t, folder, plan } = await coreWithPlan({ folder: 'plans' })));
afterEach(() => t.close());

const me = { user: os.userInfo().username, host: os.hostname() };
const childData = () => path.join(t.dir, `child-${Math.random().toString(16).slice(2)}`);

describe('path 5: a plan open in one app is seen as open by another', () => {
  it('keeps a lock file beside the open plan naming who, where, which process and since when; removes it on close', async () => {
    const lock = JSON.parse(fs.readFileSync(lockPathFor(plan), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ ...me, pid: process.pid });
    expect(Date.now() - Date.parse(String(lock.since))).toBeGreaterThanOrEqual(0);
    expect(path.basename(lockPathFor(plan))).toBe('.~lock.plan.s3plan#');
    await t.call('plan.close', {});
    expect(Object.keys(snapshot(folder))).toEqual(['plan.s3plan']);
  });

  it('a second process is refused with who has it open, and its read-only choice reads but never writes', async () => {
    const before = sha256(plan);
    const [open, readOnly, list, write] = await inChild(childData(), [
      ['plan.open', { path: plan }],
      ['plan.open', { path: plan, readOnly: true }],
      ['sector.list', {}],
      ['sector.create', { name: 'Toisen sovelluksen' }],
    ]);
    expect(open).toEqual({ ok: false, error: { kind: 'file', reason: 'locked', file: plan, holder: { ...me, pid: process.pid, since: expect.any(String) } } });
    expect(readOnly).toMatchObject({ ok: true, value: { path: plan, readOnly: 'chosen' } });
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Biotalous' }] });
    expect(write).toEqual({ ok: false, error: { kind: 'file', reason: 'planReadOnly', file: plan, detail: 'chosen' } });
    // This app still edits it; the other's read-only open left no lock of its own.
    await t.call('sector.create', { name: 'Logistiikka' });
    expect(sha256(plan)).not.toBe(before);
    expect(JSON.parse(fs.readFileSync(lockPathFor(plan), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it("a second process's copy choice writes a new file it then edits, the original untouched", async () => {
    await t.call('plan.close', {});
    const holder = await holdInChild(childData(), [['plan.open', { path: plan }]]);
    try {
      expect(holder.replies[0]).toMatchObject({ ok: true });
      const before = sha256(plan);
      const copy = path.join(folder, 'kopio.s3plan');
      expect(await t.fails('plan.open', { path: plan })).toMatchObject({ reason: 'locked', holder: { ...me, pid: holder.pid } });
      expect(await t.call('plan.openCopy', { path: plan, target: copy })).toMatchObject({ path: copy, readOnly: null });
      await t.call('sector.create', { name: 'Vain kopiossa' });
      expect(sha256(plan)).toBe(before);
      expect((await t.call('sector.list', {})).map((s) => s.name).sort()).toEqual(['Biotalous', 'Vain kopiossa']);
      // The copy is this app's now: its lock names this process.
      expect(JSON.parse(fs.readFileSync(lockPathFor(copy), 'utf8'))).toMatchObject({ pid: process.pid });
      // Saving over a plan the other app has open is refused as well.
      expect(await t.fails('plan.saveAs', { path: plan, overwrite: true })).toMatchObject({ reason: 'locked' });
      expect(sha256(plan)).toBe(before);
    } finally {
      await holder.release();
    }
    // The other app closed it: its lock is gone and the plan opens for editing.
    expect(fs.existsSync(lockPathFor(plan))).toBe(false);
    expect(await t.call('plan.open', { path: plan })).toMatchObject({ readOnly: null });
  });

  it('takes over silently a lock left by a crashed process of this computer', async () => {
    await t.call('plan.close', {});
    // A process that has ended: its pid names no one now.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    fs.writeFileSync(lockPathFor(plan), JSON.stringify({ ...me, pid: deadPid, since: '2026-01-05T08:00:00.000Z' }));
    expect(await t.call('plan.open', { path: plan })).toMatchObject({ readOnly: null });
    expect(JSON.parse(fs.readFileSync(lockPathFor(plan), 'utf8'))).toMatchObject({ pid: process.pid });
    await t.call('plan.close', {});
    expect(Object.keys(snapshot(folder))).toEqual(['plan.s3plan']);
  });

  it("never guesses another computer's lock stale", async () => {
    await t.call('plan.close', {});
    const other = { user: 'anna', host: 'kunnan-lapari', pid: 4242, since: '2026-01-05T08:00:00.000Z' };
    fs.writeFileSync(lockPathFor(plan), JSON.stringify(other));
    expect(await t.fails('plan.open', { path: plan })).toEqual({ kind: 'file', reason: 'locked', file: plan, holder: other });
    // At the next start the last plan is not skipped silently either: the user is told who has it.
    expect(await t.fails('plan.resume', {})).toEqual({ kind: 'file', reason: 'locked', file: plan, holder: other });
    expect(fs.readFileSync(lockPathFor(plan), 'utf8')).toBe(JSON.stringify(other));
  });

  it('"database is locked" from another program comes back as its own file error, not internal', { timeout: 30_000 }, async () => {
    const other = new Database(plan);
    other.exec('BEGIN EXCLUSIVE');
    try {
      // SQLite waits busy_timeout (5 s) for the other program, then says SQLITE_BUSY.
      expect(await t.fails('sector.create', { name: 'Odottaa' })).toEqual({ kind: 'file', reason: 'busy', file: plan });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await t.call('sector.create', { name: 'Nyt onnistuu' });
  });
});
