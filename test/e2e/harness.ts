import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';
import { tempDir } from '../helpers/core';
import { bundleForNode } from '../helpers/bundle';
import { intlLocale } from '../../shared/domain/format';
import type { UiLanguage } from '../../shared/schemas/app';

const root = path.resolve(import.meta.dirname, '..', '..');
export const screenshotDir = path.join(root, 'test-output', 'screenshots');

export interface App {
  host: BrowserHost;
  browser: Browser;
  dir: string;
  /** A new page on the app, in the given UI language and colour scheme. */
  open(options?: { language?: UiLanguage; colorScheme?: 'light' | 'dark'; width?: number; height?: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  /** Counts the page's uncaught errors against the running test (open() does it for its pages). */
  watch(page: Page): Page;
  /** The page errors of the running test so far. */
  pageErrors(): readonly string[];
  /** For a test that provokes errors on purpose: its page errors do not fail it. */
  allowPageErrors(): void;
  close(): Promise<void>;
}

/**
 * Page errors fail the test they happen in: an uncaught exception or unhandled rejection in a
 * page (Playwright's pageerror), or an error the app itself caught and reported to the host's
 * log ("renderer error <ref>", app.logError). Checked after each test of a file that starts an app.
 */
interface ErrorWatch {
  errors: string[];
  allowed: boolean;
}
const watches = new Set<ErrorWatch>();
afterEach(() => {
  const errors: string[] = [];
  for (const w of watches) {
    if (!w.allowed) errors.push(...w.errors);
    w.errors.length = 0;
    w.allowed = false;
  }
  if (errors.length) throw new Error(`The page had errors:\n${errors.join('\n')}`);
});

/**
 * Starts the real browser host (the same core as Electron, real plan files in a temp folder)
 * on the built renderer, and Debian's Chromium driven by playwright-core.
 */
export async function startApp(options: { log?: (message: string, error?: unknown) => void } = {}): Promise<App> {
  const rendererDir = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npx electron-vite build');
  const dir = tempDir('s3-e2e-');
  const watch: ErrorWatch = { errors: [], allowed: false };
  watches.add(watch);
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  const host = await startBrowserHost({
    userDataDir: path.join(dir, 'user-data'),
    documentsDir: path.join(dir, 'documents'),
    rendererDir,
    // As `npm run serve` runs it: the core in worker threads.
    workerPath: bundleForNode(path.join(root, 'electron', 'core', 'worker', 'entry.ts'), 'core-worker'),
    log: (message, error) => {
      if (message.startsWith('renderer error ')) watch.errors.push(message);
      log(message, error);
    },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const contexts: BrowserContext[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
    return page;
  };
  fs.mkdirSync(screenshotDir, { recursive: true });
  return {
    host,
    browser,
    dir,
    async open({ language = 'en', colorScheme = 'light', width = 1366, height = 768 } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        locale: intlLocale(language),
        colorScheme,
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      watchPage(page);
      // A large plan takes longer to load than the default wait.
      await page.goto(host.url, { timeout: 60_000 });
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    watch: watchPage,
    pageErrors: () => [...watch.errors],
    allowPageErrors() {
      watch.allowed = true;
    },
    async close() {
      watches.delete(watch);
      for (const c of contexts) await c.close();
      await browser.close();
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
