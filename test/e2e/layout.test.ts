import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, rpc } from './editors-helpers';
import { layoutProblems } from './layout-check';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import importEn from '../../resources/locales/import.en.json';
import importFi from '../../resources/locales/import.fi.json';
import reportEn from '../../resources/locales/report.en.json';
import reportFi from '../../resources/locales/report.fi.json';
import sv from '../../resources/locales/sv.json';
import importSv from '../../resources/locales/import.sv.json';
import reportSv from '../../resources/locales/report.sv.json';
import example from '../../resources/example-plan/example-plan.json';

/**
 * Issue 20: every screen at a 1366 × 768 laptop in each UI language, and at 1920 × 1080 dark in
 * Finnish, on the example plan: no pane scrolls sideways, no text is cut without an ellipsis, a
 * cut text's full wording is on hover (title) or in its name, and axe finds nothing serious,
 * light and dark. The narrow laptop is where a language's longer words break a layout, so every
 * language runs there; the wide dark view checks the dark theme's contrast and the wide layout,
 * which do not depend on the words, in the language with the longest (issue 15: the suite stays
 * well under 20 minutes). Add a language by adding it to `languages`.
 */
const languages = {
  en: { locale: 'en-GB', ui: en, import: importEn.import, report: reportEn.report },
  fi: { locale: 'fi-FI', ui: fi, import: importFi.import, report: reportFi.report },
  sv: { locale: 'sv-FI', ui: sv, import: importSv.import, report: reportSv.report },
} as const;
type Language = keyof typeof languages;

const views = [
  { width: 1366, height: 768, colorScheme: 'light' },
  { width: 1920, height: 1080, colorScheme: 'dark' },
] as const;
type View = (typeof views)[number];
const viewsOf = (language: Language): readonly View[] => (language === 'fi' ? views : views.slice(0, 1));

const lists = ['sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops'] as const;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
});

/** A page on the example plan in the language and view; CSP bypassed so axe can be injected. */
async function open(language: Language, view: View): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: view.width, height: view.height },
    locale: languages[language].locale,
    colorScheme: view.colorScheme,
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  contexts.push(context);
  const page = app.watch(await context.newPage());
  page.setDefaultTimeout(15_000);
  await page.goto(app.host.url);
  await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
  return page;
}

/** Collects each screen's layout problems and axe violations; the test expects both empty. */
function checker(page: Page, language: Language, view: View) {
  const layout: Record<string, unknown> = {};
  const axe: Record<string, unknown> = {};
  return {
    layout,
    axe,
    async check(name: string) {
      // Fonts and the virtual list settle within a frame or two.
      await page.evaluate('document.fonts.ready');
      await page.waitForTimeout(100);
      const found = await layoutProblems(page);
      // One line a problem, the same problem in many rows once.
      if (found.length) layout[name] = [...new Set(found.map((p) => `${p.kind}: ${p.where.replace(/#[\w-]*row-\d+/, '')} "${p.text.slice(0, 40)}" (${p.scrollWidth} > ${p.clientWidth})`))];
      const v = await axeSerious(page);
      if (v.length) axe[name] = v;
      await app.screenshot(page, `layout-${name.replace(/[^\w]+/g, '-')}-${language}-${view.width}-${view.colorScheme}`);
    },
  };
}

async function go(page: Page, hash: string) {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

/** The item with the most of a thing (engagements, funding lines) shows the widest detail. */
async function richest(page: Page, list: (typeof lists)[number]): Promise<string | undefined> {
  const rows = await rpc<{ id: string }[]>(page, `${list.replace(/s$/, '')}.list`, list === 'sectors' ? { includeArchived: true } : {});
  const weight = (r: object) => JSON.stringify(r).length;
  return [...rows].sort((a, b) => weight(b) - weight(a))[0]?.id;
}

describe('layout at 1366 × 768 and 1920 × 1080', () => {
  for (const language of Object.keys(languages) as Language[]) {
    const words = languages[language];
    for (const view of viewsOf(language)) {
      const at = `${language}, ${view.width}×${view.height}, ${view.colorScheme}`;

      for (const list of lists) {
        it(`${list}: the list, a detail pane and its edit form fit (${at})`, async () => {
          const page = await open(language, view);
          const c = checker(page, language, view);
          await go(page, `#/${list}`);
          await page.getByRole('heading', { level: 1, name: words.ui[list].title }).waitFor();
          await page.getByRole('grid').first().waitFor();
          await c.check(`${list}-list`);
          const id = await richest(page, list);
          expect(id).toBeTruthy();
          await go(page, `#/${list}/${id}`);
          await page.locator('#detail-title').waitFor();
          await c.check(`${list}-detail`);
          await page.getByRole('button', { name: words.ui.detail.edit, exact: true }).click();
          await page.locator('form.editor').waitFor();
          await c.check(`${list}-edit`);
          expect(c.layout).toEqual({});
          expect(c.axe).toEqual({});
          await page.context().close();
        });
      }

      it(`the Dashboard fits (${at})`, async () => {
        const page = await open(language, view);
        const c = checker(page, language, view);
        await go(page, '#/dashboard');
        await page.locator('[data-chart="indicators"] svg.recharts-surface').first().waitFor();
        await c.check('dashboard');
        // Screenshots of the charts whose labels are sized by measure, to look at.
        for (const chart of ['coverage-matrix', 'actions-by-sector', 'timeline']) {
          await page.locator(`[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
          await app.screenshot(page, `layout-dashboard-${chart}-${language}-${view.width}-${view.colorScheme}`);
        }
        expect(c.layout).toEqual({});
        expect(c.axe).toEqual({});
        await page.context().close();
      });

      it(`the import steps, report dialog and presentation fit (${at})`, async () => {
        const page = await open(language, view);
        const c = checker(page, language, view);
        const w = words.import;
        await go(page, '#/import');
        await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
        await c.check('import-choose');
        const file = path.join(app.dir, `layout-${language}-${view.width}.csv`);
        fs.writeFileSync(file, ['Name;Helix;Type;Municipality', 'Layout Test Oy;business;sme;Kotka', 'Toinen ry;civil;association;Kouvola', ''].join('\r\n'));
        await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
        await page.getByRole('button', { name: w.continue, exact: true }).click();
        await page.getByRole('heading', { level: 2, name: w.steps.read }).waitFor();
        await c.check('import-read');
        await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();
        await page.getByRole('heading', { level: 2, name: w.steps.map }).waitFor();
        await c.check('import-map');
        await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
        await page.getByRole('heading', { level: 2, name: w.steps.preview }).waitFor();
        await c.check('import-preview');

        await go(page, '#/dashboard');
        await page.keyboard.press('Alt+Shift+P');
        await page.getByRole('dialog', { name: words.report.dialog.title }).waitFor();
        await c.check('report-dialog');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        const workshop = (await rpc<{ id: string }[]>(page, 'workshop.list'))[0]!;
        await go(page, `#/present/${workshop.id}`);
        // In the wall's own theme: its class is set after the first paint, and axe (which yields
        // while it runs) must not read colours across that change.
        await page.locator('html.presenting .present').first().waitFor();
        await c.check('presentation');
        expect(c.layout).toEqual({});
        expect(c.axe).toEqual({});
        await page.context().close();
      });
    }
  }

  // Last: closing the plan is the host's, so the welcome screen comes after the plan's screens.
  for (const language of Object.keys(languages) as Language[]) {
    it(`the welcome screen fits (${language})`, async () => {
      const words = languages[language];
      const results: Record<string, unknown> = {};
      for (const view of viewsOf(language)) {
        const page = await open(language, view);
        await page.keyboard.press('Alt+Shift+W');
        await page.getByRole('heading', { level: 1, name: words.ui.welcome.title }).waitFor();
        const c = checker(page, language, view);
        await c.check('welcome');
        Object.assign(results, c.layout, c.axe);
        // Back to the example plan for the next page.
        await page.getByRole('button', { name: new RegExp(`^${words.ui.welcome.example}`) }).click();
        await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
        await page.context().close();
      }
      expect(results).toEqual({});
    });
  }
});
