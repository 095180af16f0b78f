import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { rpc } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import importFi from '../../resources/locales/import.fi.json';

/**
 * Issue 18: a Finnish project list (test/fixtures/import/hankkeet-fi.csv) into an empty plan.
 * Its lead organisations and sectors are created, its status words mapped, one funding source
 * given to every row; the Dashboard then counts the actions by status and the stakeholders by helix.
 */
const w = importFi.import;
const fixture = path.resolve(import.meta.dirname, '../fixtures/import/hankkeet-fi.csv');

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** A chart's data-table twin as text, row by row (the twin is in the page, shown with "Table"). */
const twin = async (page: Page, chart: string) => {
  const rows = page.locator(`[data-chart="${chart}"] .chart-card__table tbody tr`);
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('th, td').allTextContents()).map((c) => c.trim()));
  return out;
};

describe('File → Import of a project list, in Finnish, into an empty plan', () => {
  it('creates the leads with a chosen helix, maps the status words, gives one funding source to all rows; the Dashboard counts them', async () => {
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await rpc(page, 'plan.create', { path: path.join(app.dir, 'tyhja.s3plan'), fields: { name: 'Tyhjä strategia', region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 } });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tyhjä strategia' }).waitFor();
    const file = path.join(app.dir, 'hankkeet.csv');
    fs.copyFileSync(fixture, file);

    await page.keyboard.press('Control+i');
    await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
    await page.getByRole('radio', { name: w.target.actions, exact: true }).check();
    await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
    await page.getByRole('button', { name: w.continue, exact: true }).click();
    await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();

    // The columns, then the status words with the app's value proposed for each.
    await page.getByRole('heading', { level: 2, name: w.steps.map }).waitFor();
    const column = (header: string) => page.getByRole('combobox', { name: `Kenttä sarakkeelle ”${header}”`, exact: true });
    expect(await column('Toteuttajan nimi').inputValue()).toBe('lead');
    expect(await column('Tila').inputValue()).toBe('status');
    const value = (word: string) => page.getByRole('combobox', { name: `Arvo strategiassa sanalle ”${word}” (Tila)`, exact: true });
    expect(await value('Toiminnassa').inputValue()).toBe('running');
    expect(await value('Päättynyt').inputValue()).toBe('completed');
    expect(await value('Suunnitteilla').inputValue()).toBe('planned');
    expect(await value('Käynnissä').inputValue()).toBe('running');
    // A word the app does not know is not mapped until the user says what it is.
    expect(await value('Odottaa rahoituspäätöstä').inputValue()).toBe('');
    await value('Odottaa rahoituspäätöstä').selectOption('planned');
    // The file has no funding source column: one for all rows.
    await page.getByRole('combobox', { name: w.field.actions.fundingSource, exact: true }).selectOption({ label: fi.fundingKind.erdf });
    await page.getByRole('heading', { level: 3, name: w.defaults.title }).scrollIntoViewIfNeeded();
    await app.screenshot(page, 'import-values-fi');
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();

    // The check: six rows, one bad; eight things to be created.
    await page.getByRole('heading', { level: 2, name: w.steps.preview }).waitFor();
    const count = async (k: string) => (await page.locator(`[data-count="${k}"] dd`).textContent())?.trim();
    await expect.poll(() => count('add')).toBe('6');
    expect(await count('bad')).toBe('1');
    const created = page.getByRole('table', { name: w.created.caption });
    expect(await created.locator('tbody th').allTextContents()).toEqual([
      'Kymin Kiertotalous Oy', 'Haminan Satamapalvelut Oy', 'Kaakkois-Suomen ammattikorkeakoulu', 'Hämeen Älytekniikka Oy',
      'Kiertotalous', 'Logistiikka', 'Biotalous', 'Energia',
    ]);
    await page.getByRole('radio', { name: w.preview.goodOnly }).check();
    // Without a helix the import does not start; the error summary says what to choose.
    await page.getByRole('button', { name: 'Tuo 6 riviä', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: w.created.helixMissing }).click();
    await page.getByRole('combobox', { name: w.created.helix, exact: true }).selectOption('business');
    await page.getByRole('combobox', { name: w.created.type, exact: true }).selectOption('sme');
    await page.getByRole('combobox', { name: 'Osapuoli: Kaakkois-Suomen ammattikorkeakoulu', exact: true }).selectOption('academia');
    await page.getByRole('combobox', { name: 'Tyyppi: Kaakkois-Suomen ammattikorkeakoulu', exact: true }).selectOption('uas');
    await created.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'import-created-fi');
    await page.getByRole('button', { name: 'Tuo 6 riviä', exact: true }).click();

    await page.getByRole('heading', { level: 2, name: w.done.title }).waitFor();
    await page.getByText('Lisätty: 6', { exact: true }).waitFor();
    await page.getByText(w.done.created.replace('{{count, number}}', '8'), { exact: true }).waitFor();

    // The Dashboard: actions by status per sector, stakeholders by helix and type.
    await page.getByRole('link', { name: fi.nav.dashboard, exact: true }).click();
    await page.locator('[data-chart="actions-by-sector"]').waitFor();
    // Columns: sector, planned, running, completed, late, cancelled, total.
    // The Dashboard seen before the import is shown until its refetch answers: wait for the new counts.
    const bySector = async () => Object.fromEntries((await twin(page, 'actions-by-sector')).map(([sector, ...n]) => [sector, n]));
    await expect.poll(bySector).toEqual({
      Kiertotalous: ['0', '1', '0', '0', '0', '1'],
      Logistiikka: ['1', '0', '1', '0', '0', '2'],
      Biotalous: ['1', '0', '0', '0', '0', '1'],
      Energia: ['0', '2', '0', '0', '0', '2'],
    });
    expect(await twin(page, 'stakeholder-base')).toEqual([
      [fi.helix.business, fi.stakeholderType.sme, '3'],
      [fi.helix.academia, fi.stakeholderType.uas, '1'],
    ]);
    await page.locator('[data-chart="stakeholder-base"]').scrollIntoViewIfNeeded();
    await app.screenshot(page, 'import-dashboard-fi');
    await page.context().close();
  });
});
