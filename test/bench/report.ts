// The PDF export through Chromium, as the tests and Electron do it: the report route of the
// browser host, its contents' pages measured in the page, printed once (see shared/report/paging.ts), here with
// Playwright's page.pdf in Debian's Chromium (Electron uses webContents.printToPDF the same way).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../../electron/browser-host/server';
import { exportReport, MARGIN_MM, paperName, reportQuery, reportSections, waitForReport, type Paper, type PrintDriver, type ReportOptions } from '../../shared/report/paging';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A PrintDriver on a Playwright page: page.pdf with the options Electron's printToPDF gets. */
export function playwrightDriver(page: Page, paper: Paper = 'a4'): PrintDriver {
  return {
    evaluate: (script) => page.evaluate(script),
    print: () =>
      page.pdf({
        format: paperName(paper),
        margin: { top: `${MARGIN_MM}mm`, bottom: `${MARGIN_MM}mm`, left: `${MARGIN_MM}mm`, right: `${MARGIN_MM}mm` },
        printBackground: true,
        // The running header and footer are the page's own CSS margin boxes (report.css).
        displayHeaderFooter: false,
        tagged: true,
        outline: true,
      }),
  };
}

/** Opens the report route (every section in English on A4 unless told) on a page already signed in to the host. */
function showReport(page: Page, options: Partial<ReportOptions>): Promise<ReportOptions> {
  const o: ReportOptions = { lang: 'en', sections: [...reportSections], sectorIds: [], sourceIds: [], paper: 'a4', ...options };
  return page.evaluate(`location.hash = ${JSON.stringify(`#/report?${reportQuery(o)}`)}`).then(() => o);
}

/** Opens the report and waits until it is drawn and ready to measure or look at. */
export async function openReport(page: Page, options: Partial<ReportOptions> = {}): Promise<void> {
  const o = await showReport(page, options);
  await waitForReport(playwrightDriver(page, o.paper));
}

/** Opens the report route on a page already signed in to the host, and exports it. */
export async function exportOnPage(page: Page, options: Partial<ReportOptions> = {}) {
  const o = await showReport(page, options);
  return exportReport(playwrightDriver(page, o.paper));
}

export interface ReportBench {
  plan: string;
  ms: number;
  pages: number;
  bytes: number;
  /** Prints it took: 1 when the measured contents were right (see shared/report/paging.ts). */
  prints: number;
}

/**
 * Export time of the example plan, or of a given plan file, in the browser host with Debian's
 * Chromium (median of `reps` runs after one warm-up), with the page count.
 */
export async function benchReport(options: { planFile?: string; language?: 'en' | 'fi'; reps?: number; out?: string } = {}): Promise<ReportBench> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 's3-bench-report-'));
  const host = await startBrowserHost({
    userDataDir: path.join(scratch, 'user-data'),
    documentsDir: scratch,
    rendererDir: path.join(root, 'out', 'renderer'),
    log: () => {},
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const reply = options.planFile ? await host.core.dispatch('plan.open', { path: options.planFile }) : await host.core.dispatch('plan.openExample', { recreate: true });
    if (!reply.ok) throw new Error(`cannot open the plan: ${JSON.stringify(reply.error)}`);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    page.setDefaultTimeout(120_000);
    await page.goto(host.url); // keeps the token in the tab's sessionStorage
    const runs: number[] = [];
    let last: { pdf: Uint8Array; pages: number; prints: number } | null = null;
    const reps = options.reps ?? 3;
    for (let i = 0; i < reps + 1; i++) {
      await page.evaluate(`location.hash = '#/dashboard'`);
      const start = performance.now();
      last = await exportOnPage(page, { lang: options.language ?? 'fi' });
      if (i > 0) runs.push(performance.now() - start);
    }
    if (options.out && last) fs.writeFileSync(options.out, last.pdf);
    runs.sort((a, b) => a - b);
    return { plan: options.planFile ? path.basename(options.planFile) : 'example', ms: runs[Math.floor(runs.length / 2)]!, pages: last!.pages, bytes: last!.pdf.length, prints: last!.prints };
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
