import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { sha256 } from '../helpers/core';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import chartsEn from '../../resources/locales/charts.en.json';
import chartsFi from '../../resources/locales/charts.fi.json';
import example from '../../resources/example-plan/example-plan.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const screens = ['dashboard', 'sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops', 'settings'] as const;

async function menu(page: Page, menuName: string, item: string) {
  await page.getByRole('menubar').getByRole('menuitem', { name: menuName, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('the shell on the example plan', () => {
  for (const language of ['en', 'fi'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`shows the example plan in ${language}, ${colorScheme}`, async () => {
        const labels = language === 'fi' ? fi : en;
        const page = await app.open({ language, colorScheme });
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(example.plan.name);
        expect(await page.title()).toContain(example.plan.name);
        // The charts load in their own chunk: wait for the coverage section.
        await page.getByRole('heading', { level: 2, name: (language === 'fi' ? chartsFi : chartsEn).charts.sections.coverage, exact: true }).waitFor();
        await app.screenshot(page, `dashboard-${language}-${colorScheme}`);
        for (const screen of screens) {
          await page.getByRole('navigation').getByRole('link', { name: labels.nav[screen], exact: true }).click();
          await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toContain(
            screen === 'dashboard' ? example.plan.name : labels.nav[screen],
          );
        }
        await page.getByRole('navigation').getByRole('link', { name: labels.nav.stakeholders, exact: true }).click();
        // The list is virtualised: search brings a row into view, with Finnish folding.
        await page.getByRole('searchbox', { name: labels.list.search, exact: true }).fill('prizz');
        await page.getByText('Prizztech Oy', { exact: true }).first().waitFor();
        await page.getByRole('searchbox', { name: labels.list.search, exact: true }).fill('');
        await app.screenshot(page, `stakeholders-${language}-${colorScheme}`);
        await page.getByRole('navigation').getByRole('link', { name: labels.nav.sectors, exact: true }).click();
        for (const s of example.sectors) await page.getByText(s.name, { exact: true }).first().waitFor();
        await page.context().close();
      });
    }
  }
});

describe('plan files through the UI', () => {
  it('creates a plan, adds a sector, and still has it after a reload', async () => {
    const page = await app.open({ language: 'en' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await menu(page, en.menu.file._, en.menu.file.new);
    const form = page.getByRole('dialog');
    await form.getByRole('textbox', { name: 'Plan name', exact: true }).fill('Pohjanmaan S3 2021–2027');
    await form.getByRole('textbox', { name: 'Region', exact: true }).fill('Pohjanmaa');
    await form.getByRole('textbox', { name: 'First year', exact: true }).fill('2021');
    await form.getByRole('textbox', { name: 'Last year', exact: true }).fill('2027');
    await form.getByRole('button', { name: 'Next: choose where to save' }).click();
    const file = path.join(app.dir, 'Pohjanmaa.s3plan');
    const pathDialog = page.getByRole('dialog');
    await pathDialog.getByRole('textbox', { name: 'File path', exact: true }).fill(file);
    await pathDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pohjanmaan S3 2021–2027' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Sectors', exact: true }).click();
    await page.getByRole('button', { name: 'Add sector' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sininen talous');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Sininen talous', { exact: true }).first().waitFor();
    await app.screenshot(page, 'sector-added-en');

    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Sectors', exact: true }).click();
    await page.getByText('Sininen talous', { exact: true }).first().waitFor();
    expect(await page.title()).toContain('Pohjanmaan S3 2021–2027');

    // And it is in the file itself.
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT name FROM sector').all()).toEqual([{ name: 'Sininen talous' }]);
    db.close();
    await page.context().close();
  });

  it('refuses a corrupt file with a message naming it, and leaves it unchanged', async () => {
    const current = await app.host.core.dispatch('plan.current', {});
    const source = (current.ok && (current.value as { path: string } | null)?.path) || '';
    expect(source).not.toBe('');
    const corrupt = path.join(app.dir, 'vaurioitunut.s3plan');
    const bytes = fs.readFileSync(source);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize; i < bytes.length; i++) bytes[i] = (i * 31) % 256;
    fs.writeFileSync(corrupt, bytes);
    const before = sha256(corrupt);

    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await menu(page, fi.menu.file._, fi.menu.file.open);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Tiedoston polku', exact: true }).fill(corrupt);
    await dialog.getByRole('button', { name: 'Avaa', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(corrupt);
    expect(await alert.textContent()).toContain(fi.errors.file.corrupt.split('{{file}}')[1]!.trim().slice(0, 20));
    await app.screenshot(page, 'open-corrupt-fi');
    expect(sha256(corrupt)).toBe(before);
    expect(fs.existsSync(`${corrupt}-journal`)).toBe(false);
    await page.context().close();
  });
});
