import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import fi from '../../resources/locales/fi.json';
import { helixes } from '../../shared/schemas/enums';
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

async function menu(page: Page, menuName: string, item: string | RegExp) {
  await page.getByRole('menubar').getByRole('menuitem', { name: menuName, exact: true }).click();
  await page.getByRole('menuitem', typeof item === 'string' ? { name: item, exact: true } : { name: item }).click();
}

/** A small CSV parser (quotes, doubled quotes, the given delimiter). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}

describe('File → Import, in Finnish, on the example plan', () => {
  it('imports a Windows-1252 stakeholder CSV: fix the mapping, see the bad row, import the good rows, undo, redo', async () => {
    // Finnish Excel's "CSV (semicolon)": Windows-1252 bytes, ä and ö as single bytes.
    const csv = [
      'Nimi;Neloskierre;Tyyppi;Kunta;Kärkiala;Yhteyshlö',
      'Säätiö Örö Testi;yritys;pk-yritys;Kotka;Logistiikka;Matti Meikäläinen',
      'Hämeen Tuontiyhdistys;Tuntematon;yhdistys;Hämeenlinna;Energia ja vesi;Liisa Lähde',
      'Kymen Kokeilu Oy;julkinen;kunta;Kouvola;Logistiikka;Pekka Pöllö',
      '',
    ].join('\r\n');
    const file = path.join(app.dir, 'sidosryhmät.csv');
    fs.writeFileSync(file, Buffer.from(csv, 'latin1'));
    expect(fs.readFileSync(file).includes(0xe4)).toBe(true);

    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await menu(page, fi.menu.file._, fi.menu.file.import);
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();

    // 1. What and which file. Continue without a path: the error summary links to the field.
    await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
    expect(await page.getByRole('radio', { name: w.target.stakeholders, exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: w.continue, exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: w.file.empty }).waitFor();
    await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
    await app.screenshot(page, 'import-step-1-choose-fi');
    await page.getByRole('button', { name: w.continue, exact: true }).click();

    // 2. The file as read.
    await page.getByRole('heading', { level: 2, name: w.steps.read }).waitFor();
    await page.getByText(w.read.encodings.windows1252, { exact: true }).waitFor();
    await page.getByText(w.read.delimiters.semicolon, { exact: true }).waitFor();
    await page.getByText('3 riviä otsikkorivin alla', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Säätiö Örö Testi', exact: true }).waitFor();
    await app.screenshot(page, 'import-step-2-read-fi');
    await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();

    // 3. Mapping: the proposal leaves "Yhteyshlö" unmapped; a wrong choice shows at its select.
    await page.getByRole('heading', { level: 2, name: w.steps.map }).waitFor();
    const select = (column: string) => page.getByRole('combobox', { name: `Kenttä sarakkeelle ”${column}”`, exact: true });
    expect(await select('Nimi').inputValue()).toBe('name');
    expect(await select('Neloskierre').inputValue()).toBe('helix');
    expect(await select('Tyyppi').inputValue()).toBe('type');
    expect(await select('Kunta').inputValue()).toBe('municipality');
    expect(await select('Kärkiala').inputValue()).toBe('sectors');
    expect(await select('Yhteyshlö').inputValue()).toBe('');
    await select('Kunta').selectOption('name');
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
    const twice = '”Nimi” on valittu useammalle sarakkeelle. Valitse se vain yhdelle.';
    await page.getByRole('alert').getByRole('link', { name: twice }).first().waitFor();
    await app.screenshot(page, 'import-step-3-mapping-error-fi');
    await page.getByRole('alert').getByRole('link', { name: twice }).first().click();
    await select('Kunta').selectOption('municipality');
    await select('Yhteyshlö').selectOption('contactName');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await app.screenshot(page, 'import-step-3-mapping-fi');
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();

    // 4. The check: counts and the bad-row report, with the exact row and reason.
    await page.getByRole('heading', { level: 2, name: w.steps.preview }).waitFor();
    const count = async (k: string) => (await page.locator(`[data-count="${k}"] dd`).textContent())?.trim();
    await expect.poll(() => count('add')).toBe('2');
    expect(await count('update')).toBe('0');
    expect(await count('skip')).toBe('1');
    expect(await count('bad')).toBe('1');
    const table = page.getByRole('table', { name: w.preview.caption });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    // The reason names the values the field takes, in Finnish.
    const helixWords = helixes.map((h) => `”${fi.helix[h]}”`).join(', ');
    expect(await rows.first().locator('td').allTextContents()).toEqual(['3', 'Neloskierre', 'Tuntematon', w.issue.unknownValueOf.replace('{{values}}', helixWords)]);
    await app.screenshot(page, 'import-step-4-preview-fi');
    // Importing needs a choice; then only the good rows.
    await page.getByRole('button', { name: 'Tuo 2 riviä', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: w.preview.choice }).waitFor();
    await page.getByRole('radio', { name: w.preview.goodOnly }).check();
    await page.getByRole('button', { name: 'Tuo 2 riviä', exact: true }).click();

    // 5. The result, one undo step.
    await page.getByRole('heading', { level: 2, name: w.done.title }).waitFor();
    await page.getByText('Lisätty: 2', { exact: true }).waitFor();
    await page.getByText('Ohitettu: 1', { exact: true }).waitFor();
    await app.screenshot(page, 'import-step-5-done-fi');
    await page.getByRole('link', { name: `Siirry: ${fi.nav.stakeholders}`, exact: true }).click();

    // In the list: the fixed mapping brought the contact name (search finds it).
    const search = page.getByRole('searchbox', { name: fi.list.search, exact: true });
    await search.fill('Meikäläinen');
    await page.getByText('Säätiö Örö Testi', { exact: true }).first().waitFor();
    await search.fill('Kokeilu');
    await page.getByText('Kymen Kokeilu Oy', { exact: true }).first().waitFor();
    await search.fill('Tuontiyhdistys');
    await page.getByText(fi.list.noMatches, { exact: true }).waitFor();
    await search.fill('Kokeilu');
    await page.getByText('Kymen Kokeilu Oy', { exact: true }).first().waitFor();

    // Undo (Muokkaa → Kumoa …): both rows go; redo: both come back.
    await menu(page, fi.menu.edit._, /^Kumoa/);
    await expect.poll(() => page.getByText('Kymen Kokeilu Oy', { exact: true }).count()).toBe(0);
    await search.fill('Meikäläinen');
    await page.getByText(fi.list.noMatches, { exact: true }).waitFor();
    await app.screenshot(page, 'import-undone-fi');
    await menu(page, fi.menu.edit._, /^Tee uudelleen/);
    await page.getByText('Säätiö Örö Testi', { exact: true }).first().waitFor();
    await search.fill('Kokeilu');
    await page.getByText('Kymen Kokeilu Oy', { exact: true }).first().waitFor();
    await page.context().close();
  });

  it('refuses a file that is not a spreadsheet, with a clear message at the field', async () => {
    const file = path.join(app.dir, 'kuva.png');
    fs.writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await page.keyboard.press('Control+i');
    await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
    await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
    await page.getByRole('button', { name: w.continue, exact: true }).click();
    const message = w.errors.notSpreadsheet.png.replace('{{file}}', 'kuva.png');
    await page.getByRole('alert').getByRole('link', { name: message }).waitFor();
    await page.getByRole('heading', { level: 2, name: w.steps.choose }).waitFor();
    await app.screenshot(page, 'import-not-spreadsheet-fi');
    await page.context().close();
  });
});

describe('Export a list, in Finnish', () => {
  it('exports the filtered stakeholder list to CSV with Finnish headers and words', async () => {
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    // The list's filters live in the URL.
    await page.goto(`${new URL(page.url()).origin}/#/stakeholders?helix=civil`);
    await page.getByRole('heading', { level: 1, name: fi.stakeholders.title }).waitFor();
    const civil = example.stakeholders.filter((s) => s.helix === 'civil').map((s) => s.name);
    await page.getByText(`, joista näytetään ${civil.length}`, { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Vie: sidosryhmät', exact: true }).click();
    await page.getByRole('menuitem', { name: importFi.import.export.csv, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: importFi.import.export.pathTitle });
    const target = path.join(app.dir, 'vienti', 'kansalaisyhteiskunta.csv');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await dialog.getByRole('textbox', { name: importFi.import.export.pathLabel, exact: true }).fill(target);
    await app.screenshot(page, 'export-path-fi');
    await dialog.getByRole('button', { name: importFi.import.export.save, exact: true }).click();
    await expect.poll(() => fs.existsSync(target)).toBe(true);
    await page.getByText(`${civil.length} riviä vietiin tiedostoon kansalaisyhteiskunta.csv.`, { exact: true }).waitFor();

    const text = fs.readFileSync(target, 'utf8').replace(/^\uFEFF/, '');
    const delimiter = text.split(/\r?\n/)[0]!.includes(';') ? ';' : ',';
    const [header, ...rows] = parseCsv(text, delimiter);
    expect(header).toEqual(expect.arrayContaining(['Tunniste', 'Nimi', w.field.stakeholders.helix, 'Tyyppi', 'Kunta', 'Kärkialat (ja sitoutuminen)']));
    const name = header!.indexOf('Nimi');
    const helix = header!.indexOf(w.field.stakeholders.helix);
    expect(rows.map((r) => r[name]).sort()).toEqual([...civil].sort());
    expect(new Set(rows.map((r) => r[helix]))).toEqual(new Set([fi.helix.civil]));
    await page.context().close();
  });

  it('exports a chart\'s data table to XLSX from the Dashboard', async () => {
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    const button = page.locator('[data-chart] button[data-export="xlsx"]').first();
    await button.waitFor();
    const chart = await page.locator('[data-chart]').first().getAttribute('data-chart');
    await button.click();
    const dialog = page.getByRole('dialog', { name: importFi.import.export.pathTitle });
    const target = path.join(app.dir, 'vienti', `${chart}.xlsx`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await dialog.getByRole('textbox', { name: importFi.import.export.pathLabel, exact: true }).fill(target);
    await dialog.getByRole('button', { name: importFi.import.export.save, exact: true }).click();
    // The first export loads the spreadsheet writer in the core's thread: seconds on a busy machine.
    await expect.poll(() => fs.existsSync(target), { timeout: 15_000 }).toBe(true);
    // An XLSX workbook is a ZIP file.
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });
});
