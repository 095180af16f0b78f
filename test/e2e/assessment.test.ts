// Enabling condition 1.1 self-assessment (issue 19), as an officer uses it in Finnish: two
// criteria judged with a note, the Dashboard tile, the XLSX export, and the PDF with the
// governance and monitoring chapters and the self-assessment annex, read back with poppler and
// qpdf and rendered to PNG. axe on the screen and the tile in English and Finnish, light and dark.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe } from './editors-helpers';
import { exportOnPage } from '../bench/report';
import { overlaps, readWords } from '../helpers/pdf-layout';
import example from '../../resources/example-plan/example-plan.json';
import fi from '../../resources/locales/fi.json';
import en from '../../resources/locales/en.json';
import aFi from '../../resources/locales/assessment.fi.json';
import aEn from '../../resources/locales/assessment.en.json';
import reportFi from '../../resources/locales/report.fi.json';
import importFi from '../../resources/locales/import.fi.json';

const outDir = path.resolve(import.meta.dirname, '..', '..', 'test-output');
const pngDir = path.join(outDir, 'assessment');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');
const w = aFi.assessment;
const notes = { 2: 'Maakuntahallitus nimesi Kymenlaakson liiton vastuulliseksi toimielimeksi.', 7: 'Kulttuuri- ja luovat alat tarvitsevat EU-verkoston.' };

interface Outline {
  title: string;
  kids: Outline[];
}
const flatOutline = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...flatOutline(o.kids)]);

let app: App;
beforeAll(async () => {
  fs.mkdirSync(pngDir, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function openAssessment(page: Page, nav: string, title: string) {
  await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
  await page.getByRole('link', { name: nav, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.locator('article[data-criterion="7"]').waitFor();
}

async function judge(page: Page, n: 2 | 7, judgement: string) {
  const card = page.locator(`article[data-criterion="${n}"]`);
  await card.getByLabel(w.judgementLabel).selectOption({ label: judgement });
  await card.getByLabel(w.noteLabel).fill(notes[n]);
  await card.getByRole('button', { name: w.save.replace('{{n}}', String(n)) }).click();
  // Saved: said so, and nothing left to save.
  await card.getByRole('status').filter({ hasText: w.saved }).waitFor();
  expect(await card.getByRole('button', { name: w.save.replace('{{n}}', String(n)) }).isDisabled()).toBe(true);
  expect(await card.getByLabel(w.noteLabel).inputValue()).toBe(notes[n]);
}

describe('the self-assessment in Finnish', () => {
  it('records two criteria, shows them on the Dashboard tile, and exports them to XLSX', async () => {
    const page = await app.open({ language: 'fi' });
    page.setDefaultTimeout(30_000);
    await openAssessment(page, fi.nav.assessment, w.title);
    // The example plan's evidence is there, and what is missing (no EU network for the creative sector).
    const c7 = page.locator('article[data-criterion="7"]');
    await expect.poll(() => c7.textContent()).toContain('Kulttuuri- ja luovat alat');
    await judge(page, 2, w.judgement.fulfilled);
    await judge(page, 7, w.judgement.partly);
    await app.screenshot(page, 'assessment-fi-light');

    await page.getByRole('link', { name: fi.nav.dashboard, exact: true }).click();
    const tile = page.getByRole('region', { name: w.tile.title });
    await tile.waitFor();
    await expect.poll(() => tile.textContent()).toContain(w.tile.judged.replace('{{done}}', '2'));
    const items = await tile.locator('li').allTextContents();
    expect(items).toHaveLength(7);
    expect(items[1]).toContain(w.judgement.fulfilled);
    expect(items[6]).toContain(w.judgement.partly);
    expect(items[0]).toContain(w.judgement.none);
    expect(await tile.textContent()).toMatch(/Näytössä (\d+ aukkoa|yksi aukko)/);
    await tile.screenshot({ path: path.join(outDir, 'screenshots', 'assessment-tile-fi-light.png') });

    await tile.getByRole('link', { name: w.tile.open }).click();
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    await page.getByRole('button', { name: w.export }).click();
    const dialog = page.getByRole('dialog', { name: importFi.import.export.pathTitle });
    const file = path.join(app.dir, 'itsearviointi.xlsx');
    await dialog.getByRole('textbox', { name: importFi.import.export.pathLabel, exact: true }).fill(file);
    await dialog.getByRole('button', { name: importFi.import.export.save, exact: true }).click();
    await expect.poll(() => fs.existsSync(file), { timeout: 15_000 }).toBe(true);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0]!;
    const rows = (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((c) => (c == null ? '' : String(c))));
    expect(rows[0]).toEqual([w.sheet.criterion, w.sheet.evidence, w.sheet.gaps, w.sheet.judgement, w.sheet.note]);
    expect(rows).toHaveLength(8);
    expect(rows[2]!.slice(3)).toEqual([w.judgement.fulfilled, notes[2]]);
    expect(rows[7]!.slice(3)).toEqual([w.judgement.partly, notes[7]]);
    expect(rows[7]![2]).toContain('Kulttuuri- ja luovat alat');
    expect(rows[1]![3]).toBe(w.judgement.none);
    expect(rows[2]![1]).toContain('Kymenlaakson liitto');
    await page.context().close();
  });

  it('exports the PDF with the governance and monitoring chapters and the annex in the outline, and the judgements in the text', async () => {
    const page = await app.open({ language: 'fi' });
    page.setDefaultTimeout(60_000);
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    // Only the chapters and the annex of this slice: the whole report's own test checks the rest.
    const { pdf, pages } = await exportOnPage(page, { lang: 'fi', sections: ['framework', 'assessment'] });
    const file = path.join(outDir, 'assessment-fi.pdf');
    fs.writeFileSync(file, pdf);
    const chapter = reportFi.report.chapter;
    const outline = flatOutline((JSON.parse(run('qpdf', ['--json=1', '--json-key=outlines', file])) as { outlines: Outline[] }).outlines).map(fold);
    // The outline is built from the laid-out text, where Chromium drops the space at a line break: compared without spaces.
    const bare = (s: string) => s.replace(/\s/g, '');
    for (const title of [chapter.governance, chapter.monitoring, chapter.assessment]) expect(outline.some((o) => bare(o).includes(bare(title))), title).toBe(true);
    const text = fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
    expect(text).toContain(fold(notes[2]));
    expect(text).toContain(w.judgement.partly);
    expect(text).toContain('S3-ohjausryhmä (esimerkki)'); // who sits where
    expect(text).toContain('Tilastokeskus'); // who measures
    // The annex's pages (from its heading on), rendered to be looked at.
    const perPage = Array.from({ length: pages }, (_, i) => fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'])));
    const first = perPage.findIndex((p) => p.includes(fold(chapter.governance)) && p.includes(fold(w.report.governanceLead).slice(0, 30))) + 1;
    expect(first).toBeGreaterThan(2);
    // Nothing printed over anything else on these pages (a long Finnish word in a narrow column).
    const over = overlaps(readWords(file))
      .filter(([x]) => x.page >= first)
      .map(([x, y]) => `p. ${x.page}: "${x.text}" over "${y.text}"`);
    expect(over).toEqual([]);
    fs.rmSync(pngDir, { recursive: true, force: true });
    fs.mkdirSync(pngDir, { recursive: true });
    run('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(pages), file, path.join(pngDir, 'page')]);
    expect(fs.readdirSync(pngDir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});

describe('the self-assessment screen and the Dashboard tile pass axe', () => {
  for (const language of ['en', 'fi'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const words = language === 'fi' ? { nav: fi.nav, a: aFi.assessment } : { nav: en.nav, a: aEn.assessment };
      it(`the screen in ${language}, ${colorScheme}`, async () => {
        const page = await openForAxe(app, { language, colorScheme });
        page.setDefaultTimeout(30_000);
        await openAssessment(page, words.nav.assessment, words.a.title);
        expect(await axeSerious(page)).toEqual([]);
        await app.screenshot(page, `assessment-${language}-${colorScheme}`);
        await page.context().close();
      });
      it(`the Dashboard tile in ${language}, ${colorScheme}`, async () => {
        const page = await openForAxe(app, { language, colorScheme });
        page.setDefaultTimeout(30_000);
        await page.getByRole('region', { name: words.a.tile.title }).locator('li').first().waitFor();
        expect(await axeSerious(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
