import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { rpc, typeDate } from './editors-helpers';
import en from '../../resources/locales/en.json';
import sv from '../../resources/locales/sv.json';
import fi from '../../resources/locales/fi.json';
import example from '../../resources/example-plan/example-plan.json';

/**
 * Issue 20: a date field follows the app's language, not the browser's. The browser here is set
 * to another locale than the UI (en-US, month first, under the Finnish UI), and the field must
 * still show, take and save dates the UI language's way. Add a UI language to `languages`.
 */
const languages = {
  fi: { ui: fi, browser: 'en-US', shown: '5.3.2026', afterUp: '6.3.2026', month: /^maaliskuu 2026$/ },
  en: { ui: en, browser: 'fi-FI', shown: '05/03/2026', afterUp: '06/03/2026', month: /^March 2026$/ },
  sv: { ui: sv, browser: 'en-US', shown: '5.3.2026', afterUp: '6.3.2026', month: /^mars 2026$/ },
} as const;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The field's text as shown: its segments together. */
const segmentsText = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').trim();

describe('date fields in the UI language', () => {
  for (const [language, l] of Object.entries(languages)) {
    it(`types, steps with the arrow keys, picks and saves a workshop date in ${language} under a ${l.browser} browser`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: l.browser, reducedMotion: 'reduce' });
      const page = app.watch(await context.newPage());
      await page.goto(app.host.url);
      await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
      // The UI language as the user chose it in the top bar (kept in app state), not the browser's.
      await rpc(page, 'app.setLanguage', { language });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe(language);

      const workshop = (await rpc<{ id: string; title: string }[]>(page, 'workshop.list'))[0]!;
      await page.evaluate(`location.hash = '#/workshops/${workshop.id}'`);
      await page.getByRole('button', { name: l.ui.detail.edit, exact: true }).click();
      const form = page.locator('form.editor');
      const field = form.getByRole('group', { name: new RegExp(`^${l.ui.workshops.f.date}( \\*)?$`) });
      await field.getByRole('spinbutton').first().waitFor();

      // Typed: digits, day first, into the segments.
      await typeDate(field, '2026-03-05');
      expect(segmentsText(await field.locator('.date-input__segments').textContent())).toBe(l.shown);
      // Stepped: ArrowUp on the day.
      await field.getByRole('spinbutton').first().click();
      await page.keyboard.press('ArrowUp');
      expect(segmentsText(await field.locator('.date-input__segments').textContent())).toBe(l.afterUp);
      await app.screenshot(page, `date-field-typed-${language}`);

      // Picked: the calendar opens on the month of the date, named in the UI language.
      await field.getByRole('button').click();
      const calendar = page.getByRole('dialog');
      await calendar.getByRole('heading', { name: l.month }).waitFor();
      await app.screenshot(page, `date-field-calendar-${language}`);
      await calendar.getByRole('button', { name: /10/ }).first().click();
      await calendar.waitFor({ state: 'detached' });
      expect(segmentsText(await field.locator('.date-input__segments').textContent())).toBe(l.shown.replace(/^0?5/, '10'));

      // Saved as the plan's ISO date.
      await form.getByRole('button', { name: l.ui.common.save, exact: true }).click();
      await form.waitFor({ state: 'detached' });
      const saved = (await rpc<{ id: string; heldOn: string }[]>(page, 'workshop.list')).find((w) => w.id === workshop.id)!;
      expect(saved.heldOn).toBe('2026-03-10');
      await context.close();
    });
  }
});
