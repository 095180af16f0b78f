import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import importFi from '../../resources/locales/import.fi.json';
import example from '../../resources/example-plan/example-plan.json';

/** Issue 18 in the wizard: the read step fits the window; conversions and the number format are shown; a format that reads two ways is asked. */
let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const w = importFi.import;
const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/import', name);

async function readFile(page: Page, file: string) {
  await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
  await page.keyboard.press('Control+i');
  await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
  await page.getByRole('radio', { name: w.target.actions, exact: true }).check();
  await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
  await page.getByRole('button', { name: w.continue, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: w.steps.read }).waitFor();
}

/**
 * How far the page scrolls sideways (0: it fits the window): the widest overflow of the import
 * screen and every element around it (the app's main area scrolls, not only the document).
 */
const pageOverflow = (page: Page) =>
  page.evaluate<number>(`(() => {
    let widest = 0;
    for (let el = document.querySelector('.import-screen'); el; el = el.parentElement) widest = Math.max(widest, el.scrollWidth - el.clientWidth);
    return widest;
  })()`);

describe('Import conversions, in Finnish, at 1366 × 768', () => {
  it('the read step fits the window; the mapping shows how "500.000" reads; the check lists each conversion', async () => {
    const page = await app.open({ language: 'fi', width: 1366, height: 768 });
    await readFile(page, fixture('projects-convert-fi.csv'));
    await page.locator('.import-sample table').waitFor();
    // The 320-character title and eight columns scroll inside the table's frame, not the page.
    expect(await pageOverflow(page)).toBe(0);
    const frame = await page.evaluate<{ scroll: number; client: number }>(`(() => { const el = document.querySelector('.import-sample'); return { scroll: el.scrollWidth, client: el.clientWidth }; })()`);
    expect(frame.scroll).toBeGreaterThan(frame.client);
    await app.screenshot(page, 'import-convert-read-fi');

    await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: w.steps.map }).waitFor();
    // "1.250.000" in the same column shows the dot groups thousands: proposed, and shown.
    expect(await page.getByRole('radio', { name: w.numbers.comma, exact: true }).isChecked()).toBe(true);
    expect(await page.getByTestId('number-reading').textContent()).toBe('Tiedoston ”500.000” luetaan: 500\u00a0000\u00a0€.');
    expect(await pageOverflow(page)).toBe(0);
    await app.screenshot(page, 'import-convert-map-fi');

    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: w.steps.preview }).waitFor();
    const conversions = page.getByRole('table', { name: w.preview.conversionsCaption });
    await conversions.waitFor();
    const rows = await Promise.all((await conversions.locator('tbody tr').all()).map((tr) => tr.locator('td').allTextContents()));
    expect(rows.map((r) => r.slice(0, 2).concat(r[3]!))).toEqual([
      ['2', 'Aloituspvm', 'luettu päiväksi 14.11.2023: Unix-aika sekunteina (1.1.1970 alkaen, UTC)'],
      ['2', 'Päättymispvm', 'luettu päiväksi 31.12.2025: Unix-aika millisekunteina (1.1.1970 alkaen, UTC)'],
      ['2', 'Kuvaus', w.warning.htmlConverted],
      ['3', 'Aloituspvm', 'luettu päiväksi 1.1.2024: Excelin päivänumero (päiviä vuodesta 1900)'],
      ['3', 'Päättymispvm', 'luettu päiväksi 31.12.2025: Excelin päivänumero (päiviä vuodesta 1900)'],
      ['3', 'Kuvaus', w.warning.htmlConverted],
      ['5', 'Aloituspvm', 'luettu päiväksi 1.1.2024: Unix-aika sekunteina (1.1.1970 alkaen, UTC)'],
    ]);
    expect(await page.getByRole('heading', { name: '7 arvoa muunnettiin' }).count()).toBe(1);
    expect(await pageOverflow(page)).toBe(0);
    await app.screenshot(page, 'import-convert-preview-fi');
    await page.context().close();
  });

  it('asks how the file writes numbers when every amount reads two ways, and goes on once answered', async () => {
    const page = await app.open({ language: 'fi' });
    await readFile(page, fixture('projects-thousands-ambiguous.csv'));
    await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: w.steps.map }).waitFor();
    const question = 'Tiedoston ”500.000” voi olla 500\u00a0000\u00a0€ tai 500\u00a0€: valitse, miten tiedosto kirjoittaa luvut.';
    expect(await page.getByTestId('number-question').textContent()).toBe(question);
    // Nothing is chosen for the user.
    expect(await page.getByRole('radio', { name: w.numbers.comma, exact: true }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: w.numbers.point, exact: true }).isChecked()).toBe(false);
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: question }).waitFor();
    await app.screenshot(page, 'import-convert-number-question-fi');
    // The summary's link goes to the choice.
    await page.getByRole('alert').getByRole('link', { name: question }).click();
    expect(await page.evaluate<string | undefined>('document.activeElement?.value')).toBe('comma');
    await page.getByRole('radio', { name: w.numbers.comma, exact: true }).check();
    expect(await page.getByTestId('number-reading').textContent()).toBe('Tiedoston ”500.000” luetaan: 500\u00a0000\u00a0€.');
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: w.steps.preview }).waitFor();
    await expect.poll(async () => (await page.locator('[data-count="add"] dd').textContent())?.trim()).toBe('2');
    expect((await page.locator('[data-count="bad"] dd').textContent())?.trim()).toBe('0');
    await page.context().close();
  });
});
