import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../helpers/core';
import { bundleForNode } from '../../helpers/bundle';
import type { Reply } from '../../../shared/contract/errors';

/** A folder's listing and every file's hash: equal snapshots mean nothing was changed, added or left beside. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => fs.statSync(path.join(dir, name)).isFile())
      .sort()
      .map((name) => [name, sha256(path.join(dir, name))]),
  );
}

let childScript: string | null = null;
const script = () => (childScript ??= bundleForNode(path.join(import.meta.dirname, '..', '..', 'helpers', 'plan-child.ts'), 'plan-child'));

export interface ChildOptions {
  /** Run as another OS user (root can write any file, so a read-only file needs someone else). */
  uid?: number;
  gid?: number;
}

/** Runs calls through a core in another process and returns its replies. */
export function inChild(userData: string, calls: [string, unknown][], options: ChildOptions = {}): Promise<Reply<unknown>[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script(), userData, JSON.stringify(calls)], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`child ended with ${code}: ${err}`));
      resolve(out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Reply<unknown>));
    });
  });
}

/** A core in another process that keeps the plan open until `release()`. */
export async function holdInChild(userData: string, calls: [string, unknown][]): Promise<{ replies: Reply<unknown>[]; pid: number; release(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [script(), userData, JSON.stringify(calls), 'hold'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('holding\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child ended with ${code}: ${err}`)));
  });
  const replies = out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Reply<unknown>);
  return {
    replies,
    pid: child.pid!,
    release: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
