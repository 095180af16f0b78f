import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApp, type App } from '../../e2e/harness';
import { rpc } from '../../e2e/editors-helpers';
import { planFields, sha256, testCore, type TestCore } from '../../helpers/core';
import en from '../../../resources/locales/en.json';
import fi from '../../../resources/locales/fi.json';
import planFileEn from '../../../resources/locales/plan-file.en.json';
import planFileFi from '../../../resources/locales/plan-file.fi.json';

/**
 * Path 5 in Chromium: a plan another app has open (here a second core in this process, holding
 * its lock) is opened from File → Open. The user is told who has it open, on which computer and
 * since when, and chooses: read-only (a banner says so, changes are refused with a message,
 * Save As gives an editable copy), a copy, or cancel. The other app's file is never written.
 */
let app: App;
let other: TestCore;
let plan: string;
beforeAll(async () => {
  app = await startApp();
  other = testCore();
  plan = (await other.call('plan.create', { path: path.join(app.dir, 'Kymenlaakso.s3plan'), fields: planFields })).path;
  await other.call('sector.create', { name: 'Biotalous' });
});
afterAll(async () => {
  other?.close();
  await app?.close();
});

async function menu(page: Page, menuName: string, item: string) {
  await page.getByRole('menubar').getByRole('menuitem', { name: menuName, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

const lbl = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
const field = (form: Locator, label: string) => form.getByLabel(lbl(label));

async function openLocked(page: Page, words: typeof en, choice: typeof planFileEn.planFile.openElsewhere) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await menu(page, words.menu.file._, words.menu.file.open);
  const pathDialog = page.getByRole('dialog', { name: words.path.openTitle });
  await pathDialog.getByRole('textbox', { name: words.path.label, exact: true }).fill(plan);
  await pathDialog.getByRole('button', { name: words.common.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: choice.title });
  await dialog.waitFor();
  // Who and where, as the lock file beside the plan says.
  const text = (await dialog.textContent()) ?? '';
  expect(text).toContain(os.userInfo().username);
  expect(text).toContain(os.hostname());
  expect(text).toContain('Kymenlaakso.s3plan');
  return dialog;
}

describe('path 5 in the app: a plan open elsewhere', () => {
  it('asks, opens read-only with a banner, refuses a change with a message, and Save As gives an editable copy (English)', async () => {
    const before = sha256(plan);
    const page = await app.open();
    const choice = planFileEn.planFile.openElsewhere;
    const dialog = await openLocked(page, en, choice);
    await app.screenshot(page, 'trust-path-5-open-elsewhere-en');
    await dialog.getByRole('button', { name: new RegExp(`^${choice.readOnly}`) }).click();

    const banner = page.getByRole('status').filter({ hasText: planFileEn.planFile.banner.chosen });
    await banner.waitFor();
    await expect.poll(() => page.title()).toContain(`[${planFileEn.planFile.readOnlyBadge}]`);
    expect((await rpc<{ name: string }[]>(page, 'sector.list')).map((s) => s.name)).toEqual(['Biotalous']);
    await app.screenshot(page, 'trust-path-5-read-only-en');

    // A change is refused, saying why.
    await page.getByRole('navigation').getByRole('link', { name: en.nav.sectors, exact: true }).click();
    await page.getByRole('button', { name: en.sectors.add }).click();
    const form = page.locator('form#sector-form');
    await field(form, en.sectors.f.name).fill('Ei tallennu');
    await field(form, en.sectors.f.name).press('Enter');
    await page.getByText(en.errors.file.planReadOnly.split('”')[1]!.split('{{')[0]!.trim().slice(0, 20)).first().waitFor();
    expect(sha256(plan)).toBe(before);

    // Save As from the banner: the copy is this app's to edit.
    await banner.getByRole('button', { name: planFileEn.planFile.banner.saveAs }).click();
    const copy = path.join(app.dir, 'Kymenlaakso-oma.s3plan');
    const saveDialog = page.getByRole('dialog', { name: en.path.saveAsTitle });
    await saveDialog.getByRole('textbox', { name: en.path.label, exact: true }).fill(copy);
    await saveDialog.getByRole('button', { name: en.common.save, exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: planFileEn.planFile.banner.chosen }).count()).toBe(0);
    expect((await rpc<{ path: string; readOnly: unknown }>(page, 'plan.current')).readOnly).toBeNull();
    await rpc(page, 'sector.create', { name: 'Omaan kopioon' });
    expect(sha256(plan)).toBe(before);
    await page.context().close();
  });

  it('opens a copy under a new name, or cancels, leaving the other app’s plan as it was (Finnish)', async () => {
    const before = sha256(plan);
    const page = await app.open({ language: 'fi' });
    const choice = planFileFi.planFile.openElsewhere;
    const shownBefore = (await rpc<{ path: string } | null>(page, 'plan.current'))?.path;

    // Cancel: nothing opens, nothing changes.
    let dialog = await openLocked(page, fi as unknown as typeof en, choice);
    await dialog.getByRole('button', { name: choice.cancel, exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await rpc<{ path: string } | null>(page, 'plan.current'))?.path).toBe(shownBefore);

    dialog = await openLocked(page, fi as unknown as typeof en, choice);
    await dialog.getByRole('button', { name: new RegExp(`^${choice.copy.replace('…', '')}`) }).click();
    const saveDialog = page.getByRole('dialog', { name: planFileFi.planFile.copyTitle });
    const input = saveDialog.getByRole('textbox', { name: fi.path.label, exact: true });
    // The copy is suggested beside the original, under the plan's name with "(kopio)".
    const suggested = path.join(app.dir, 'Kymenlaakso (kopio).s3plan');
    expect(await input.inputValue()).toBe(suggested);
    await app.screenshot(page, 'trust-path-5-copy-fi');
    await saveDialog.getByRole('button', { name: fi.common.save, exact: true }).click();
    await expect.poll(async () => (await rpc<{ path: string } | null>(page, 'plan.current'))?.path).toBe(suggested);
    expect(await page.getByRole('status').filter({ hasText: planFileFi.planFile.banner.chosen }).count()).toBe(0);
    await rpc(page, 'sector.create', { name: 'Vain kopiossa' });
    expect(fs.existsSync(suggested)).toBe(true);
    expect(sha256(plan)).toBe(before);
    await page.context().close();
  });
});
