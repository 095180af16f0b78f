import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../helpers/bundle';
import { planFields, testCore, type TestCore } from '../helpers/core';

const KILLS = 20;
let t: TestCore;
let writer: string;
let plan: string;

beforeAll(async () => {
  t = testCore();
  writer = bundleForNode(path.join(import.meta.dirname, '..', 'helpers', 'writer-child.ts'), 'writer-child');
  plan = (await t.call('plan.create', { path: path.join(t.dir, 'crash.s3plan'), fields: planFields })).path;
  await t.call('plan.close', {});
});
afterAll(() => t.close());

/** Runs the writer, SIGKILLs it after `delayMs` of writing, and returns the names it acknowledged. */
function writeThenKill(delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, plan, path.join(t.dir, 'child-data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n') && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended with ${code}: ${err}`));
      resolve([...out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1]!));
    });
  });
}

describe('a plan survives its writer being killed', () => {
  it(`keeps every acknowledged write and its integrity across ${KILLS} SIGKILLs at random moments`, async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const delay = 5 + Math.floor(Math.random() * 150);
      acknowledged.push(...(await writeThenKill(delay)));
      // Reopen through the core: it rolls back a hot journal and checks the file.
      await t.call('plan.open', { path: plan });
      const names = new Set((await t.call('sector.list', {})).map((s) => s.name));
      const lost = acknowledged.filter((n) => !names.has(n));
      expect(lost, `kill ${i + 1} after ${delay} ms`).toEqual([]);
      await t.call('plan.close', {});
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    const db = new Database(plan, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
