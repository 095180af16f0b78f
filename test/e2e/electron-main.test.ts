// The Electron main process with its pages in Chromium: the real main process (electron/main)
// and core against the test double of 'electron', whose windows are pages of Debian's Chromium
// (test/helpers/electron-fake.ts, useChromium). The built renderer is served through the app's
// own app:// handler, calls go through its IPC handler, and printToPDF is Chromium's print.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { electronFake as fake } from '../helpers/electron-fake';
import { root, settle, startMain, type Started } from '../electron/harness';
import example from '../../resources/example-plan/example-plan.json';
import reportEn from '../../resources/locales/report.en.json';
import chartsEn from '../../resources/locales/charts.en.json';
import importEn from '../../resources/locales/import.en.json';
import { screenshotDir } from './harness';

vi.mock('electron', async () => (await import('../helpers/electron-fake')).electronFake.module);

let browser: Browser;
let app: Started;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) throw new Error('Build first: npm run build');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  fake.useChromium(browser);
  app = await startMain({ mainDir: path.join(root, 'out', 'main') });
  await app.win().webContents.loading;
  page = app.win().webContents.page!;
  page.setDefaultTimeout(20_000);
  // The renderer booted through IPC and opened the example plan (first start).
  await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
});

afterAll(async () => {
  fake.useChromium(null);
  app?.stop();
  await browser?.close();
});

/** Whatever an earlier test left open. */
async function closeDialogs() {
  while (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
}

describe('the desktop app with its pages in Chromium', () => {
  it('File → Export PDF: the PDF Save dialog, then the report printed in a hidden window and written as a real PDF', async () => {
    const target = path.join(fake.documents, 'Board report');
    fake.answerDialog(target);
    fake.click('file.exportPdf');
    const dialog = page.getByRole('dialog', { name: reportEn.report.dialog.title });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: reportEn.report.dialog.export }).click();
    await dialog.getByText(/Saved .*Board report\.pdf \(\d+ pages\)/).waitFor({ timeout: 50_000 });

    const save = fake.state.dialogCalls.find((c) => c.kind === 'save')!;
    expect(save.options.filters).toEqual([{ name: 'PDF documents', extensions: ['pdf'] }]);
    expect(save.options.defaultPath).toBe(path.join(fake.documents, `${example.plan.name}.pdf`));
    // The print ran in a window of its own, hidden, with the app's secure options; it is gone now.
    const hidden = fake.state.windows.find((w) => w !== app.win() && w.options.show === false)!;
    expect(hidden.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, backgroundThrottling: false });
    expect(hidden.isDestroyed()).toBe(true);

    const pdf = `${target}.pdf`;
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(10);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(example.plan.name);
    // The footer says how many pages there are ("Page 2 of N", CSS margin boxes).
    expect(text).toMatch(new RegExp(`\\b${pages}\\b`));
    fs.mkdirSync(screenshotDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(screenshotDir, 'electron-report-cover')]);
    expect(fs.statSync(path.join(screenshotDir, 'electron-report-cover.png')).size).toBeGreaterThan(5000);
  });

  it('a chart to PNG and SVG through their own Save dialogs, written by the core', async () => {
    await closeDialogs();
    const card = page.locator('[data-chart]').first();
    await card.waitFor();
    const id = await card.getAttribute('data-chart');
    fake.answerDialog(path.join(fake.documents, 'matrix'));
    await card.getByRole('button', { name: chartsEn.charts.card.png }).click();
    await page.getByText(chartsEn.charts.card.saved.replace('{{file}}', 'matrix.png')).waitFor();
    const pngDialog = fake.lastDialog();
    expect(pngDialog.options.filters).toEqual([{ name: 'PNG images', extensions: ['png'] }]);
    expect(pngDialog.options.defaultPath).toBe(path.join(fake.documents, `${id}.png`));
    const png = fs.readFileSync(path.join(fake.documents, 'matrix.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(200); // width at 2×

    fake.answerDialog(path.join(fake.documents, 'charts', 'matrix.svg'));
    fs.mkdirSync(path.join(fake.documents, 'charts'));
    await card.getByRole('button', { name: chartsEn.charts.card.svg }).click();
    await page.getByText(chartsEn.charts.card.saved.replace('{{file}}', 'matrix.svg')).waitFor();
    expect(fake.lastDialog().options.filters).toEqual([{ name: 'SVG images', extensions: ['svg'] }]);
    expect(fs.readFileSync(path.join(fake.documents, 'charts', 'matrix.svg'), 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('File → Import asks for a CSV or XLSX file, and reads the one chosen', async () => {
    await closeDialogs();
    const csv = path.resolve(import.meta.dirname, '../fixtures/import/stakeholders-fi-utf8-semicolon.csv');
    fake.click('file.import');
    await page.getByRole('heading', { level: 1, name: importEn.import.title }).first().waitFor();
    fake.answerDialog(csv);
    await page.getByRole('button', { name: importEn.import.file.choose }).click();
    await settle();
    const open = fake.lastDialog();
    expect(open.kind).toBe('open');
    expect((open.options.filters as { extensions: string[] }[]).map((f) => f.extensions)).toEqual([['csv', 'xlsx'], ['csv'], ['xlsx']]);
    await expect.poll(() => page.getByRole('textbox', { name: importEn.import.file.label, exact: true }).inputValue()).toBe(csv);
    await page.screenshot({ path: path.join(screenshotDir, 'electron-import.png') });
  });
});
