// Electron's security checklist as pure data and functions, so a unit test can read them.
// Only type imports from 'electron': the unit tests import this file in plain Node, where
// loading 'electron' throws. Electron objects are passed in to applySecurity instead. The
// policy itself (CSP) is shared with the browser host: shared/security/content.ts.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/content';

/**
 * Production renderer origin: a privileged custom scheme served from out/renderer only.
 * Chosen over file:// because file:// makes every local file "same origin" ('self' would
 * cover the whole disk) and absolute asset paths would resolve against the filesystem root.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 's3-planner';
export const appOrigin = `${APP_SCHEME}://${APP_HOST}`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * The policy for the electron-vite dev server: Vite injects inline <style> tags and
 * @vitejs/plugin-react an inline module preamble, and HMR talks over a websocket to the
 * same host. Nothing else is relaxed: no eval, even in dev.
 */
export function cspFor(devServerUrl?: string): string {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (!dev) return contentSecurityPolicy;
  const ws = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;
  return contentSecurityPolicy
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

/**
 * Whether an IPC message comes from our renderer. Compares protocol and host, not
 * `URL.origin`: for a custom scheme `new URL('app://x').origin` is the string 'null', which
 * would match any opaque origin.
 */
export function isAllowedIpcSender(frameUrl: string | undefined | null, expectedOrigin: string): boolean {
  const frame = frameUrl ? parse(frameUrl) : null;
  const expected = parse(expectedOrigin);
  if (!frame || !expected || !expected.host) return false;
  return frame.protocol === expected.protocol && frame.host === expected.host;
}

/** The app is one page: the renderer routes in-page, so any navigation is an attack or a bug. */
export function shouldAllowNavigation(_url: string): boolean {
  return false;
}

/** A link the user may open in their browser: only well-formed https: URLs, re-serialised. */
export function externalUrlToOpen(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/** Camera, notifications, clipboard-read, geolocation...: the app needs none of them. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/**
 * Requests the renderer may make: its own origin and in-memory URLs (chart exports).
 * Everything else is cancelled, so the app makes no network requests even if CSP is bypassed.
 * DevTools (dev only) loads from devtools:.
 */
export function isAllowedRequest(url: string, expectedOrigin: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:') return true;
  const expected = parse(expectedOrigin);
  if (!expected) return false;
  if (u.protocol === expected.protocol && u.host === expected.host) return true;
  // Vite's HMR websocket in dev.
  const ws = expected.protocol === 'https:' ? 'wss:' : expected.protocol === 'http:' ? 'ws:' : null;
  return ws !== null && u.protocol === ws && u.host === expected.host;
}

export interface SecurityOptions {
  /** appOrigin in production, ELECTRON_RENDERER_URL in dev. */
  rendererOrigin: string;
  /** Set in dev only: relaxes the CSP for Vite (see cspFor). */
  devServerUrl?: string;
  /** shell.openExternal, injected so this file needs no value import of 'electron'. */
  openExternal: (url: string) => void;
  /** Options for the one kind of window the app opens itself: the presenter view. */
  presenterWindow?: () => BrowserWindowConstructorOptions;
  /** Told about each download refused (the log keeps it). */
  onBlocked?: (what: string) => void;
}

/**
 * The only new window allowed: the app's own presenter view (#/present/<workshop>?role=presenter),
 * same origin, opened by the presentation. Everything else is denied (https goes outside).
 */
export function isPresenterWindow(url: string, expectedOrigin: string): boolean {
  let parsed: URL;
  let expected: URL;
  try {
    parsed = new URL(url);
    expected = new URL(expectedOrigin);
  } catch {
    return false;
  }
  // URL.origin is 'null' for custom schemes: compare protocol and host.
  if (parsed.protocol !== expected.protocol || parsed.host !== expected.host) return false;
  return /^#\/present\/[0-9a-f-]{36}\?role=presenter$/.test(parsed.hash);
}

/** Session-wide guards: CSP on every response, no permissions, no outside requests. */
export function applySessionSecurity(session: Session, options: SecurityOptions): void {
  const csp = cspFor(options.devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options.rendererOrigin) });
  });
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  session.setDevicePermissionHandler(() => false);
  // Exports go through the Save dialog of their purpose (dialogs.ts), never a download,
  // whose dialog would offer any name and type.
  session.on('will-download', (event, item) => {
    event.preventDefault();
    options.onBlocked?.(`download of ${item.getFilename()}`);
  });
}

/** Per-contents guards: no navigation, no new windows, no <webview>; https links go to the browser. */
export function applyContentsSecurity(contents: WebContents, options: SecurityOptions): void {
  const openOutside = (url: string) => {
    const safe = externalUrlToOpen(url);
    if (safe) options.openExternal(safe);
  };
  contents.on('will-navigate', (event, url) => {
    if (shouldAllowNavigation(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (options.presenterWindow && isPresenterWindow(url, options.rendererOrigin)) {
      return { action: 'allow', overrideBrowserWindowOptions: options.presenterWindow() };
    }
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Wires all of the above; call for the default session and every web contents created. */
export function applySecurity(session: Session, contents: WebContents, options: SecurityOptions): void {
  applySessionSecurity(session, options);
  applyContentsSecurity(contents, options);
}
