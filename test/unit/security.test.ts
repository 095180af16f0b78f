// Fails if any of Electron's security checklist regresses: read straight from the modules the
// main process uses. None of them loads 'electron' (only type imports), so no mock is needed.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppFile } from '../../electron/main/app-protocol';
import { handleRpc } from '../../electron/main/ipc';
import {
  appOrigin,
  cspFor,
  externalUrlToOpen,
  isAllowedIpcSender,
  isAllowedRequest,
  permissionDecision,
  shouldAllowNavigation,
} from '../../electron/main/security';
import { contentSecurityPolicy, mimeType } from '../../shared/security/content';
import { windowOptions } from '../../electron/main/window-options';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('window webPreferences', () => {
  const prefs = windowOptions({ preloadPath: '/app/out/preload/index.cjs', theme: 'light', saved: null }).webPreferences!;

  it('isolates and sandboxes the renderer without Node', () => {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps web security on and the attack surface off', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, navigateOnDragDrop: false, experimentalFeatures: false });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the preload it is given and no DevTools unless in dev', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.devTools).toBe(false);
  });
});

describe('content security policy', () => {
  for (const [name, csp] of [
    ['production', contentSecurityPolicy],
    ['dev server', cspFor('http://localhost:5173')],
  ] as const) {
    describe(name, () => {
      const d = directives(csp);

      it("defaults to 'none' and never allows eval", () => {
        expect(d.get('default-src')).toEqual(["'none'"]);
        expect(csp).not.toContain("'unsafe-eval'");
        expect(csp).not.toContain("'wasm-unsafe-eval'");
        for (const directive of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) expect(d.get(directive)).toEqual(["'none'"]);
      });

      it('allows no remote origin', () => {
        for (const [directive, values] of d) {
          for (const v of values) {
            // Keywords, data:/blob: for images, and (dev only) the local Vite websocket.
            const local = name === 'dev server' && /^wss?:\/\/localhost:\d+$/.test(v);
            const ok = /^'(self|none|unsafe-inline)'$/.test(v) || (directive === 'img-src' && /^(data|blob):$/.test(v)) || local;
            expect(ok, `${directive} ${v}`).toBe(true);
          }
        }
        expect(csp).not.toMatch(/(^|\s)(\*|https?:|wss?:|file:|filesystem:)(\s|;|$)/);
      });
    });
  }

  it("has no 'unsafe-inline' in script-src or style-src in production", () => {
    const d = directives(contentSecurityPolicy);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });

  it('relaxes only what Vite needs in dev, and only with a dev server', () => {
    expect(cspFor(undefined)).toBe(contentSecurityPolicy);
    expect(cspFor('')).toBe(contentSecurityPolicy);
    const d = directives(cspFor('http://localhost:5173'));
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(directives(contentSecurityPolicy).get('img-src'));
  });
});

describe('IPC sender check', () => {
  it('accepts the app origin and the dev server, comparing protocol and host', () => {
    expect(isAllowedIpcSender(`${appOrigin}/index.html`, appOrigin)).toBe(true);
    expect(isAllowedIpcSender('http://localhost:5173/#/sectors', 'http://localhost:5173')).toBe(true);
  });

  it("refuses other origins even where URL.origin is 'null'", () => {
    expect(new URL('app://x').origin).toBe('null');
    expect(isAllowedIpcSender('app://evil/index.html', appOrigin)).toBe(false);
    expect(isAllowedIpcSender('evil://s3-planner/index.html', appOrigin)).toBe(false);
    expect(isAllowedIpcSender('file:///tmp/x.html', appOrigin)).toBe(false);
    expect(isAllowedIpcSender('https://s3-planner/', appOrigin)).toBe(false);
    expect(isAllowedIpcSender('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedIpcSender('about:blank', appOrigin)).toBe(false);
    expect(isAllowedIpcSender('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isAllowedIpcSender('', appOrigin)).toBe(false);
    expect(isAllowedIpcSender(null, appOrigin)).toBe(false);
  });

  it('rpc refuses a foreign or sub frame and never throws', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const log = vi.fn();
    const opts = { rendererOrigin: appOrigin, log };
    const foreign = await handleRpc({ dispatch }, { frameUrl: 'https://evil.example/', isMainFrame: true }, 'plan.close', {}, opts);
    const sub = await handleRpc({ dispatch }, { frameUrl: `${appOrigin}/`, isMainFrame: false }, 'plan.close', {}, opts);
    expect(foreign).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(sub).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(dispatch).not.toHaveBeenCalled();

    const ok = await handleRpc({ dispatch }, { frameUrl: `${appOrigin}/index.html`, isMainFrame: true }, 'plan.close', {}, opts);
    expect(ok).toEqual({ ok: true, value: 1 });

    const throwing = { dispatch: async () => Promise.reject(new Error('boom')) };
    const failed = await handleRpc(throwing, { frameUrl: `${appOrigin}/`, isMainFrame: true }, 'plan.close', {}, opts);
    expect(failed).toMatchObject({ ok: false, error: { kind: 'internal', ref: expect.any(String) } });
    const notString = await handleRpc({ dispatch }, { frameUrl: `${appOrigin}/`, isMainFrame: true }, 42, {}, opts);
    expect(notString).toMatchObject({ ok: false, error: { kind: 'unknownChannel' } });
  });
});

describe('navigation, links, permissions, requests', () => {
  it('never allows navigation', () => {
    for (const url of [`${appOrigin}/other.html`, 'https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(shouldAllowNavigation(url)).toBe(false);
    }
  });

  it('opens only parsed https: URLs outside', () => {
    expect(externalUrlToOpen('https://ec.europa.eu/s3?x=1')).toBe('https://ec.europa.eu/s3?x=1');
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url', 'https://user:pw@example.com/', `${appOrigin}/`]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen']) {
      expect(permissionDecision(p)).toBe(false);
    }
  });

  it('lets the renderer reach only its own origin', () => {
    expect(isAllowedRequest(`${appOrigin}/assets/index.js`, appOrigin)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', appOrigin)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', appOrigin)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', appOrigin)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:8080/', 'http://localhost:5173')).toBe(false);
  });

  it('serves app:// files from the renderer folder only', () => {
    const dir = path.resolve('/srv/out/renderer');
    expect(resolveAppFile(dir, `${appOrigin}/`)).toBe(path.join(dir, 'index.html'));
    expect(resolveAppFile(dir, `${appOrigin}/assets/index-abc.js?v=1`)).toBe(path.join(dir, 'assets', 'index-abc.js'));
    expect(resolveAppFile(dir, `${appOrigin}/..%2f..%2fetc/passwd`)).toBeNull();
    // The URL parser removes dot segments, so an encoded '..' stays inside the folder.
    expect(resolveAppFile(dir, `${appOrigin}/%2e%2e/main/index.js`)).toBe(path.join(dir, 'main', 'index.js'));
    expect(resolveAppFile(dir, `${appOrigin}/a%5c..%5c..%5cmain.js`)?.startsWith(dir + path.sep) ?? true).toBe(true);
    expect(resolveAppFile(dir, `${appOrigin}/%00`)).toBeNull();
    expect(resolveAppFile(dir, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(dir, 'file:///srv/out/renderer/index.html')).toBeNull();
  });

  it('names the content type of a served file by its extension, and nothing else runs as script', () => {
    expect(mimeType('/srv/out/renderer/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeType('C:\\app\\assets\\index-abc.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('/srv/out/renderer/fonts/inter.woff2')).toBe('font/woff2');
    expect(mimeType('/srv/out/renderer/.js')).toBe('application/octet-stream');
    expect(mimeType('/srv/out/renderer/plan.s3plan')).toBe('application/octet-stream');
  });
});

describe('the presenter window', () => {
  it('is the only new window the app may open, and only for its own presenter route', async () => {
    const { isPresenterWindow, appOrigin } = await import('../../electron/main/security');
    const id = '3f2b8c1e-1234-4abc-9def-0123456789ab';
    expect(isPresenterWindow(`${appOrigin}/index.html#/present/${id}?role=presenter`, appOrigin)).toBe(true);
    expect(isPresenterWindow(`http://localhost:5173/#/present/${id}?role=presenter`, 'http://localhost:5173')).toBe(true);
    expect(isPresenterWindow(`app://evil/index.html#/present/${id}?role=presenter`, appOrigin)).toBe(false);
    expect(isPresenterWindow(`https://example.org/#/present/${id}?role=presenter`, appOrigin)).toBe(false);
    expect(isPresenterWindow(`${appOrigin}/index.html#/settings`, appOrigin)).toBe(false);
    expect(isPresenterWindow(`${appOrigin}/index.html#/present/${id}?role=presenter&x=1`, appOrigin)).toBe(false);
    expect(isPresenterWindow('not a url', appOrigin)).toBe(false);
  });
});
