import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';

/** `npm run serve`'s built entry: the whole app for a browser, no Electron binary. */
const entry = path.resolve(import.meta.dirname, '..', '..', 'out', 'main', 'browser-host.js');
let child: ChildProcess;
let url: URL;
let token: string;
let dir: string;

beforeAll(async () => {
  dir = tempDir('s3-serve-');
  child = spawn(process.execPath, [entry, '--user-data', path.join(dir, 'ud'), '--documents', path.join(dir, 'docs')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
  });
  url = new URL(printed);
  token = new URLSearchParams(url.hash.slice(1)).get('token')!;
});
afterAll(() => {
  child?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rpc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(`/rpc/${channel}`, url), { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('the built browser host', () => {
  it('prints a 127.0.0.1 address with a per-start token', () => {
    expect(url.hostname).toBe('127.0.0.1');
    expect(token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the renderer with the strict content security policy', async () => {
    const res = await fetch(new URL('/', url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('<div id="root">');
  });

  it('answers the contract only with the token', async () => {
    expect((await rpc('plan.resume', {})).status).toBe(401);
    expect((await rpc('plan.resume', {}, { authorization: 'Bearer nope' })).status).toBe(401);
    const res = await rpc('plan.resume', {}, { authorization: `Bearer ${token}` });
    const reply = (await res.json()) as { ok: boolean; value: { plan: { region: string } } };
    expect(reply).toMatchObject({ ok: true, value: { plan: { region: 'Kymenlaakso' } } });
  });

  it('refuses requests from another origin', async () => {
    const res = await rpc('plan.current', {}, { authorization: `Bearer ${token}`, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('does not serve files outside the renderer', async () => {
    const res = await fetch(new URL('/..%2F..%2Fpackage.json', url));
    expect(res.status).toBe(404);
  });
});
