// The log file itself: slow calls, rotation by size, and what IPC reports to it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { createLog, KEPT_LOGS, MAX_LOG_BYTES, SLOW_CALL_MS } from '../../electron/main/log';
import { handleRpc } from '../../electron/main/ipc';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the log file', () => {
  it('lives in <user data>/logs/main.log and keeps calls over 100 ms with channel and duration only', () => {
    dir = tempDir();
    const log = createLog(dir, { console: false });
    expect(log.file).toBe(path.join(dir, 'logs', 'main.log'));
    log.call('dashboard.get', SLOW_CALL_MS + 37.4);
    log.call('sector.list', SLOW_CALL_MS - 1);
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).toMatch(/\[warn\]\s+slow call dashboard\.get took 137 ms/);
    expect(text).not.toContain('sector.list');
  });

  it(`rotates at ${MAX_LOG_BYTES / 1024 / 1024} MB and keeps ${KEPT_LOGS} old files`, () => {
    dir = tempDir();
    const log = createLog(dir, { console: false });
    const line = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 16 * (KEPT_LOGS + 2); i++) log.info(`${i} ${line}`);
    const files = fs.readdirSync(log.dir).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const f of files) expect(fs.statSync(path.join(log.dir, f)).size).toBeLessThanOrEqual(MAX_LOG_BYTES + line.length + 100);
    // Newest in main.log, then main.1.log: the oldest lines were dropped.
    const first = (f: string) => Number(/\]\s+(\d+) x/.exec(fs.readFileSync(path.join(log.dir, f), 'utf8'))![1]);
    expect(first('main.log')).toBeGreaterThan(first('main.1.log'));
    expect(first('main.1.log')).toBeGreaterThan(first('main.3.log'));
    expect(first('main.3.log')).toBeGreaterThan(0);
  });
});

describe('IPC timing', () => {
  it('reports every call’s duration to the log hook', async () => {
    const calls: [string, number][] = [];
    const slowCore = { dispatch: () => new Promise<{ ok: true; value: null }>((r) => setTimeout(() => r({ ok: true, value: null }), 150)) };
    const reply = await handleRpc(slowCore, { frameUrl: 'app://s3-planner/index.html', isMainFrame: true, client: 'window-3' }, 'dashboard.get', {}, {
      rendererOrigin: 'app://s3-planner',
      onCall: (channel, ms) => calls.push([channel, ms]),
    });
    expect(reply).toEqual({ ok: true, value: null });
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('dashboard.get');
    expect(calls[0]![1]).toBeGreaterThanOrEqual(140);
  });

  it('a core that throws still answers with an envelope and logs the reference', async () => {
    const logged: string[] = [];
    const reply = await handleRpc({ dispatch: () => Promise.reject(new Error('boom')) }, { frameUrl: 'app://s3-planner/', isMainFrame: true }, 'plan.current', {}, {
      rendererOrigin: 'app://s3-planner',
      log: (m) => logged.push(m),
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(logged[0]).toContain(`(${JSON.stringify((reply as { error: unknown }).error)})`);
  });
});
