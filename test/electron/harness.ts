import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { electronFake as fake } from '../helpers/electron-fake';
import { tempDir } from '../helpers/core';
import { bundleForNode } from '../helpers/bundle';
import { runApp, type RunningApp } from '../../electron/main/app';
import { nativeBindingPath } from '../../electron/scripts/native-stamp.mjs';
import type { ChannelName, Input, PlanEvent, Result } from '../../shared/contract/channels';
import type { Reply } from '../../shared/contract/errors';

export const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
/** Node's build of better-sqlite3 (what the fake's "Electron" can load in this process). */
const nodeBinding = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

export interface Started {
  running: RunningApp;
  dir: string;
  /** The main window. */
  win(): InstanceType<typeof fake.module.BrowserWindow>;
  /** A call from the main window's page, through the app's IPC handler. */
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<C>>;
  reply(channel: string, input: unknown): Promise<Reply<unknown>>;
  /** Events the main window's page received. */
  events(): PlanEvent[];
  readLog(): string;
  /** Whether the log has a line of this level containing `text`. */
  logged(level: 'info' | 'warn' | 'error', text: string): boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  argv?: string[];
  platform?: NodeJS.Platform;
  packaged?: boolean;
  /** Leave out the Electron build of better-sqlite3 (start-up must say so). */
  withoutBinding?: boolean;
  /** Runs after the fake is reset, before the app starts (answer dialogs, add displays). */
  before?: (dir: string) => void;
  /** Runs once the app is wired, before 'ready' (what the OS may send early, like open-file). */
  beforeReady?: () => void;
  /** The folder of the built main script; out/main serves out/renderer. */
  mainDir?: string;
}

/** Runs the real main process (electron/main/app.ts) against the test double, on a fresh user-data folder. */
export async function startMain(options: StartOptions = {}): Promise<Started> {
  const dir = tempDir('s3-electron-');
  fake.reset(dir);
  fake.module.app.isPackaged = options.packaged ?? false;
  if (!options.withoutBinding) {
    const target = nativeBindingPath(dir, process.versions.electron ?? 'unknown', options.platform ?? 'linux', process.arch);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(nodeBinding, target);
  }
  // Electron sets process.resourcesPath (where an installation keeps resources/native).
  (process as { resourcesPath?: string }).resourcesPath = path.join(dir, 'resources');
  options.before?.(dir);
  const running = runApp({
    mainDir: options.mainDir ?? path.join(root, 'out', 'main'),
    // The core in its worker threads, as the app runs it.
    workerPath: bundleForNode(path.join(root, 'electron', 'core', 'worker', 'entry.ts'), 'core-worker'),
    argv: options.argv ?? ['s3-planner'],
    cwd: dir,
    platform: options.platform ?? 'linux',
    logToConsole: false,
  });
  current = running;
  options.beforeReady?.();
  fake.ready();
  await running.started;
  const win = () => {
    const w = fake.module.BrowserWindow.getAllWindows()[0];
    if (!w) throw new Error('no window');
    return w;
  };
  const frame = () => ({ url: 'app://s3-planner/index.html#/dashboard', parent: null });
  const reply = (channel: string, input: unknown) => fake.invoke(win().webContents, frame(), channel, input) as Promise<Reply<unknown>>;
  return {
    running,
    dir,
    win,
    reply,
    async call(channel, input) {
      const r = await reply(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    events: () => win().webContents.sent.filter((s) => s.channel === 'event').map((s) => s.args[0] as PlanEvent),
    readLog: () => (fs.existsSync(running.log.file) ? fs.readFileSync(running.log.file, 'utf8') : ''),
    logged: (level, text) => {
      const lines = fs.existsSync(running.log.file) ? fs.readFileSync(running.log.file, 'utf8').split('\n') : [];
      return lines.some((l) => new RegExp(`^\\[[^\\]]+\\] \\[${level}\\]\\s`).test(l) && l.includes(text));
    },
    async stop() {
      fake.module.app.quit();
      // The core's threads close the plan before the folder goes.
      await running.core()?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Lets pending promise callbacks (a dialog answer, a dispatch) run. */
export const settle = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
  // The core answers from its threads: wait for it and for the menu's refreshes, then once more.
  await current?.idle();
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
  await current?.idle();
};

/** The app the last startMain() started (settle() waits for it). */
let current: RunningApp | null = null;
