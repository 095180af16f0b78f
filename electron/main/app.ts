// Electron main process: lifecycle and wiring only. Business logic lives in the core; every
// decision that matters for security lives in pure modules next to this file. index.ts calls
// runApp with the built layout; tests call it with Electron replaced by a test double.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { createThreadedCore, type ThreadedCore } from '../core/worker/threaded-core';
import type { AppState } from '../../shared/schemas/app';
import type { PlanEvent } from '../../shared/contract/channels';
import type { HistoryState } from '../../shared/schemas/history';
import { appCommands } from '../../shared/shell/commands';
import { appSchemePrivileges, registerAppProtocol } from './app-protocol';
import { pickPathHandler, type DialogOptions, type FolderMemory } from './dialogs';
import { reportExportHandler } from './report';
import { SaveGrants } from './save-grants';
import { clientOf, dispatchAs, registerIpc, sendEvent } from './ipc';
import { locales, pickLanguage, translator } from './labels';
import { createLog, type AppLog } from './log';
import { menuTemplate, type CommandEvent } from './menu';
import { findNativeBinding } from './native-binding';
import { planFilesFromArgv } from './plan-files';
import { appOrigin, applyContentsSecurity, applySessionSecurity, type SecurityOptions } from './security';
import { windowOptions } from './window-options';
import { placePresentation } from './presenter';

export interface RunOptions {
  /** The folder of the built main script (out/main): preload and renderer sit beside it. */
  mainDir: string;
  argv?: readonly string[];
  cwd?: string;
  platform?: NodeJS.Platform;
  /** Warnings and errors on stderr too (off in tests, which read the log file). */
  logToConsole?: boolean;
  /** The core's worker (default: core-worker.js beside the main script). */
  workerPath?: string;
}

export interface RunningApp {
  /** Settles once start-up finished (or failed and the app exited). */
  started: Promise<void>;
  /** False when another instance holds the lock: this one quits at once. */
  primary: boolean;
  core(): ThreadedCore | null;
  /** Settles when the core and the menu's own refreshes are done (for tests). */
  idle(): Promise<void>;
  log: AppLog;
}

export function runApp(options: RunOptions): RunningApp {
  const argv = options.argv ?? process.argv;
  const platform = options.platform ?? process.platform;
  // electron-vite sets this for `dev` only; a packaged app ignores it.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const rendererOrigin = devServerUrl ?? appOrigin;
  const pageUrl = () => devServerUrl ?? `${appOrigin}/index.html`;
  const preloadPath = path.join(options.mainDir, '../preload/index.cjs');
  const rendererDir = path.join(options.mainDir, '../renderer');
  const log = createLog(app.getPath('userData'), { console: options.logToConsole ?? true });
  const security: SecurityOptions = {
    rendererOrigin,
    ...(devServerUrl ? { devServerUrl } : {}),
    openExternal: (url) => void shell.openExternal(url),
    // The presenter view: the same secure options as the main window.
    presenterWindow: () => ({
      ...windowOptions({ preloadPath, theme: nativeTheme.shouldUseDarkColors ? 'dark' : 'light', saved: null, dev: !app.isPackaged, platform }),
      show: true,
    }),
    onBlocked: (what) => log.warn(`blocked ${what}`),
  };

  // Both must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  app.enableSandbox();

  // The core runs in worker threads: this process only relays, so menus, window moves and
  // replies stay live while a long command writes.
  let core: ThreadedCore | null = null;
  /** App state as the core last reported it (language, recent files, window, folders). */
  let appState: AppState | null = null;
  async function refreshAppState(): Promise<void> {
    const reply = core ? await core.dispatch('app.state', {}) : null;
    if (reply?.ok) appState = reply.value as AppState;
  }
  /** Work this process started on its own (menu refreshes): idle() waits for it. */
  const background = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    background.add(work);
    void work.finally(() => background.delete(work));
  };
  async function idle(): Promise<void> {
    while (background.size || core) {
      await core?.idle();
      if (!background.size) return;
      await Promise.allSettled([...background]);
    }
  }
  let win: BrowserWindow | null = null;
  let rendererReady = false;
  /** Set once the first window exists: later menu commands may open a new one (macOS). */
  let started = false;
  let quitting = false;
  /** Files the OS handed us before the core existed (macOS sends open-file before 'ready'). */
  const pendingFiles = planFilesFromArgv(argv, options.cwd ?? process.cwd());
  /** Menu commands chosen while no page was listening (macOS, no window open). */
  const pendingCommands: CommandEvent[] = [];

  const language = () => pickLanguage(appState?.language ?? null, app.getPreferredSystemLanguages());
  const t = () => translator(locales[language()]);

  function deliver(event: PlanEvent): void {
    if (event.name === 'command' && event.id === 'help.showLog') {
      // The main process's own command: the folder with main.log in the file manager.
      void shell.openPath(log.dir);
      return;
    }
    if (event.name === 'command' && (!win || !rendererReady)) {
      pendingCommands.push(event);
      if (!win && started) createWindow();
      return;
    }
    // Menu commands go to the main window; plan events to every window (the presenter view too).
    if (event.name === 'command') sendEvent(win?.webContents, event);
    else for (const w of BrowserWindow.getAllWindows()) sendEvent(w.webContents, event);
  }

  /** The focused window's history for Edit → Undo/Redo, or null when no plan is open. */
  let history: HistoryState | null = null;

  async function refreshHistory(): Promise<void> {
    const focused = BrowserWindow.getFocusedWindow() ?? win;
    const reply = core ? await dispatchAs(core, 'history.state', {}, clientOf(focused?.webContents)) : null;
    history = reply?.ok ? (reply.value as HistoryState) : null;
    rebuildMenu();
  }

  function rebuildMenu(): void {
    if (quitting) return;
    const recent = appState?.recentFiles ?? [];
    const template = menuTemplate(appCommands, locales[language()], recent, platform, {
      send: deliver,
      appName: app.name,
      dev: !app.isPackaged,
      history,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function saveWindowState(w: BrowserWindow): void {
    const { width, height } = w.getNormalBounds();
    try {
      const window = { width, height, maximized: w.isMaximized() };
      if (appState) appState = { ...appState, window };
      void core?.dispatch('app.remember', { window });
    } catch (e) {
      log.error('could not save the window size', e);
    }
  }

  function createWindow(): void {
    const saved = appState?.window ?? null;
    const w = new BrowserWindow(
      windowOptions({
        preloadPath,
        theme: nativeTheme.shouldUseDarkColors ? 'dark' : 'light',
        saved,
        workArea: screen.getPrimaryDisplay().workAreaSize,
        dev: !app.isPackaged,
        platform,
      }),
    );
    win = w;
    rendererReady = false;
    w.once('ready-to-show', () => {
      if (saved?.maximized) w.maximize();
      w.show();
    });
    w.webContents.on('did-finish-load', () => {
      rendererReady = true;
      for (const event of pendingCommands.splice(0)) sendEvent(w.webContents, event);
    });
    w.webContents.on('did-start-loading', () => (rendererReady = false));
    w.webContents.on('render-process-gone', (_e, details) => log.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`));
    w.on('close', () => saveWindowState(w));
    w.webContents.on('did-create-window', (presenter) => placePresentation(w, presenter));
    w.on('closed', () => {
      if (win === w) win = null;
    });
    // The window title follows the renderer's document.title (Electron's default).
    void w.loadURL(pageUrl());
  }

  function focusWindow(): void {
    if (!started) return; // start() creates the first window
    if (!win) return createWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  }

  /**
   * Opens a file the OS gave us. On failure (refused, missing), the renderer is asked to open it
   * through its own flow, which shows the translated error; the core left the file untouched.
   */
  async function openPlanFile(file: string): Promise<void> {
    if (!core) return void pendingFiles.push(file);
    const reply = await core.dispatch('plan.open', { path: file });
    if (!reply.ok) {
      log.warn(`could not open ${file} handed over by the system: ${reply.error.kind}`);
      deliver({ name: 'command', id: 'file.openRecent', arg: file });
    }
  }

  function nativeBinding(): string | undefined {
    const found = findNativeBinding(
      {
        isPackaged: app.isPackaged,
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
        electronVersion: process.versions.electron ?? 'unknown',
        platform,
        arch: process.arch,
      },
      (file) => fs.existsSync(file),
    );
    if (!found) {
      const message = app.isPackaged
        ? 'The SQLite module is missing from this installation (resources/native/better_sqlite3.node). Please reinstall S3 Planner.'
        : 'better-sqlite3 for Electron is missing. Run: node electron/scripts/electron-native.mjs';
      log.error(message);
      dialog.showErrorBox('S3 Planner', message);
    }
    return found;
  }

  /** Files the Save dialog gave: the only ones an export may replace. */
  const grants = new SaveGrants();
  /** The open plan (from the core's events): the PDF export never writes over it. */
  let openPlan: string | null = null;

  /** Folders last used per dialog purpose, in app state (user-data folder). */
  const folders: FolderMemory = {
    get: (purpose) => appState?.folders[purpose],
    remember: (purpose, file) => {
      const folders = { ...appState?.folders, [purpose]: path.dirname(file) };
      if (appState) appState = { ...appState, folders };
      void core?.dispatch('app.remember', { folders });
    },
  };

  async function start(): Promise<void> {
    await app.whenReady();
    log.info(`S3 Planner ${app.getVersion()} starting (Electron ${process.versions.electron ?? '?'}, ${platform} ${process.arch}${app.isPackaged ? '' : ', unpackaged'})`);
    applySessionSecurity(session.defaultSession, security);
    if (!devServerUrl) registerAppProtocol(protocol, rendererDir);

    const binding = nativeBinding();
    const dialogs: DialogOptions = { window: () => win, documentsDir: app.getPath('documents'), t, folders, grants };
    core = createThreadedCore({
      workerPath: options.workerPath ?? path.join(options.mainDir, 'core-worker.js'),
      userDataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      ...(binding ? { nativeBinding: binding } : {}),
      log: (message, error) => log.error(message, error),
      emit: (event) => {
        if (event.name === 'plan.opened') log.info(`plan opened: ${event.path}`);
        if (event.name === 'plan.closed') log.info('plan closed');
        if (event.name === 'plan.opened' || event.name === 'plan.closed') openPlan = event.name === 'plan.opened' ? event.path : null;
        deliver(event);
        // Opening or closing a plan changes the recent list the File menu shows,
        // and every change changes what Edit → Undo would undo.
        if (event.name === 'plan.opened' || event.name === 'plan.closed') track(refreshAppState().then(refreshHistory));
        else if (event.name === 'plan.changed') track(refreshHistory());
      },
      hostHandlers: {
        'host.pickPath': pickPathHandler(dialogs),
        'report.exportPdf': reportExportHandler({ dialogs, preloadPath, pageUrl, send: deliver, openPlan: () => openPlan }),
      },
    });
    registerIpc(ipcMain, core, {
      rendererOrigin,
      log: (message, error) => log.error(message, error),
      onCall: (channel, ms) => log.call(channel, ms),
      guardInput: (channel, input) => grants.guard(channel, input),
      onReply: (channel, reply) => {
        if (channel === 'app.setLanguage' && reply.ok) {
          appState = reply.value as AppState;
          rebuildMenu();
        }
      },
    });
    await refreshAppState();
    rebuildMenu();
    // Opened before the page loads, so the renderer's plan.resume finds them already open.
    for (const file of pendingFiles.splice(0)) await openPlanFile(file);
    createWindow();
    started = true;
    log.info('started');
  }

  // Edit → Undo/Redo follow the focused window's history (the presenter view's too).
  app.on('browser-window-focus', () => track(refreshHistory()));
  // Guards for every web contents, including any created later (DevTools, a future window).
  app.on('web-contents-created', (_event, contents) => applyContentsSecurity(contents, security));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    log.info(`open-file ${file}`);
    void openPlanFile(file).then(focusWindow);
  });

  if (!app.requestSingleInstanceLock()) {
    // Another instance is running; it receives our argv through 'second-instance'.
    log.info('another instance is running: handing the command line over and quitting');
    app.quit();
    return { started: Promise.resolve(), primary: false, core: () => core, idle, log };
  }
  app.on('second-instance', (_event, secondArgv, workingDirectory) => {
    focusWindow();
    for (const file of planFilesFromArgv(secondArgv, workingDirectory)) void openPlanFile(file);
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    quitting = true;
    void core?.close();
    log.info('quit');
  });
  const done = start().catch((e: unknown) => {
    log.error('S3 Planner failed to start', e);
    dialog.showErrorBox('S3 Planner', `Failed to start: ${e instanceof Error ? e.message : String(e)}`);
    app.exit(1);
  });
  return { started: done, primary: true, core: () => core, idle, log };
}
