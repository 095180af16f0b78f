// Issue 21, versions inside the file: save a version, edit, compare (the sentence appears,
// filterable), open the version read-only, restore it and undo the restore; axe in en/fi,
// light/dark on the comparison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc } from './editors-helpers';
import en from '../../resources/locales/versions.en.json';
import fi from '../../resources/locales/versions.fi.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const ui = en.versions.ui;
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text);

describe('versions', () => {
  it('save, edit, compare in sentences, open read-only, restore and undo', async () => {
    const page = await app.open({ language: 'en', width: 1366, height: 900 });
    await page.locator('h1').first().waitFor();
    await rpc(page, 'plan.openExample', { recreate: true });
    await page.evaluate(`location.hash = '#/settings'`);
    const section = page.getByRole('region', { name: ui.title });
    await section.waitFor();
    // The example carries its adopted version.
    await section.getByRole('rowheader', { name: 'Hyväksytty 6/2021' }).waitFor();

    await section.getByLabel(ui.name, { exact: true }).fill('Review 2026');
    await section.getByRole('button', { name: ui.create }).click();
    await section.getByRole('rowheader', { name: 'Review 2026' }).waitFor();

    // An edit after the version: a new sector.
    await rpc(page, 'sector.create', { name: 'Vetytalous' });
    const row = section.getByRole('row', { name: /Review 2026/ });
    await row.getByRole('button', { name: ui.compareNow }).click();
    const comparison = page.getByRole('region', { name: fill(ui.changesSince, { from: 'Review 2026', to: ui.now }) });
    await comparison.getByText('New sector “Vetytalous”').waitFor();
    await app.screenshot(page, 'versions-review-en-light');
    // Filtered by text: a word no change has hides every line.
    await comparison.getByLabel(ui.search).fill('no such change');
    expect(await comparison.getByText('New sector “Vetytalous”').count()).toBe(0);
    await comparison.getByLabel(ui.search).fill('vety');
    await comparison.getByText('New sector “Vetytalous”').waitFor();

    // Restore (confirmed), then Undo brings the sector back.
    await row.getByRole('button', { name: ui.restore }).click();
    await page.getByRole('dialog').getByRole('button', { name: ui.restoreConfirm }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await rpc<{ name: string }[]>(page, 'sector.list')).map((s) => s.name)).not.toContain('Vetytalous');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rpc<{ name: string }[]>(page, 'sector.list')).map((s) => s.name)).toContain('Vetytalous');

    // Open read-only: the version's content, the app says it is read-only.
    await row.getByRole('button', { name: ui.open }).click();
    await expect.poll(async () => (await rpc<{ readOnly: string | null } | null>(page, 'plan.current'))?.readOnly).toBe('chosen');
    expect((await rpc<{ name: string }[]>(page, 'sector.list')).map((s) => s.name)).not.toContain('Vetytalous');
  });

  for (const language of ['en', 'fi'] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`has no serious axe violations with a comparison shown (${language}, ${colorScheme})`, async () => {
        const page = await openForAxe(app, { language, colorScheme });
        await page.locator('h1').first().waitFor();
        await rpc(page, 'plan.openExample', { recreate: true });
        await page.evaluate(`location.hash = '#/settings'`);
        const words = language === 'fi' ? fi.versions.ui : ui;
        const section = page.getByRole('region', { name: words.title });
        await section.getByRole('button', { name: words.compareNow }).first().click();
        await page.getByRole('region', { name: new RegExp(words.changesSince.split('{{')[0]!) }).waitFor();
        await app.screenshot(page, `versions-compare-${language}-${colorScheme}`);
        expect(await axeSerious(page)).toEqual([]);
      });
});
