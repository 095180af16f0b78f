import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { rpc, typeDate } from './editors-helpers';
import fs from 'node:fs';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import importFi from '../../resources/locales/import.fi.json';

/**
 * Issue 13, path 1, in Chromium through the browser host: an action's funding edited in the
 * English and in the Finnish UI, with the cents checked in the plan file itself (read with
 * SQLite, not through the app).
 */
let app: App;
let planFile = '';
let actionId = '';
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Every funding line's cents as the plan file holds them, largest planned first. */
function stored(): [number, number, number][] {
  const db = new Database(planFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT planned_cents AS p, committed_cents AS c, spent_cents AS s FROM funding_line WHERE action_id = ?').all(actionId) as { p: number; c: number; s: number }[];
    return rows.map((r) => [r.p, r.c, r.s] as [number, number, number]).sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  } finally {
    db.close();
  }
}

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function openEditor(page: Page, labels: typeof en): Promise<Locator> {
  // The address carries the session token in its hash: move within the app instead of reloading it.
  await page.evaluate((hash) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  }, `#/actions/${actionId}`);
  await page.locator('#detail-title', { hasText: 'Kiertotalouden pilotit' }).waitFor();
  await page.getByRole('button', { name: labels.detail.edit, exact: true }).click();
  const form = page.locator('form#action-form');
  await form.waitFor();
  return form;
}

async function save(page: Page, form: Locator, labels: typeof en) {
  await form.getByRole('button', { name: labels.common.save, exact: true }).click();
  await form.waitFor({ state: 'detached' });
  await page.locator('#detail-title', { hasText: 'Kiertotalouden pilotit' }).waitFor();
}

describe('money in the English and the Finnish UI', () => {
  it('keeps €450,000 when only the description changes, and reads "€150,000" as €150,000, in English', async () => {
    const page = await app.open({ language: 'en' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    planFile = path.join(app.dir, 'money.s3plan');
    await rpc(page, 'plan.create', { path: planFile, fields: { name: 'Rahatesti', region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 } });
    const sources = await rpc<{ id: string; kind: string }[]>(page, 'fundingSource.list');
    const erdf = sources.find((s) => s.kind === 'erdf')!.id;
    const action = await rpc<{ id: string }>(page, 'action.create', {
      title: 'Kiertotalouden pilotit',
      type: 'project',
      fundingLines: [{ fundingSourceId: erdf, plannedCents: 45_000_000, committedCents: 45_000_000, spentCents: 1_234_567 }],
    });
    actionId = action.id;
    await page.reload();
    expect(stored()).toEqual([[45_000_000, 45_000_000, 1_234_567]]);

    let form = await openEditor(page, en);
    // The year grid: the undated action's line is in the plan period's first year.
    const cellEn = (year: number, measure: string) => form.getByLabel(`ERDF, ${year}, ${measure}`, { exact: true });
    expect(await cellEn(2021, en.actions.line.planned).inputValue()).toBe('450,000');
    expect(await cellEn(2021, en.actions.line.spent).inputValue()).toBe('12,345.67');
    await form.getByLabel(/^Description/).fill('Only the description changed');
    await save(page, form, en);
    expect(stored()).toEqual([[45_000_000, 45_000_000, 1_234_567]]);

    form = await openEditor(page, en);
    await cellEn(2022, en.actions.line.planned).fill('€150,000');
    await cellEn(2022, en.actions.line.committed).fill('150,000.50');
    await cellEn(2022, en.actions.line.committed).press('Tab');
    // Committed above planned (over the source's years) is questioned: saved only with a reason in the note.
    await form.getByRole('button', { name: en.common.save, exact: true }).click();
    await form.getByText(en.validation.custom.committedAbovePlanned).first().waitFor();
    await app.screenshot(page, 'money-committed-above-planned-en');
    await form.getByLabel(en.actions.line.note, { exact: true }).fill('Extra 50 cents agreed');
    // Dates are typed into the field's segments, day first in English too (issue 20).
    const start = form.getByRole('group', { name: lbl(en.actions.f.start) });
    await typeDate(start, '2025-03-01');
    const end = form.getByRole('group', { name: lbl(en.actions.f.end) });
    await typeDate(end, '2026-12-31');
    expect((await end.locator('.date-input__segments').textContent())?.replace(/[\u2066-\u2069\u200e\u200f]/g, '')).toBe('31/12/2026');
    await start.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'money-dates-en');
    await save(page, form, en);
    expect(await rpc<{ startDate: string; endDate: string }>(page, 'action.get', { id: actionId })).toMatchObject({ startDate: '2025-03-01', endDate: '2026-12-31' });
    expect(stored()).toEqual([[45_000_000, 45_000_000, 1_234_567], [15_000_000, 15_000_050, 0]]);
  });

  it('keeps every cent in Finnish, questions "150,000" and saves the reading chosen', async () => {
    const page = await app.open({ language: 'fi' });
    let form = await openEditor(page, fi as unknown as typeof en);
    const cellFi = (year: number, measure: string) => form.getByLabel(`EAKR, ${year}, ${measure}`, { exact: true });
    expect(plain(await cellFi(2021, fi.actions.line.planned).inputValue())).toBe('450 000');
    expect(plain(await cellFi(2021, fi.actions.line.spent).inputValue())).toBe('12 345,67');
    expect(plain(await cellFi(2022, fi.actions.line.committed).inputValue())).toBe('150 000,50');
    // The dates saved in English show the Finnish way in the Finnish UI.
    const shown = async (label: string) => (await form.getByRole('group', { name: lbl(label) }).locator('.date-input__segments').textContent())?.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
    expect(await shown(fi.actions.f.start)).toBe('1.3.2025');
    expect(await shown(fi.actions.f.end)).toBe('31.12.2026');
    await form.getByLabel(/^Kuvaus/).fill('Vain kuvaus muuttui');
    await save(page, form, fi as unknown as typeof en);
    expect(stored()).toEqual([[45_000_000, 45_000_000, 1_234_567], [15_000_000, 15_000_050, 0]]);

    form = await openEditor(page, fi as unknown as typeof en);
    // "150,000" reads two ways in Finnish: asked, never guessed.
    const typed = cellFi(2025, fi.actions.line.planned);
    await typed.fill('150,000');
    await typed.press('Tab');
    const question = form.getByText('”150,000” voi tarkoittaa kahta eri lukua. Kumpaa tarkoitit: 150 € tai 150 000 €?');
    await question.waitFor();
    await cellFi(2026, fi.actions.line.planned).fill('150 000 €');
    await form.getByRole('button', { name: fi.common.save, exact: true }).click();
    await form.getByRole('alert').filter({ hasText: fi.errors.summaryTitle }).waitFor();
    await app.screenshot(page, 'money-question-fi');
    expect(stored()).toHaveLength(2);
    await form.getByRole('group', { name: fi.validation.read.choose }).getByRole('button', { name: /^150\s000\s€$/ }).click();
    expect(plain(await typed.inputValue())).toBe('150 000');
    await question.waitFor({ state: 'detached' });
    await save(page, form, fi as unknown as typeof en);
    expect(stored()).toEqual([
      [45_000_000, 45_000_000, 1_234_567],
      [15_000_000, 15_000_050, 0],
      [15_000_000, 0, 0],
      [15_000_000, 0, 0],
    ]);
  });
});

describe('an import in the file\'s number format', () => {
  it('reads "1,500" in a decimal-point file as €1,500 in the Finnish UI', async () => {
    const w = importFi.import;
    const file = path.join(app.dir, 'actions-en.csv');
    fs.writeFileSync(file, 'Title,Funding source,Planned,Committed\r\nTuonti A,ERDF,"1,500","1,500"\r\nTuonti B,ERDF,"1,234.56",0\r\n');
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('menubar').getByRole('menuitem', { name: fi.menu.file._, exact: true }).click();
    await page.getByRole('menuitem', { name: fi.menu.file.import, exact: true }).click();
    await page.getByRole('radio', { name: w.target.actions, exact: true }).check();
    await page.getByRole('textbox', { name: w.file.label, exact: true }).fill(file);
    await page.getByRole('button', { name: w.continue, exact: true }).click();
    await page.getByRole('button', { name: w.read.toMapping, exact: true }).click();
    // The file's own "1,234.56" shows its format; the choice is the user's to change.
    await page.getByRole('group', { name: w.numbers.label }).waitFor();
    expect(await page.getByRole('radio', { name: w.numbers.point, exact: true }).isChecked()).toBe(true);
    await page.getByText(w.numbers.found, { exact: true }).waitFor();
    await app.screenshot(page, 'money-import-format-fi');
    await page.getByRole('button', { name: w.map.toPreview, exact: true }).click();
    await expect.poll(async () => (await page.locator('[data-count="add"] dd').textContent())?.trim()).toBe('2');
    await page.getByRole('button', { name: 'Tuo 2 riviä', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: w.done.title }).waitFor();
    const db = new Database(planFile, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare("SELECT a.title, f.planned_cents AS p, f.committed_cents AS c FROM action a JOIN funding_line f ON f.action_id = a.id WHERE a.title LIKE 'Tuonti %' ORDER BY a.title").all();
      expect(rows).toEqual([{ title: 'Tuonti A', p: 150_000, c: 150_000 }, { title: 'Tuonti B', p: 123_456, c: 0 }]);
    } finally {
      db.close();
    }
  });
});

const lbl = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
