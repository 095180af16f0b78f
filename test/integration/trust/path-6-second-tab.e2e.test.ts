import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from '../../e2e/harness';
import { rpc } from '../../e2e/editors-helpers';
import en from '../../../resources/locales/en.json';
import history from '../../../resources/locales/history.en.json';

/**
 * Path 6 (in Chromium, two tabs on one plan): while one tab has a stakeholder form open with
 * unsaved typing, another saves the same stakeholder. The typing used to be replaced silently
 * by the other tab's version; it now stays, a note says what happened, and Save asks which
 * version to keep.
 */
let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const notes = (page: Page) => page.locator('form.editor').getByLabel(/^Notes( \*)?$/);

async function editStakeholder(page: Page, id: string) {
  await page.goto(`${new URL(page.url()).origin}/#/stakeholders/${id}`);
  await page.locator('#detail-title').waitFor();
  await page.getByRole('button', { name: en.detail.edit, exact: true }).click();
  await page.locator('form.editor').waitFor();
}

describe('path 6: a second tab saving the same stakeholder', () => {
  it('keeps the first tab’s typing, says so, and asks which version to keep on save', async () => {
    const first = await app.open();
    await first.locator('h1').first().waitFor();
    const [target] = await rpc<{ id: string; name: string }[]>(first, 'stakeholder.list');
    expect(target).toBeDefined();
    const id = target!.id;
    await editStakeholder(first, id);
    await notes(first).fill('Typed in the first tab, not saved yet');

    const second = await app.open();
    await second.locator('h1').first().waitFor();
    await editStakeholder(second, id);
    await notes(second).fill('Saved in the second tab');
    await second.locator('form.editor').getByRole('button', { name: en.common.save, exact: true }).click();
    await second.locator('#detail-title').waitFor();
    expect((await rpc<{ notes: string }>(second, 'stakeholder.get', { id })).notes).toBe('Saved in the second tab');

    // The first tab hears of the change: its typing stays, with a note saying what happened.
    await first.getByText(history.history.editedElsewhere.replace('{{entity}}', en.entity.stakeholder)).waitFor();
    await expect.poll(() => notes(first).inputValue()).toBe('Typed in the first tab, not saved yet');
    await app.screenshot(first, 'trust-path-6-edited-elsewhere');

    // Saving meets the choice; overwriting stores the first tab's text.
    await first.locator('form.editor').getByRole('button', { name: en.common.save, exact: true }).click();
    const dialog = first.getByRole('dialog', { name: en.conflict.title });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: en.conflict.overwrite }).click();
    await first.locator('#detail-title').waitFor();
    expect((await rpc<{ notes: string }>(first, 'stakeholder.get', { id })).notes).toBe('Typed in the first tab, not saved yet');
  });
});
