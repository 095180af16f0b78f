/**
 * Issue 18, in Finnish: a region's sectors from a two-sheet priority list (choosing the sheet
 * and taking one region's rows), checked in the sectors list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import fi from '../../resources/locales/fi.json';
import importFi from '../../resources/locales/import.fi.json';
import example from '../../resources/example-plan/example-plan.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const w = importFi.import;

async function menu(page: Page, menuName: string, item: string) {
  await page.getByRole('menubar').getByRole('menuitem', { name: menuName, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('File → Import of sectors, in Finnish', () => {
  it('imports one region’s sectors from the second sheet of a priority list', async () => {
    const file = path.join(app.dir, 'painopisteet.xlsx');
    fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/import/priority-list-regions.xlsx'), file);
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await menu(page, fi.menu.file._, fi.menu.file.import);

    // 1. Sectors, from the workbook.
    await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
    await page.getByRole('radio', { name: w.target.sectors, exact: true }).check();
    await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
    await page.getByRole('button', { name: w.continue, exact: true }).click();

    // 2. The notes sheet is read first; the list is on the second sheet.
    await page.getByRole('heading', { level: 2, name: w.steps.read }).waitFor();
    const sheet = page.getByRole('combobox', { name: w.read.sheet, exact: true });
    expect(await sheet.inputValue()).toBe('Ohjeet');
    await sheet.selectOption('Painopisteet');
    await page.getByRole('cell', { name: 'Digitaaliset palvelut', exact: true }).waitFor();
    await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();

    // 3. The columns are proposed from the Finnish headers; the region column chooses the rows.
    await page.getByRole('heading', { level: 2, name: w.steps.map }).waitFor();
    const select = (column: string) => page.getByRole('combobox', { name: `Kenttä sarakkeelle ”${column}”`, exact: true });
    expect(await select('Maakunta').inputValue()).toBe('');
    expect(await select('Painopiste').inputValue()).toBe('name');
    expect(await select('NACE-koodit').inputValue()).toBe('naceCodes');
    expect(await select('Taloudellinen toimiala').inputValue()).toBe('economicDomain');
    await page.getByRole('combobox', { name: w.filter.column, exact: true }).selectOption({ label: 'Maakunta' });
    // A column with no value ticked would take nothing: the step says so at the values.
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
    const noValues = w.filter.noValues.replace('{{column}}', 'Maakunta');
    await page.getByRole('alert').getByRole('link', { name: noValues }).waitFor();
    await page.getByRole('checkbox', { name: 'Kymenlaakso (4 riviä)', exact: true }).check();
    expect(await page.getByRole('checkbox', { name: 'Etelä-Karjala (2 riviä)', exact: true }).isChecked()).toBe(false);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await app.screenshot(page, 'import-sectors-filter-fi');
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();

    // 4. Two of the region's sectors are in the example plan (updated), one is new, one has no name.
    await page.getByRole('heading', { level: 2, name: w.steps.preview }).waitFor();
    const count = async (k: string) => (await page.locator(`[data-count="${k}"] dd`).textContent())?.trim();
    await expect.poll(() => count('add')).toBe('1');
    expect(await count('update')).toBe('2');
    expect(await count('bad')).toBe('1');
    await page.getByText('4 riviä jätetään pois: niiden ”Maakunta” ei ole mikään valituista arvoista.', { exact: true }).waitFor();
    const rows = page.getByRole('table', { name: w.preview.caption }).locator('tbody tr');
    expect(await rows.first().locator('td').allTextContents()).toEqual(['5', 'Painopiste', '', w.issue.required]);
    await app.screenshot(page, 'import-sectors-preview-fi');
    await page.getByRole('radio', { name: w.preview.goodOnly }).check();
    await page.getByRole('button', { name: 'Tuo 3 riviä', exact: true }).click();

    // 5. Done; the sectors list has the region's new sector and none of the other regions'.
    await page.getByRole('heading', { level: 2, name: w.done.title }).waitFor();
    await page.getByText('Lisätty: 1', { exact: true }).waitFor();
    await page.getByText('Päivitetty: 2', { exact: true }).waitFor();
    await page.getByRole('link', { name: `Siirry: ${fi.nav.sectors}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fi.sectors.title }).waitFor();
    await page.getByText('Digitaaliset palvelut', { exact: true }).first().waitFor();
    for (const other of ['Puhdas energia', 'Muotoilu', 'Ympäristöteknologia']) expect(await page.getByText(other, { exact: true }).count()).toBe(0);
    expect(await page.getByText('Logistiikka', { exact: true }).count()).toBeGreaterThan(0);
    await app.screenshot(page, 'import-sectors-list-fi');
    await page.context().close();
  });
});
