import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, screenshotDir, type App } from './harness';
import charts from '../../resources/locales/charts.en.json';
import chartsFi from '../../resources/locales/charts.fi.json';
import example from '../../resources/example-plan/example-plan.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const logistics = example.sectors.find((s) => s.key === 'log')!.name;

async function openDashboard(page: Page, hash = '#/dashboard') {
  await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.locator('[data-chart="network-map"]').waitFor();
  await page.locator('[data-chart="indicators"] svg.recharts-surface').first().waitFor();
}

/** The whole Dashboard: the app scrolls inside <main>, so the viewport grows to its content first. */
async function fullPage(page: Page, name: string) {
  const file = path.join(screenshotDir, `${name}.png`);
  const viewport = page.viewportSize()!;
  const extra = await page.evaluate<number>(`(() => { const m = document.querySelector('main'); return m ? m.scrollHeight - m.clientHeight : 0; })()`);
  await page.setViewportSize({ width: viewport.width, height: viewport.height + extra });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(viewport);
  return file;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function sectorId(page: Page, name: string): Promise<string> {
  const href = await page.getByRole('link', { name: new RegExp(`^${name}`) }).first().getAttribute('href');
  return new URLSearchParams(href!.split('?')[1]).get('sector')!;
}

describe('the Dashboard on the example plan', () => {
  for (const language of ['en', 'fi'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
        it(`screenshots in ${language}, ${colorScheme}, ${width}×${height}, with the per-sector view`, async () => {
          const words = language === 'fi' ? chartsFi.charts : charts.charts;
          const page = await app.open({ language, colorScheme, width, height });
          await openDashboard(page);
          const gap = words.coverage.gap.replace('{{sector}}', logistics).replace('{{helix}}', words.helixIn.civil);
          await page.getByRole('region', { name: words.attention.title }).getByRole('link', { name: gap }).waitFor();
          await fullPage(page, `dashboard-charts-${language}-${colorScheme}-${width}`);
          const id = await sectorId(page, gap);
          await openDashboard(page, `#/dashboard?sector=${id}`);
          await page.getByRole('heading', { level: 2, name: logistics }).waitFor();
          await fullPage(page, `dashboard-sector-${language}-${colorScheme}-${width}`);
          await page.context().close();
        });
      }
    }
  }

  it('exports a chart as a PNG at twice its CSS size', async () => {
    const page = await app.open({ language: 'en' });
    await openDashboard(page);
    const card = page.locator('[data-chart="actions-by-sector"]');
    const box = (await card.locator('svg.recharts-surface').boundingBox())!;
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: charts.charts.card.png }).click()]);
    expect(download.suggestedFilename()).toBe('actions-by-sector.png');
    const file = path.join(app.dir, 'export.png');
    await download.saveAs(file);
    const size = pngSize(fs.readFileSync(file));
    expect(size).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });

    const [svg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: charts.charts.card.svg }).click()]);
    const svgFile = path.join(app.dir, 'export.svg');
    await svg.saveAs(svgFile);
    expect(fs.readFileSync(svgFile, 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    await page.context().close();
  });

  for (const language of ['en', 'fi', 'sv'] as const) {
    it(`has no serious or critical axe violation (${language})`, async () => {
      const page = await app.open({ language });
      await openDashboard(page);
      // page.addScriptTag({ path }) adds an inline script, which the app's CSP (script-src 'self')
      // refuses; evaluating the same file through the driver is not subject to it.
      await page.evaluate(fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
      const result = await page.evaluate<{ id: string; impact: string; targets: string[] }[]>(
        `axe.run(document, { resultTypes: ['violations'] }).then((r) =>
           r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`,
      );
      const severe = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe, JSON.stringify(severe, null, 1)).toEqual([]);
      await page.context().close();
    });
  }

  it('opens the filtered list when a gap is clicked, and shows the table twin', async () => {
    const page = await app.open({ language: 'en' });
    await openDashboard(page);
    const card = page.locator('[data-chart="coverage-matrix"]');
    await card.getByRole('button', { name: charts.charts.card.table }).click();
    await expect.poll(() => card.getByRole('table').isVisible()).toBe(true);
    expect(await card.getByRole('row', { name: new RegExp(logistics) }).textContent()).toContain('none (gap)');
    const gap = `${logistics} has no civil-society stakeholder`;
    await page.getByRole('region', { name: 'Needs attention' }).getByRole('link', { name: gap }).click();
    await expect.poll(() => page.evaluate<string>('location.hash')).toMatch(/^#\/stakeholders\?sector=[0-9a-f-]+&helix=civil$/);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.context().close();
  });
});
