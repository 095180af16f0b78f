import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFields, coreWithPlan, type TestCore } from '../../helpers/core';
import { snapshot } from './plan-files-helpers';

/**
 * Path 9: Save As or open with odd paths (a NUL byte, a lone surrogate) left hidden full copies
 * beside the target that were never cleaned. Paths are now checked at the contract, and the
 * app's own temporary files left by a crash are removed when that plan is next opened or saved.
 */
let t: TestCore;
let folder: string;
let plan: string;
beforeEach(async () => ({ t, folder, plan } = await coreWithPlan({ folder: 'plans' })));
afterEach(() => t.close());

const odd: [string, string, string][] = [
  ['a NUL byte', 'kopio\u0000.s3plan', 'pathCharacters'],
  ['a lone high surrogate', 'kopio\uD800.s3plan', 'pathCharacters'],
  ['a lone low surrogate', 'kopio\uDC00x.s3plan', 'pathCharacters'],
];

describe('path 9: paths are checked at the contract, and no stray copies stay', () => {
  for (const [what, name, message] of odd) {
    for (const channel of ['plan.saveAs', 'plan.open', 'plan.create'] as const) {
      it(`refuses ${channel} with ${what} in the path, writing nothing`, async () => {
        const before = snapshot(folder);
        const input = channel === 'plan.create' ? { path: path.join(folder, name), fields: planFields } : { path: path.join(folder, name) };
        const error = await t.fails(channel, input);
        expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'path', code: 'custom', params: { message } }] });
        expect(snapshot(folder)).toEqual(before);
        expect((await t.call('plan.current', {}))?.path).toBe(plan);
      });
    }
  }

  it('refuses relative and empty paths with their own messages', async () => {
    expect(await t.fails('plan.saveAs', { path: 'kopio.s3plan' })).toMatchObject({ kind: 'validation', issues: [{ path: 'path', params: { message: 'pathNotAbsolute' } }] });
    expect(await t.fails('plan.open', { path: '../plan.s3plan' })).toMatchObject({ kind: 'validation', issues: [{ path: 'path', params: { message: 'pathNotAbsolute' } }] });
    expect(await t.fails('plan.open', { path: '   ' })).toMatchObject({ kind: 'validation', issues: [{ path: 'path', code: 'too_small' }] });
  });

  it('takes a Windows path as absolute (the contract is the same on every system)', async () => {
    const { channels } = await import('../../../shared/contract/channels');
    for (const p of ['C:\\Users\\Anna\\plan.s3plan', 'd:/suunnitelmat/plan.s3plan', '\\\\palvelin\\jako\\plan.s3plan']) {
      expect(channels['plan.open'].input.safeParse({ path: p }).success, p).toBe(true);
    }
  });

  it('leaves no temporary file after Save As to a good path', async () => {
    await t.call('plan.saveAs', { path: path.join(folder, 'kopio.s3plan') });
    await t.call('plan.close', {});
    expect(Object.keys(snapshot(folder))).toEqual(['kopio.s3plan', 'plan.s3plan']);
  });

  it("removes the app's own temp files from a crash when the plan is opened or saved over, and nothing else", async () => {
    await t.call('plan.close', {});
    const target = path.join(folder, 'kopio.s3plan');
    const stray = (base: string) => path.join(folder, `.${base}.${randomUUID()}.tmp`);
    const crashed = [stray('plan.s3plan'), stray('plan.s3plan'), stray('kopio.s3plan')];
    // Not the app's naming, or written by someone else after this process started: kept.
    const others = [path.join(folder, '.plan.s3plan.tmp'), path.join(folder, 'plan.s3plan.tmp'), path.join(folder, `.muu.s3plan.${randomUUID()}.tmp`)];
    const recent = stray('plan.s3plan');
    const past = new Date(Date.now() - 24 * 3600 * 1000);
    for (const f of [...crashed, ...others]) {
      fs.writeFileSync(f, 'a full copy from a crash');
      fs.utimesSync(f, past, past);
    }
    fs.writeFileSync(recent, 'being written now');
    await t.call('plan.open', { path: plan });
    for (const f of crashed.slice(0, 2)) expect(fs.existsSync(f), path.basename(f)).toBe(false);
    expect(fs.existsSync(crashed[2]!)).toBe(true);
    await t.call('plan.saveAs', { path: target });
    await t.call('plan.close', {});
    expect(fs.existsSync(crashed[2]!)).toBe(false);
    for (const f of [...others, recent]) expect(fs.existsSync(f), path.basename(f)).toBe(true);
  });
});
