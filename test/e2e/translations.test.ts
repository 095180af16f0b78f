// Issue 20, multilingual content: a sector's texts in the plan's second language, entered in
// its detail pane (a marker where a text is not translated yet), undone and redone as one step,
// and used by the PDF in that language while the main language's PDF keeps its own.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc } from './editors-helpers';
import { exportOnPage } from '../bench/report';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import fiImport from '../../resources/locales/import.fi.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const outDir = path.resolve(import.meta.dirname, '..', '..', 'test-output');
const pdfText = (pdf: Uint8Array, name: string) => {
  const file = path.join(outDir, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text);

describe('multilingual content', () => {
  it('a sector’s English texts: entered in its pane with a marker where one is missing, one undo step', async () => {
    const page = await app.open({ language: 'en', width: 1366, height: 768 });
    await page.locator('h1').first().waitFor();
    await rpc(page, 'plan.openExample', { recreate: true });
    const plan = await rpc<{ languages: string[] }>(page, 'plan.get');
    expect(plan.languages).toEqual(['fi', 'en']); // the example plan is Finnish, with English second
    const logistics = (await rpc<{ id: string; name: string }[]>(page, 'sector.list')).find((s) => s.name === 'Logistiikka')!;
    await page.evaluate(`location.hash = '#/sectors/${logistics.id}'`);

    const section = page.getByRole('region', { name: en.translations.title });
    await section.waitFor();
    // Not translated yet: said in words where the English text would be.
    const missing = fill(en.translations.missing, { language: en.planLanguage.fi });
    expect(await section.getByText(missing).count()).toBeGreaterThan(0);

    await section.getByRole('button', { name: fill(en.translations.edit, { language: en.planLanguage.en }) }).click();
    const form = page.getByRole('form', { name: fill(en.translations.formTitle, { language: en.planLanguage.en }) });
    // Focus is on the first field: typing goes there.
    await page.keyboard.type('Logistics');
    await form.getByLabel(en.translations.field.description).fill('Ports, rail and the corridors that link them.');
    await form.getByRole('button', { name: en.common.save }).click();
    await form.waitFor({ state: 'detached' });
    await section.getByText('Logistics', { exact: true }).waitFor();
    await section.getByText('Ports, rail and the corridors that link them.').waitFor();
    // Rationale stays untranslated: its marker is still there.
    expect(await section.getByText(missing).count()).toBe(1);
    // Focus is back on the Edit button, not on the page body.
    expect(await page.evaluate('document.activeElement.textContent')).toBe(fill(en.translations.edit, { language: en.planLanguage.en }));
    await section.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'translations-sector-en');

    // One undo step: both texts go, and come back with redo.
    await page.locator('body').press('Control+Z');
    await expect.poll(async () => (await rpc<unknown[]>(page, 'translation.list', { lang: 'en' })).length).toBe(0);
    await page.locator('body').press('Control+Y');
    await expect.poll(async () => (await rpc<unknown[]>(page, 'translation.list', { lang: 'en' })).length).toBe(2);

    await page.context().close();
  });

  // Each PDF in a test of its own: one export takes 10–30 s on a busy 2-core machine.
  for (const [lang, shown, hidden] of [['en', 'Logistics', 'Logistiikka'], ['fi', 'Logistiikka', 'Logistics']] as const) {
    it(`the ${lang === 'en' ? 'English' : 'Finnish'} PDF tells of ${shown}${lang === 'en' ? ' with its English description' : ''}, never of ${hidden}`, async () => {
      const page = await app.open({ language: 'en' });
      await page.locator('h1').first().waitFor();
      // The texts entered in the test above.
      expect((await rpc<{ text: string }[]>(page, 'translation.list', { lang: 'en' })).map((x) => x.text).sort()).toEqual(['Logistics', 'Ports, rail and the corridors that link them.']);
      const text = pdfText((await exportOnPage(page, { lang })).pdf, `translations-${lang}.pdf`);
      expect(text).toMatch(new RegExp(`\\d\\.\\d+\\s+${shown}\\b`));
      expect(text).not.toMatch(new RegExp(`\\b${hidden}\\b`));
      if (lang === 'en') expect(text).toContain('Ports, rail and the corridors that link them.');
      await page.context().close();
    });
  }

  it('the Swedish PDF uses the Swedish texts where the plan has them, the main language elsewhere', async () => {
    const page = await app.open({ language: 'sv' });
    await page.locator('h1').first().waitFor();
    const plan = await rpc<{ updatedAt: string }>(page, 'plan.get');
    await rpc(page, 'plan.update', { expectedUpdatedAt: plan.updatedAt, languages: ['fi', 'en', 'sv'] });
    const logistics = (await rpc<{ id: string; name: string }[]>(page, 'sector.list')).find((x) => x.name === 'Logistiikka')!;
    await rpc(page, 'translation.set', { owner: 'sector', ownerId: logistics.id, lang: 'sv', texts: { name: 'Logistik' } });
    const text = pdfText((await exportOnPage(page, { lang: 'sv' })).pdf, 'translations-sv.pdf');
    expect(text).toMatch(/\d\.\d+\s+Logistik\b/);
    expect(text).not.toMatch(/\bLogistics\b/);
    // Not translated into Swedish: the Finnish name stands in.
    expect(text).toMatch(/\d\.\d+\s+Energia ja vesi\b/);
    await page.context().close();
  });

  it('the Dashboard and the slides read the plan in the UI’s language: Logistics in English, Logistiikka in Finnish', async () => {
    for (const [language, shown, hidden] of [['en', 'Logistics', 'Logistiikka'], ['fi', 'Logistiikka', 'Logistics']] as const) {
      const page = await app.open({ language, width: 1366, height: 768 });
      await page.locator('h1').first().waitFor();
      await page.evaluate(`location.hash = '#/dashboard'`);
      const matrix = page.locator('[data-chart="coverage-matrix"]');
      // The matrix's row headers name the sectors, one a line.
      await expect.poll(() => matrix.innerText()).toMatch(new RegExp(`^${shown}$`, 'm'));
      expect(await matrix.innerText()).not.toMatch(new RegExp(`^${hidden}$`, 'm'));
      await page.context().close();
    }
  });

  it('in Finnish: the translations out to an XLSX and a translator’s file read back, with what it changes said before it is applied', async () => {
    const page = await app.open({ language: 'fi', width: 1366, height: 768 });
    await page.locator('h1').first().waitFor();
    await page.evaluate(`location.hash = '#/settings'`);
    const group = page.getByRole('region', { name: fi.translations.file.title });
    await group.getByRole('button', { name: fi.translations.file.export }).click();
    const file = path.join(app.dir, 'kaannokset.xlsx');
    const saveDialog = page.getByRole('dialog', { name: fiImport.import.export.pathTitle });
    await saveDialog.getByRole('textbox').fill(file);
    await saveDialog.getByRole('button', { name: fiImport.import.export.save }).click();
    await expect.poll(() => fs.existsSync(file)).toBe(true);

    // A translator fills in English for Energia ja vesi.
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0]!;
    // One column per plan language, the main one first (Swedish joined the plan in a test above).
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['id', 'kind', 'field', 'fi', 'en', 'sv']);
    ws.eachRow((row) => {
      if (row.getCell(4).value === 'Energia ja vesi') row.getCell(5).value = 'Energy and water';
    });
    await book.xlsx.writeFile(file);

    await group.getByRole('button', { name: fi.translations.file.import }).click();
    const readDialog = page.getByRole('dialog', { name: fi.translations.file.pathTitle });
    await readDialog.getByRole('textbox').fill(file);
    await readDialog.getByRole('button', { name: fi.translations.file.read }).click();
    await group.getByText(fi.translations.file.changes_one.replace('{{count}}', '1')).waitFor();
    await app.screenshot(page, 'translations-file-fi');
    await group.getByRole('button', { name: fi.translations.file.apply }).click();
    await expect.poll(async () => (await rpc<{ text: string }[]>(page, 'translation.list', { lang: 'en' })).map((x) => x.text)).toContain('Energy and water');
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the translations section passes axe (${colorScheme})`, async () => {
      const page = await openForAxe(app, { language: 'en', colorScheme });
      await page.locator('h1').first().waitFor();
      const sector = (await rpc<{ id: string }[]>(page, 'sector.list'))[0]!;
      await page.evaluate(`location.hash = '#/sectors/${sector.id}'`);
      await page.getByRole('region', { name: en.translations.title }).waitFor();
      expect(await axeSerious(page)).toEqual([]);
      await page.getByRole('button', { name: fill(en.translations.edit, { language: en.planLanguage.en }) }).click();
      await page.getByRole('form', { name: fill(en.translations.formTitle, { language: en.planLanguage.en }) }).waitFor();
      expect(await axeSerious(page)).toEqual([]);
      await page.context().close();
    });
  }
});
