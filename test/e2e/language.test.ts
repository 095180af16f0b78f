// The UI language in Chromium: a Finland-Swedish browser gets Swedish without asking, and the
// top bar's switch and Settings change the language at once and keep the choice (app state).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import en from '../../resources/locales/en.json';
import sv from '../../resources/locales/sv.json';
import chartsSv from '../../resources/locales/charts.sv.json';
import example from '../../resources/example-plan/example-plan.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

describe('the UI language', () => {
  it('is Swedish for a browser that prefers sv-FI, with the Dashboard in Swedish', async () => {
    const page = await app.open({ language: 'sv' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('sv');
    for (const screen of ['dashboard', 'sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops', 'settings'] as const) {
      await nav(page, sv.nav[screen]).waitFor();
    }
    // The charts load in their own chunk: wait for both sections and a chart.
    await page.getByRole('heading', { level: 2, name: chartsSv.charts.sections.coverage, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: chartsSv.charts.sections.progress, exact: true }).waitFor();
    await page.locator('[data-chart="indicators"] svg.recharts-surface').first().waitFor();
    // Money as Finland-Swedes write it: "1 234 €" and "1,5 mn €", never "€1,234" or "€1.5m".
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).toMatch(/\d\s€/);
    // (textContent runs cells together, so "€" may be followed by the next cell's digits.)
    expect(text.match(/€\d+(?:\.\d)?[mk]\b|€\d{1,3}(?:,\d{3})+/g)).toBeNull();
    expect(text).toMatch(/\d,\d\smn\s€/);
    expect(text).toContain(chartsSv.charts.attention.title);
    await app.screenshot(page, 'dashboard-sv-light');
    await page.context().close();
  });

  it('switches from English to Svenska in the top bar and back in Settings, and keeps the choice', async () => {
    const page = await app.open({ language: 'en' });
    await nav(page, en.nav.dashboard).waitFor();
    await page.getByRole('group', { name: en.languages.label }).getByRole('button', { name: 'Svenska', exact: true }).click();
    await nav(page, sv.nav.sectors).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('sv');
    await nav(page, sv.nav.sectors).click();
    await page.getByRole('heading', { level: 1, name: sv.sectors.title }).waitFor();
    await page.getByRole('button', { name: sv.sectors.add }).waitFor();

    // Saved with the app state: a new page opens in Swedish although its browser says English.
    const again = await app.open({ language: 'en' });
    await nav(again, sv.nav.dashboard).waitFor();
    await nav(again, sv.nav.settings).click();
    const choice = again.getByRole('group', { name: sv.settings.language });
    expect(await choice.getByRole('radio', { name: 'Svenska' }).isChecked()).toBe(true);
    await app.screenshot(again, 'settings-sv-light');
    await choice.getByRole('radio', { name: 'English' }).check();
    await nav(again, en.nav.settings).waitFor();
    expect(await again.evaluate('document.documentElement.lang')).toBe('en');
    await page.context().close();
    await again.context().close();
  });
});
