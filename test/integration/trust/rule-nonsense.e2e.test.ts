// Rule "nonsense refused or questioned", at the field in Chromium: a university under the
// business helix is asked about beside the form and saved once confirmed (and not asked again
// when the stakeholder is edited); a website without https:// is refused with an example of the
// full address; hidden characters in pasted text never reach the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from '../../e2e/harness';
import { rpc } from '../../e2e/editors-helpers';
import en from '../../../resources/locales/en.json';
import fi from '../../../resources/locales/fi.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const form = (page: Page) => page.locator('form.editor');
const words = { en, fi } as const;

async function newStakeholder(page: Page, w: typeof en) {
  await page.goto(`${new URL(page.url()).origin}/#/stakeholders/new`);
  await form(page).waitFor();
  await form(page).getByLabel(new RegExp(`^${w.stakeholders.f.name}`)).fill('Aalto-yliopisto');
  await form(page).getByLabel(new RegExp(`^${w.stakeholders.f.helix}`)).selectOption({ label: w.helix.business });
  await form(page).getByLabel(new RegExp(`^${w.stakeholders.f.type}`)).selectOption({ label: w.stakeholderType.university });
}

describe('questions and refusals at the field', () => {
  for (const language of ['en', 'fi'] as const) {
    it(`a university under business is questioned, saved once confirmed, and not asked again (${language})`, async () => {
      const w = words[language];
      const page = await app.open({ language });
      await page.locator('h1').first().waitFor();
      await newStakeholder(page, w);
      await form(page).getByRole('button', { name: w.common.save, exact: true }).click();
      const box = form(page).getByRole('group', { name: w.form.questionsTitle });
      await box.waitFor();
      await expect(box.innerText()).resolves.toMatch(language === 'en' ? /university usually belongs to research and education, not business/ : /yliopisto kuuluu yleensä osapuoleen tutkimus- ja koulutusorganisaatiot/);
      await box.scrollIntoViewIfNeeded();
      await app.screenshot(page, `trust-question-helix-type-${language}`);
      expect((await rpc<{ name: string }[]>(page, 'stakeholder.list')).some((s) => s.name === 'Aalto-yliopisto')).toBe(false);
      await box.getByLabel(w.form.acceptQuestion).check();
      await form(page).getByRole('button', { name: w.common.save, exact: true }).click();
      await page.locator('#detail-title').getByText('Aalto-yliopisto').waitFor();
      const saved = (await rpc<{ id: string; name: string; helix: string; type: string }[]>(page, 'stakeholder.list')).find((s) => s.name === 'Aalto-yliopisto')!;
      expect(saved).toMatchObject({ helix: 'business', type: 'university' });
      // Editing it later: the confirmed pair is not asked about again.
      await page.getByRole('button', { name: w.detail.edit, exact: true }).click();
      await form(page).getByLabel(new RegExp(`^${w.stakeholders.f.notes}`)).fill('Tutkimusyhteistyö');
      await form(page).getByRole('button', { name: w.common.save, exact: true }).click();
      await page.locator('#detail-title').waitFor();
      expect((await rpc<{ notes: string }>(page, 'stakeholder.get', { id: saved.id })).notes).toBe('Tutkimusyhteistyö');
      await rpc(page, 'stakeholder.delete', { id: saved.id }).catch(() => undefined);
      await page.context().close();
    });
  }

  it('a website without https:// is refused at the field, with the full form as the example', async () => {
    const page = await app.open({ language: 'en' });
    await page.locator('h1').first().waitFor();
    await page.goto(`${new URL(page.url()).origin}/#/stakeholders/new`);
    await form(page).getByLabel(/^Name/).fill('Prizztech 2');
    await form(page).getByLabel(/^Helix/).selectOption({ label: en.helix.business });
    await form(page).getByLabel(/^Type/).selectOption({ label: en.stakeholderType.development_company });
    const website = form(page).getByLabel(/^Website/);
    await website.fill('prizztech.fi');
    await website.blur();
    await form(page).getByText(en.validation.custom.websiteNotUrl).waitFor();
    await app.screenshot(page, 'trust-website-refused-en');
    await page.context().close();
  });

  it('pasting a name with hidden characters leaves them out of the field', async () => {
    const page = await app.open({ language: 'en' });
    await page.locator('h1').first().waitFor();
    await page.goto(`${new URL(page.url()).origin}/#/sectors/new`);
    const name = form(page).getByLabel(/^Name/);
    await name.waitFor();
    await name.focus();
    // A paste as the browser delivers it: a ClipboardEvent carrying text with a zero-width space and a direction mark.
    await name.evaluate((el) => {
      // Runs in the page: the browser's globals, typed here without the DOM library.
      const page = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, text: string): void };
        ClipboardEvent: new (type: string, init: object) => unknown;
      };
      const data = new page.DataTransfer();
      data.setData('text/plain', 'Bio\u200btalous\u202e');
      (el as unknown as { dispatchEvent(e: unknown): void }).dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => name.inputValue()).toBe('Biotalous');
    await page.context().close();
  });
});
