// Rule "true statements", on the Dashboard a user opens on a new, empty plan (English and
// Finnish): it says what is missing instead of "every sector has stakeholders from all four
// helices" and "nothing needs attention".
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../e2e/harness';
import charts from '../../../resources/locales/charts.en.json';
import chartsFi from '../../../resources/locales/charts.fi.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
  const r = await app.host.core.dispatch('plan.create', { path: path.join(app.dir, 'empty.s3plan'), fields: { name: 'Tyhjä suunnitelma', region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
});
afterAll(async () => {
  await app?.close();
});

describe('the Dashboard of an empty plan', () => {
  for (const [language, w] of [['en', charts.charts], ['fi', chartsFi.charts]] as const) {
    it(`says what is missing, and nothing false (${language})`, async () => {
      const page = await app.open({ language, height: 1400 });
      const attention = page.getByRole('region', { name: w.attention.title });
      await attention.getByRole('link', { name: w.attention.noSectors }).waitFor();
      // The chart cards load after "Needs attention": the matrix titles say there are no sectors.
      await page.getByText(w.noSectors).first().waitFor();
      await page.locator('[data-chart="indicators"]').waitFor();
      const text = await page.locator('main').innerText();
      for (const lie of [w.coverage.titleNone, w.networks.titleNone, w.attention.nothing, w.timeline.titleNone]) expect(text).not.toContain(lie);
      await app.screenshot(page, `trust-empty-dashboard-${language}`);
      await page.context().close();
    });
  }
});
