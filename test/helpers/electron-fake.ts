/**
 * A test double of the parts of `electron` the main process uses, injected with
 * `vi.mock('electron', () => fake.module)`. It keeps Electron's shapes and event order
 * (ready → windows; web-contents-created for every contents; close → closed; a preventable
 * will-navigate), records what the app asked of the OS (dialogs, menus, shell), and lets a
 * test answer dialogs and fire the OS's events (open-file, second-instance).
 *
 * A window's page is inert by default: loadURL finishes at once and nothing runs. With a
 * Chromium browser attached (`useChromium`), each window is a real page in Debian's Chromium
 * driven by playwright-core: app:// is served through the protocol handler the app registered,
 * `window.s3` is the preload's bridge wired to the app's ipcMain handler (with the frame URL
 * as Electron would report it), `webContents.send` reaches the page's listeners,
 * `executeJavaScript` evaluates in the page and `printToPDF` is Chromium's own print to PDF
 * (`page.pdf`), the same engine Electron's printToPDF uses.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

type Listener = (...args: never[]) => unknown;

/** An Electron event: preventDefault() is remembered. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
  workAreaSize: { width: number; height: number };
}

export const display = (id: number, x: number, width = 1920, height = 1080): FakeDisplay => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
  workAreaSize: { width, height: height - 40 },
});

/** The page's origin in Chromium for the app's app://s3-planner (Chromium navigates only to web schemes). */
const WEB_ORIGIN = 'https://s3-planner.test';
const APP_ORIGIN = 'app://s3-planner';
export const toWeb = (url: string) => (url.startsWith(APP_ORIGIN) ? WEB_ORIGIN + url.slice(APP_ORIGIN.length) : url);
export const toApp = (url: string) => (url.startsWith(WEB_ORIGIN) ? APP_ORIGIN + url.slice(WEB_ORIGIN.length) : url);

export interface PrintToPdfOptions {
  pageSize?: string;
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
  printBackground?: boolean;
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
}

export function createElectronFake() {
  let nextContentsId = 1;
  let userData = '';
  let documents = '';
  let appPath = '';
  let readyResolve: () => void = () => {};
  let readyPromise: Promise<void> = Promise.resolve();
  let browser: Browser | null = null;

  const state = {
    windows: [] as FakeBrowserWindow[],
    focused: null as FakeBrowserWindow | null,
    applicationMenu: null as FakeMenu | null,
    dialogCalls: [] as { kind: 'open' | 'save' | 'message'; parent: FakeBrowserWindow | null; options: Record<string, unknown> }[],
    dialogAnswers: [] as ({ canceled: boolean; filePath?: string; filePaths?: string[] })[],
    /** Buttons pressed in message boxes, in order (index into the box's buttons). */
    messageAnswers: [] as number[],
    errorBoxes: [] as { title: string; content: string }[],
    opened: { external: [] as string[], paths: [] as string[] },
    quitCalls: 0,
    exitCodes: [] as number[],
    singleInstance: true,
    displays: [display(1, 0)],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    sandboxEnabled: false,
    pages: [] as Page[],
  };

  class FakeWebContents extends EventEmitter {
    readonly id = nextContentsId++;
    url = '';
    destroyed = false;
    sent: { channel: string; args: unknown[] }[] = [];
    windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny'; overrideBrowserWindowOptions?: Record<string, unknown> }) | null = null;
    page: Page | null = null;
    private context: BrowserContext | null = null;

    constructor(readonly owner: FakeBrowserWindow) {
      super();
    }

    isDestroyed() {
      return this.destroyed;
    }
    getURL() {
      return this.url;
    }
    setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, ...args: unknown[]) {
      if (this.destroyed) throw new Error('Object has been destroyed');
      this.sent.push({ channel, args });
      if (this.page && channel === 'event') void this.page.evaluate((e) => (globalThis as unknown as { __s3deliver(e: unknown): void }).__s3deliver(e), args[0]).catch(() => {});
    }

    /** Settles when the last loadURL finished (the app does not wait for it; a test may). */
    loading: Promise<void> = Promise.resolve();

    loadURL(url: string): Promise<void> {
      this.url = url;
      this.emit('did-start-loading');
      this.loading = (async () => {
        if (browser) await this.loadInChromium(browser, url);
        this.emit('did-finish-load');
        this.owner.emit('ready-to-show');
      })();
      return this.loading;
    }

    private async loadInChromium(b: Browser, url: string) {
      this.context ??= await b.newContext({ viewport: { width: this.owner.options.width ?? 1280, height: this.owner.options.height ?? 800 }, locale: 'en-GB' });
      const page = (this.page ??= await this.context.newPage());
      state.pages.push(page);
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await this.context.route(`${WEB_ORIGIN}/**`, async (route) => {
        const handler = state.protocolHandlers.get('app');
        if (!handler) return route.abort();
        const res = await handler(new Request(toApp(route.request().url())));
        await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
      });
      // The preload's bridge (electron/preload/index.ts): invoke → ipcMain 'rpc', events ← send('event').
      await page.exposeBinding('__s3invoke', async (_source, channel: unknown, input: unknown) => {
        const handler = state.ipcHandlers.get('rpc');
        if (!handler) throw new Error('no rpc handler registered');
        const event = { sender: this, senderFrame: { url: toApp(page.url()), parent: null } };
        return handler(event, channel, input);
      });
      await page.addInitScript(() => {
        const listeners = new Set<(e: unknown) => void>();
        const g = globalThis as unknown as Record<string, unknown>;
        g.__s3deliver = (e: unknown) => listeners.forEach((l) => l(e));
        g.s3 = {
          invoke: (channel: string, input: unknown) => (g.__s3invoke as (c: string, i: unknown) => Promise<unknown>)(channel, input),
          onEvent: (listener: (e: unknown) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        };
      });
      await page.goto(toWeb(url));
    }

    async executeJavaScript(code: string, _userGesture?: boolean): Promise<unknown> {
      if (!this.page) throw new Error('executeJavaScript needs a page (useChromium)');
      return this.page.evaluate(code);
    }

    /** Electron's printToPDF (margins in inches) as Chromium's page.pdf. */
    async printToPDF(options: PrintToPdfOptions): Promise<Buffer> {
      if (!this.page) throw new Error('printToPDF needs a page (useChromium)');
      const inches = (n: number | undefined) => `${n ?? 0.4}in`;
      return this.page.pdf({
        format: options.pageSize ?? 'Letter',
        margin: { top: inches(options.margins?.top), bottom: inches(options.margins?.bottom), left: inches(options.margins?.left), right: inches(options.margins?.right) },
        printBackground: options.printBackground ?? false,
        displayHeaderFooter: options.displayHeaderFooter ?? false,
        headerTemplate: options.headerTemplate ?? '',
        footerTemplate: options.footerTemplate ?? '',
        tagged: options.generateTaggedPDF ?? false,
        outline: options.generateDocumentOutline ?? false,
      });
    }

    /** What Electron does when the page tries to navigate: will-navigate, which the app may prevent. */
    navigate(url: string): FakeEvent {
      const event = new FakeEvent();
      this.emit('will-navigate', event, url);
      return event;
    }
    redirect(url: string): FakeEvent {
      const event = new FakeEvent();
      this.emit('will-redirect', event, url);
      return event;
    }
    attachWebview(): FakeEvent {
      const event = new FakeEvent();
      this.emit('will-attach-webview', event, {}, {});
      return event;
    }

    /** window.open from the page: the app's handler decides; an allowed window is created like Electron does. */
    openWindow(url: string): FakeBrowserWindow | null {
      const decision = this.windowOpenHandler?.({ url }) ?? { action: 'allow' as const };
      if (decision.action !== 'allow') return null;
      const child = new FakeBrowserWindow(decision.overrideBrowserWindowOptions ?? {});
      this.emit('did-create-window', child, { url });
      void child.loadURL(url);
      return child;
    }

    crash(reason = 'crashed') {
      this.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 139 });
    }

    async destroy() {
      this.destroyed = true;
      await this.context?.close().catch(() => {});
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows() {
      return state.windows.filter((w) => !w.destroyed);
    }
    static getFocusedWindow() {
      return state.focused && !state.focused.destroyed ? state.focused : null;
    }
    static fromWebContents(contents: FakeWebContents) {
      return state.windows.find((w) => w.webContents === contents) ?? null;
    }

    readonly webContents: FakeWebContents;
    destroyed = false;
    visible = false;
    minimized = false;
    maximized = false;
    fullScreen = false;
    bounds: Rect;

    constructor(readonly options: Record<string, unknown> & { width?: number; height?: number; show?: boolean } = {}) {
      super();
      this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 };
      this.visible = options.show !== false;
      this.webContents = new FakeWebContents(this);
      state.windows.push(this);
      module.app.emit('browser-window-created', new FakeEvent(), this);
      module.app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }

    loadURL(url: string) {
      return this.webContents.loadURL(url);
    }
    show() {
      this.visible = true;
      this.focus();
    }
    isVisible() {
      return this.visible;
    }
    focus() {
      if (state.focused !== this) {
        const before = state.focused;
        state.focused = this;
        before?.emit('blur');
        this.emit('focus');
        module.app.emit('browser-window-focus', new FakeEvent(), this);
      }
    }
    minimize() {
      this.minimized = true;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getBounds() {
      return { ...this.bounds };
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    setBounds(bounds: Partial<Rect>) {
      this.bounds = { ...this.bounds, ...bounds };
    }
    setFullScreen(on: boolean) {
      this.fullScreen = on;
    }
    isFullScreen() {
      return this.fullScreen;
    }
    isDestroyed() {
      return this.destroyed;
    }
    /** Like Electron: 'close' (preventable), then 'closed'; the last window closing fires window-all-closed. */
    close() {
      const event = new FakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      void this.webContents.destroy();
      if (state.focused === this) state.focused = null;
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) module.app.emit('window-all-closed');
    }
  }

  interface MenuItem {
    id?: string;
    label?: string;
    role?: string;
    type?: string;
    enabled?: boolean;
    accelerator?: string;
    click?: () => void;
    submenu?: MenuItem[];
  }

  class FakeMenu {
    constructor(readonly items: MenuItem[]) {}
    static buildFromTemplate(template: MenuItem[]) {
      return new FakeMenu(template);
    }
    static setApplicationMenu(menu: FakeMenu | null) {
      state.applicationMenu = menu;
    }
    static getApplicationMenu() {
      return state.applicationMenu;
    }
    /** Every item, depth first. */
    all(items: MenuItem[] = this.items): MenuItem[] {
      return items.flatMap((i) => [i, ...(i.submenu ? this.all(i.submenu) : [])]);
    }
    getMenuItemById(id: string) {
      return this.all().find((i) => i.id === id) ?? null;
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    name: 'S3 Planner',
    getVersion: () => '0.1.0',
    getName: () => 'S3 Planner',
    getPath(name: string) {
      if (name === 'userData') return userData;
      if (name === 'documents') return documents;
      if (name === 'temp') return os.tmpdir();
      throw new Error(`getPath(${name}) is not in the fake`);
    },
    getAppPath: () => appPath,
    preferredLanguages: ['en-GB'] as string[],
    getPreferredSystemLanguages() {
      return app.preferredLanguages;
    },
    enableSandbox() {
      state.sandboxEnabled = true;
    },
    whenReady: () => readyPromise,
    requestSingleInstanceLock: () => state.singleInstance,
    quit() {
      state.quitCalls++;
      const event = new FakeEvent();
      app.emit('before-quit', event);
      if (event.defaultPrevented) return;
      app.emit('will-quit', new FakeEvent());
      app.emit('quit');
    },
    exit(code = 0) {
      state.exitCodes.push(code);
    },
  });

  const dialog = {
    async showOpenDialog(...args: unknown[]) {
      const [parent, options] = args.length === 2 ? args : [null, args[0]];
      state.dialogCalls.push({ kind: 'open', parent: parent as FakeBrowserWindow | null, options: options as Record<string, unknown> });
      return state.dialogAnswers.shift() ?? { canceled: true, filePaths: [] };
    },
    async showSaveDialog(...args: unknown[]) {
      const [parent, options] = args.length === 2 ? args : [null, args[0]];
      state.dialogCalls.push({ kind: 'save', parent: parent as FakeBrowserWindow | null, options: options as Record<string, unknown> });
      return state.dialogAnswers.shift() ?? { canceled: true };
    },
    async showMessageBox(...args: unknown[]) {
      const [parent, options] = args.length === 2 ? args : [null, args[0]];
      state.dialogCalls.push({ kind: 'message', parent: parent as FakeBrowserWindow | null, options: options as Record<string, unknown> });
      // Unanswered: the cancel button (the safe choice).
      return { response: state.messageAnswers.shift() ?? (options as { cancelId?: number }).cancelId ?? 1, checkboxChecked: false };
    },
    showErrorBox(title: string, content: string) {
      state.errorBoxes.push({ title, content });
    },
  };

  const ipcMain = {
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
      if (state.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      state.ipcHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      state.ipcHandlers.delete(channel);
    },
  };

  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (readyFired) throw new Error('registerSchemesAsPrivileged must be called before app ready');
      state.schemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      state.protocolHandlers.set(scheme, handler);
    },
  };

  type HeadersListener = (details: { url: string; responseHeaders: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
  type RequestListener = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
  interface SessionFake extends EventEmitter {
    headersListener: HeadersListener | null;
    requestListener: RequestListener | null;
    permissionRequest: ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) | null;
    permissionCheck: ((wc: unknown, permission: string) => boolean) | null;
    devicePermission: (() => boolean) | null;
    webRequest: { onHeadersReceived(l: HeadersListener): void; onBeforeRequest(l: RequestListener): void };
    setPermissionRequestHandler(h: NonNullable<SessionFake['permissionRequest']>): void;
    setPermissionCheckHandler(h: NonNullable<SessionFake['permissionCheck']>): void;
    setDevicePermissionHandler(h: NonNullable<SessionFake['devicePermission']>): void;
  }
  const defaultSession: SessionFake = Object.assign(new EventEmitter(), {
    headersListener: null as HeadersListener | null,
    requestListener: null as RequestListener | null,
    permissionRequest: null as ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) | null,
    permissionCheck: null as ((wc: unknown, permission: string) => boolean) | null,
    devicePermission: null as (() => boolean) | null,
    webRequest: {
      onHeadersReceived(listener: HeadersListener) {
        defaultSession.headersListener = listener;
      },
      onBeforeRequest(listener: RequestListener) {
        defaultSession.requestListener = listener;
      },
    },
    setPermissionRequestHandler(h: NonNullable<SessionFake['permissionRequest']>) {
      defaultSession.permissionRequest = h;
    },
    setPermissionCheckHandler(h: NonNullable<SessionFake['permissionCheck']>) {
      defaultSession.permissionCheck = h;
    },
    setDevicePermissionHandler(h: NonNullable<SessionFake['devicePermission']>) {
      defaultSession.devicePermission = h;
    },
  });

  const shell = {
    async openExternal(url: string) {
      state.opened.external.push(url);
    },
    async openPath(file: string) {
      state.opened.paths.push(file);
      return '';
    },
  };

  const screen = {
    getPrimaryDisplay: () => state.displays[0]!,
    getAllDisplays: () => state.displays,
    getDisplayMatching(rect: Rect) {
      const cx = rect.x + rect.width / 2;
      return state.displays.find((d) => cx >= d.bounds.x && cx < d.bounds.x + d.bounds.width) ?? state.displays[0]!;
    },
  };

  const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

  // The preload's side (electron/preload/index.ts): what it exposes, and ipcRenderer into ipcMain.
  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      exposed.set(key, api);
    },
  };
  const rendererListeners = new EventEmitter();
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]) {
      const handler = state.ipcHandlers.get(channel);
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return Promise.resolve(handler({ sender: { id: 0 }, senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } }, ...args));
    },
    on: (channel: string, listener: Listener) => rendererListeners.on(channel, listener as never),
    removeListener: (channel: string, listener: Listener) => rendererListeners.removeListener(channel, listener as never),
  };

  const module = { app, BrowserWindow: FakeBrowserWindow, Menu: FakeMenu, dialog, ipcMain, protocol, session: { defaultSession }, shell, screen, nativeTheme, contextBridge, ipcRenderer };
  let readyFired = false;

  const fake = {
    module,
    state,
    exposed,
    rendererListeners,
    get userData() {
      return userData;
    },
    get documents() {
      return documents;
    },
    /** A fresh Electron: new folders, no windows, nothing registered. Call before each run of the app. */
    reset(root: string) {
      // The previous run's listeners go first: closing its windows must not reach it.
      app.removeAllListeners();
      for (const w of state.windows) w.destroy();
      Object.assign(state, {
        windows: [], focused: null, applicationMenu: null, dialogCalls: [], dialogAnswers: [], messageAnswers: [], errorBoxes: [],
        opened: { external: [], paths: [] }, quitCalls: 0, exitCodes: [], singleInstance: true, displays: [display(1, 0)],
        schemes: [], protocolHandlers: new Map(), ipcHandlers: new Map(), sandboxEnabled: false, pages: [],
      });
      app.removeAllListeners();
      defaultSession.removeAllListeners();
      Object.assign(defaultSession, { headersListener: null, requestListener: null, permissionRequest: null, permissionCheck: null, devicePermission: null });
      app.isPackaged = false;
      app.preferredLanguages = ['en-GB'];
      nativeTheme.shouldUseDarkColors = false;
      exposed.clear();
      userData = path.join(root, 'user-data');
      documents = path.join(root, 'documents');
      appPath = root;
      fs.mkdirSync(userData, { recursive: true });
      fs.mkdirSync(documents, { recursive: true });
      readyFired = false;
      readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
    },
    /** The OS finished launching the app: 'ready' fires and whenReady resolves. */
    ready() {
      readyFired = true;
      app.emit('ready', new FakeEvent(), {});
      readyResolve();
    },
    useChromium(b: Browser | null) {
      browser = b;
    },
    /** The next native dialog's answer (a path, or null for Cancel). */
    /** The button the next message box gets pressed (0: the first, e.g. Replace). */
    answerMessage(response: number) {
      state.messageAnswers.push(response);
    },
    answerDialog(file: string | null) {
      state.dialogAnswers.push(file === null ? { canceled: true, filePaths: [] } : { canceled: false, filePath: file, filePaths: [file] });
    },
    lastDialog() {
      const call = state.dialogCalls.at(-1);
      if (!call) throw new Error('no dialog was shown');
      return call;
    },
    menu(): FakeMenu {
      if (!state.applicationMenu) throw new Error('no application menu');
      return state.applicationMenu;
    },
    /** Clicks a menu item by id, as the user would. */
    click(id: string) {
      const item = fake.menu().getMenuItemById(id);
      if (!item?.click) throw new Error(`no clickable menu item ${id}`);
      if (item.enabled === false) throw new Error(`menu item ${id} is disabled`);
      item.click();
    },
    /** An IPC call as a page would send it: sender and frame as Electron reports them. */
    invoke(contents: { id: number }, frame: { url: string; parent: unknown } | null, channel: unknown, input: unknown) {
      const handler = state.ipcHandlers.get('rpc');
      if (!handler) throw new Error('no rpc handler registered');
      return handler({ sender: contents, senderFrame: frame }, channel, input);
    },
  };
  return fake;
}

export type ElectronFake = ReturnType<typeof createElectronFake>;

/** The one fake a test file's `vi.mock('electron', …)` hands out (vitest keeps one module graph per file). */
export const electronFake = createElectronFake();
export type FakeWindow = InstanceType<ElectronFake['module']['BrowserWindow']>;
