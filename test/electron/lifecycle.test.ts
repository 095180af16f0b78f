// Start-up, plan files handed over by the OS (argv, open-file, second instance), windows and quit.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, electronFake as fake } from '../helpers/electron-fake';
import { planFields } from '../helpers/core';
import { settle, startMain, type Started } from './harness';
import { appSchemePrivileges } from '../../electron/main/app-protocol';

vi.mock('electron', async () => (await import('../helpers/electron-fake')).electronFake.module);

let app: Started | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

/** A real plan file on disk, made by a core of its own. */
async function makePlan(dir: string, name: string): Promise<string> {
  const { createCore } = await import('../../electron/core/dispatch');
  const core = createCore({ userDataDir: path.join(dir, 'maker'), documentsDir: dir, log: () => {} });
  const file = path.join(dir, name);
  const r = await core.dispatch('plan.create', { path: file, fields: { ...planFields, name: name.replace('.s3plan', '') } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  core.close();
  return file;
}

describe('start-up', () => {
  it('registers app:// before ready, sandboxes, opens one secure window on the app page, and logs it', async () => {
    app = await startMain();
    expect(fake.state.schemes).toEqual([appSchemePrivileges]);
    expect(fake.state.sandboxEnabled).toBe(true);
    const win = app.win();
    expect(win.webContents.getURL()).toBe('app://s3-planner/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(win.isVisible()).toBe(true);
    expect(app.logged('info', 'S3 Planner 0.1.0 starting (Electron')).toBe(true);
    expect(app.logged('info', 'started')).toBe(true);
    expect(fake.state.errorBoxes).toEqual([]);
  });

  it('opens a plan named on the command line before the page loads, and logs it', async () => {
    let file = '';
    app = await startMain({
      argv: ['s3-planner', '--some-flag', 'Kymi.s3plan', 'notes.txt'],
      before: (dir) => {
        fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/plan-v2.s3plan'), path.join(dir, 'Kymi.s3plan'));
        file = path.join(dir, 'Kymi.s3plan');
      },
    });
    expect((await app.call('plan.current', {}))?.path).toBe(file);
    expect(app.logged('info', `plan opened: ${file}`)).toBe(true);
    expect((await app.call('plan.current', {}))?.path).toBe(file);
  });

  it('macOS: a file double-clicked before ready (open-file) is opened at start; one after ready too, and the window comes forward', async () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 's3-plans-'));
    const first = await makePlan(dir, 'First.s3plan');
    const second = await makePlan(dir, 'Second.s3plan');
    app = await startMain({
      platform: 'darwin',
      beforeReady: () => {
        const event = new FakeEvent();
        fake.module.app.emit('open-file', event, first);
        expect(event.defaultPrevented).toBe(true);
      },
    });
    expect((await app.call('plan.current', {}))?.path).toBe(first);
    app.win().minimize();
    fake.module.app.emit('open-file', new FakeEvent(), second);
    await settle();
    expect((await app.call('plan.current', {}))?.path).toBe(second);
    expect(app.win().isMinimized()).toBe(false);
    expect(fake.module.BrowserWindow.getFocusedWindow()).toBe(app.win());
    expect(app.events()).toContainEqual({ name: 'plan.opened', path: second });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file the OS hands over that is not a plan is left alone, the page is asked to show why, and the log says so', async () => {
    app = await startMain();
    const notAPlan = path.join(app.dir, 'notes.s3plan');
    fs.writeFileSync(notAPlan, 'just text');
    fake.module.app.emit('open-file', new FakeEvent(), notAPlan);
    await settle();
    expect(fs.readFileSync(notAPlan, 'utf8')).toBe('just text');
    expect(app.events()).toContainEqual({ name: 'command', id: 'file.openRecent', arg: notAPlan });
    expect(app.readLog()).toContain(`could not open ${notAPlan} handed over by the system: file`);
  });

  it('Windows/Linux: a second instance hands its command line over; the plan opens in this one', async () => {
    app = await startMain({ platform: 'win32' });
    const file = await makePlan(app.dir, 'Handed.s3plan');
    app.win().minimize();
    fake.module.app.emit('second-instance', new FakeEvent(), ['S3 Planner.exe', 'Handed.s3plan'], app.dir);
    await settle();
    expect((await app.call('plan.current', {}))?.path).toBe(file);
    expect(app.win().isMinimized()).toBe(false);
    expect(fake.module.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('without the single-instance lock it quits at once and opens nothing', async () => {
    app = await startMain({ before: () => (fake.state.singleInstance = false) });
    expect(app.running.primary).toBe(false);
    expect(fake.state.quitCalls).toBe(1);
    expect(fake.module.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(fake.state.ipcHandlers.size).toBe(0);
    expect(app.readLog()).toContain('another instance is running');
  });
});

describe('windows and quitting', () => {
  it('saves the window size on close and restores it (maximized) at the next start', async () => {
    app = await startMain();
    const win = app.win();
    win.setBounds({ width: 1400, height: 900 });
    win.maximize();
    win.close();
    await settle(); // the core writes app state in its own thread, before it closes
    const saved = JSON.parse(fs.readFileSync(path.join(fake.userData, 'app-state.json'), 'utf8')) as { window: unknown };
    expect(saved.window).toEqual({ width: 1400, height: 900, maximized: true });
    // Linux: the last window closed quits the app.
    expect(fake.state.quitCalls).toBe(1);
    expect(app.logged('info', 'quit')).toBe(true);
  });

  it('restores a saved window size', async () => {
    app = await startMain({
      before: () => fs.writeFileSync(path.join(fake.userData, 'app-state.json'), JSON.stringify({ language: null, recentFiles: [], window: { width: 1500, height: 950, maximized: true }, exampleCreated: false })),
    });
    expect(app.win().options).toMatchObject({ width: 1500, height: 950 });
    expect(app.win().isMaximized()).toBe(true);
  });

  it('macOS: closing the last window keeps the app; activate or a menu command opens a new one', async () => {
    app = await startMain({ platform: 'darwin' });
    app.win().close();
    expect(fake.state.quitCalls).toBe(0);
    fake.module.app.emit('activate');
    expect(fake.module.BrowserWindow.getAllWindows()).toHaveLength(1);
    app.win().close();
    // A menu command with no window: a window opens and the command reaches its page once loaded.
    fake.click('file.open');
    await settle();
    const win = app.win();
    expect(win.webContents.sent.map((s) => s.args[0])).toContainEqual({ name: 'command', id: 'file.open' });
  });

  it('quitting closes the plan (the core lets go of the file)', async () => {
    app = await startMain();
    const file = await makePlan(app.dir, 'Open.s3plan');
    await app.call('plan.open', { path: file });
    fake.module.app.quit();
    await settle();
    await app.running.core()!.close();
    expect(app.logged('info', 'plan closed')).toBe(true);
    // The file is free: another connection takes its write lock at once.
    const other = new Database(file, { timeout: 0 });
    other.exec('BEGIN EXCLUSIVE; ROLLBACK');
    other.close();
  });

  it('a crashed page is logged', async () => {
    app = await startMain();
    app.win().webContents.crash('oom');
    expect(app.readLog()).toContain('renderer gone: oom (exit code 139)');
  });
});

describe('the Electron build of better-sqlite3', () => {
  it('missing when unpackaged: says how to build it, in a dialog and the log, and the app still starts', async () => {
    app = await startMain({ withoutBinding: true });
    expect(fake.state.errorBoxes).toEqual([{ title: 'S3 Planner', content: 'better-sqlite3 for Electron is missing. Run: node electron/scripts/electron-native.mjs' }]);
    expect(app.readLog()).toContain('better-sqlite3 for Electron is missing');
  });

  it('missing from an installation: asks to reinstall', async () => {
    app = await startMain({ withoutBinding: true, packaged: true });
    expect(fake.state.errorBoxes[0]!.content).toContain('Please reinstall S3 Planner');
    expect(app.win().options.webPreferences).toMatchObject({ devTools: false });
  });
});

describe('a failed start', () => {
  it('shows the reason, logs it and exits with 1', async () => {
    app = await startMain({ before: () => fake.module.ipcMain.handle('rpc', () => null) });
    expect(fake.state.errorBoxes.at(-1)!.content).toMatch(/^Failed to start: Attempted to register a second handler for 'rpc'/);
    expect(fake.state.exitCodes).toEqual([1]);
    expect(app.logged('error', 'S3 Planner failed to start')).toBe(true);
  });
});

describe('index.ts', () => {
  it('runs the app from the built layout with the process command line', async () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 's3-index-'));
    fake.reset(dir);
    vi.resetModules();
    await import('../../electron/main/index');
    fake.ready();
    await vi.waitFor(() => expect(fake.module.BrowserWindow.getAllWindows()).toHaveLength(1));
    const win = fake.module.BrowserWindow.getAllWindows()[0]!;
    expect(String((win.options.webPreferences as { preload: string }).preload)).toBe(path.resolve(import.meta.dirname, '../../electron/preload/index.cjs'));
    fake.module.app.quit();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
