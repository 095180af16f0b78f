// First paint in Chromium, through the browser host, on a given plan: the time from navigation
// until the screen's content is on screen (rows of the list, cards of the Dashboard).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../../electron/browser-host/server';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface PaintTimes {
  dashboardMs: number;
  stakeholderListMs: number;
  /** Switching from the Dashboard to the list in a running app (the app reads lists ahead when idle). */
  switchToListMs: number;
  rows: number;
}

export async function firstPaint(planFile: string, scratch: string, reps: number): Promise<PaintTimes> {
  const host = await startBrowserHost({
    userDataDir: path.join(scratch, 'paint-ud'),
    documentsDir: scratch,
    rendererDir: path.join(root, 'out', 'renderer'),
    log: () => {},
  });
  const reply = await host.core.dispatch('plan.open', { path: planFile });
  if (!reply.ok) throw new Error(`cannot open ${planFile}: ${JSON.stringify(reply.error)}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const base = host.url.slice(0, host.url.indexOf('#'));
  const time = async (route: string, ready: string) => {
    const runs: number[] = [];
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fi-FI' });
    await page.goto(host.url); // keeps the token in the tab's sessionStorage
    await page.locator('main h1').first().waitFor({ timeout: 60_000 });
    for (let i = 0; i < reps + 1; i++) {
      const start = Date.now();
      // A new query string forces a full load of the app, as at start.
      await page.goto(`${base}?run=${i}#${route}`, { waitUntil: 'commit' });
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      // Wait until the frame showing it has been painted.
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      if (i > 0) runs.push(Date.now() - start);
    }
    await page.close();
    return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  };
  try {
    const dashboardMs = await time('/', 'main h1');
    const stakeholderListMs = await time('/stakeholders', 'main tbody tr, main [role="row"] + [role="row"]');
    const switchToListMs = await (async () => {
      const runs: number[] = [];
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fi-FI' });
      await page.goto(host.url);
      await page.locator('main h1').first().waitFor({ timeout: 60_000 });
      const listRow = 'main .vgrid__body [role="row"]';
      for (let i = 0; i < reps + 1; i++) {
        await page.evaluate(`location.hash = '#/'`);
        await page.locator('main h1').first().waitFor({ timeout: 60_000 });
        await page.locator(listRow).first().waitFor({ state: 'detached', timeout: 60_000 });
        // A user looks at the Dashboard for a moment before switching: the window is idle.
        await page.waitForTimeout(3_000);
        const start = Date.now();
        await page.evaluate(`location.hash = '#/stakeholders'`);
        await page.locator(listRow).first().waitFor({ timeout: 60_000 });
        await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
        if (i > 0) runs.push(Date.now() - start);
      }
      await page.close();
      return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    })();
    const rows = (await host.core.dispatch('stakeholder.list', {})) as { ok: true; value: unknown[] };
    return { dashboardMs, stakeholderListMs, switchToListMs, rows: rows.value.length };
  } finally {
    await browser.close();
    await host.close();
  }
}

/** Bytes of the renderer's initial JavaScript (the scripts index.html loads), gzipped. */
export async function initialJsGzipBytes(): Promise<number> {
  const { gzipSync } = await import('node:zlib');
  const dir = path.join(root, 'out', 'renderer');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((sum, s) => sum + gzipSync(fs.readFileSync(path.join(dir, s))).length, 0);
}
