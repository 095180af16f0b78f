// The app:// protocol, the session and contents guards, the presenter window, IPC sender checks
// and the preload bridge, all as the running app wired them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, display, electronFake as fake } from '../helpers/electron-fake';
import { planFields } from '../helpers/core';
import { settle, startMain, type Started } from './harness';

vi.mock('electron', async () => (await import('../helpers/electron-fake')).electronFake.module);

let app: Started;
afterEach(async () => app?.stop());

/** A built layout of its own: out/main (the script's folder) beside out/renderer. */
function layout(dir: string): string {
  const renderer = path.join(dir, 'out', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(path.join(dir, 'out', 'secret.txt'), 'not for the page');
  return path.join(dir, 'out', 'main');
}

describe('app:// serves the built renderer and nothing else', () => {
  it('index and assets with the CSP; paths out of the folder and other hosts are 404', async () => {
    const dir = fs.mkdtempSync('/tmp/s3-layout-');
    app = await startMain({ mainDir: layout(dir) });
    const handle = fake.state.protocolHandlers.get('app')!;
    const index = await handle(new Request('app://s3-planner/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await index.text()).toContain('<div id="root">');
    expect((await handle(new Request('app://s3-planner/assets/app.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://s3-planner/..%2Fsecret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://s3-planner/missing.js'))).status).toBe(404);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('session guards', () => {
  it('CSP on every response, no outside requests, no permissions, no downloads (logged)', async () => {
    app = await startMain();
    const s = fake.module.session.defaultSession;
    let headers: Record<string, string[]> = {};
    s.headersListener!({ url: 'app://s3-planner/index.html', responseHeaders: { 'content-security-policy': ['default-src *'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Security-Policy': [expect.stringContaining("default-src 'none'")] });
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      s.requestListener!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://example.com/track.js')).toBe(true);
    expect(cancelled('app://s3-planner/assets/app.js')).toBe(false);
    let granted: boolean | undefined;
    s.permissionRequest!(null, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(s.permissionCheck!(null, 'clipboard-read')).toBe(false);
    expect(s.devicePermission!()).toBe(false);
    const download = new FakeEvent();
    s.emit('will-download', download, { getFilename: () => 'chart.png' });
    expect(download.defaultPrevented).toBe(true);
    expect(app.logged('warn', 'blocked download of chart.png')).toBe(true);
  });
});

describe('web contents guards', () => {
  it('no navigation (https links go to the browser), no redirects, no <webview>', async () => {
    app = await startMain();
    const wc = app.win().webContents;
    expect(wc.navigate('https://example.com/s3').defaultPrevented).toBe(true);
    expect(wc.navigate('file:///etc/passwd').defaultPrevented).toBe(true);
    expect(fake.state.opened.external).toEqual(['https://example.com/s3']);
    expect(wc.redirect('https://example.com/').defaultPrevented).toBe(true);
    expect(wc.attachWebview().defaultPrevented).toBe(true);
  });

  it('the presenter view is the one window allowed, with the same secure options; others are denied', async () => {
    app = await startMain();
    const wc = app.win().webContents;
    expect(wc.openWindow('https://example.com/')).toBeNull();
    expect(fake.state.opened.external).toEqual(['https://example.com/']);
    expect(wc.openWindow('app://s3-planner/index.html#/settings')).toBeNull();
    const presenter = wc.openWindow('app://s3-planner/index.html#/present/0b9f6a3e-6a43-4c43-9f1b-5d1a4a7e2c11?role=presenter')!;
    expect(presenter).not.toBeNull();
    expect(presenter.options).toMatchObject({ show: true, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    // The new window's contents got the same guards.
    expect(presenter.webContents.navigate('https://example.com/x').defaultPrevented).toBe(true);
    // One display: nothing moves.
    expect(app.win().isFullScreen()).toBe(false);
  });

  it('with a projector: slides full screen there, the presenter view here; closing it puts the window back', async () => {
    app = await startMain({ before: () => (fake.state.displays = [display(1, 0), display(2, 1920, 1280, 720)]) });
    const audience = app.win();
    audience.setBounds({ x: 100, y: 100, width: 1200, height: 800 });
    const presenter = audience.webContents.openWindow('app://s3-planner/index.html#/present/0b9f6a3e-6a43-4c43-9f1b-5d1a4a7e2c11?role=presenter')!;
    expect(audience.isFullScreen()).toBe(true);
    expect(audience.getBounds()).toEqual(display(2, 1920, 1280, 720).bounds);
    expect(presenter.getBounds()).toEqual(display(1, 0).workArea);
    presenter.close();
    expect(audience.isFullScreen()).toBe(false);
    expect(audience.getBounds()).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
  });
});

describe('IPC sender checks', () => {
  it('answers the app’s own top frame; refuses other origins, subframes and gone frames (logged)', async () => {
    app = await startMain();
    const wc = app.win().webContents;
    expect(await fake.invoke(wc, { url: 'app://s3-planner/index.html', parent: null }, 'app.state', {})).toMatchObject({ ok: true });
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://s3-planner/index.html', parent: {} }, null]) {
      expect(await fake.invoke(wc, frame, 'app.state', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
    }
    expect(app.logged('error', 'rpc refused from https://evil.example/')).toBe(true);
    expect(app.logged('error', 'rpc refused from (no frame)')).toBe(true);
    expect(await fake.invoke(wc, { url: 'app://s3-planner/index.html', parent: null }, 42, {})).toEqual({ ok: false, error: { kind: 'unknownChannel', channel: '42' } });
    expect(await app.reply('no.such', {})).toEqual({ ok: false, error: { kind: 'unknownChannel', channel: 'no.such' } });
  });
});

describe('the log', () => {
  it('an internal error leaves its reference, the channel and the cause in the log file', async () => {
    app = await startMain();
    const file = path.join(app.dir, 'Damaged.s3plan');
    await app.call('plan.create', { path: file, fields: planFields });
    // The plan is damaged behind the app's back: a table it needs is gone.
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(file);
    other.exec('PRAGMA foreign_keys = OFF; ALTER TABLE sector RENAME TO sector_gone;');
    other.close();
    const reply = await app.reply('sector.list', {});
    expect(reply).toMatchObject({ ok: false, error: { kind: 'internal', ref: expect.stringMatching(/^[0-9a-f]{8}$/) } });
    const ref = (reply as { error: { ref: string } }).error.ref;
    expect(app.logged('error', `internal error ${ref} on sector.list`)).toBe(true);
    expect(app.readLog()).toMatch(/no such table: sector/);
  });

  it('an error the page caught is logged under the reference the page shows', async () => {
    app = await startMain();
    const stack = 'TypeError: Cannot read properties of null\n    at DashboardScreen (app://s3-planner/assets/index.js:1:2)';
    expect(await app.call('app.logError', { ref: 'c0ffee12', source: 'render', message: 'Cannot read properties of null', stack })).toEqual({ logged: true });
    expect(app.logged('error', 'renderer error c0ffee12 (render): Cannot read properties of null')).toBe(true);
    expect(app.readLog()).toContain('at DashboardScreen (app://s3-planner/assets/index.js:1:2)');
  });
});

describe('the preload bridge', () => {
  it('exposes invoke and onEvent only, wired to the rpc handler and the event channel', async () => {
    app = await startMain();
    vi.resetModules();
    await import('../../electron/preload/index');
    const s3 = fake.exposed.get('s3') as { invoke(c: string, i: unknown): Promise<unknown>; onEvent(l: (e: unknown) => void): () => void };
    expect(Object.keys(s3).sort()).toEqual(['invoke', 'onEvent']);
    expect(await s3.invoke('app.state', {})).toMatchObject({ ok: true, value: { recentFiles: [] } });
    const got: unknown[] = [];
    const off = s3.onEvent((e) => got.push(e));
    fake.rendererListeners.emit('event', {}, { name: 'plan.closed' });
    off();
    fake.rendererListeners.emit('event', {}, { name: 'plan.closed' });
    expect(got).toEqual([{ name: 'plan.closed' }]);
    await settle();
  });
});
