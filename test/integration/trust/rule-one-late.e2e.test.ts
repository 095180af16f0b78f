// Rule "one late" in Chromium, as a user meets it: the Dashboard says "1 action is late", its
// link opens the Actions list showing that action (it used to open an empty list), the list
// row and the PDF's action table say "Running (late: ended …)" where the Dashboard says late;
// the wall's timeline slide draws it late, first, and counts it.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../e2e/harness';
import { exportOnPage } from '../../bench/report';
import charts from '../../../resources/locales/charts.en.json';
import chartsFi from '../../../resources/locales/charts.fi.json';

let app: App;
let workshopId = '';
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const outDir = path.join(root, 'test-output', 'trust');

beforeAll(async () => {
  app = await startApp();
  const call = async (channel: string, input: unknown) => {
    const r = await app.host.core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as { id: string };
  };
  await call('plan.create', { path: path.join(app.dir, 'late.s3plan'), fields: { name: 'Myöhästymiset', region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 } });
  const bio = await call('sector.create', { name: 'Biotalous' });
  await call('action.create', { title: 'Ended but typed running', type: 'project', status: 'running', startDate: '2022-01-01', endDate: '2023-12-31', sectorIds: [bio.id] });
  await call('action.create', { title: 'Running on time', type: 'project', status: 'running', startDate: '2024-01-01', endDate: '2099-12-31', sectorIds: [bio.id] });
  workshopId = (await call('workshop.create', { title: 'Työpaja', heldOn: '2025-03-01' })).id;
  await call('agenda.add', { workshopId, kind: 'chart', chartId: 'timeline', title: 'Late first' });
  fs.mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await app?.close();
});

describe('one late, in the app', () => {
  for (const [language, words, late, label] of [
    ['en', charts.charts, 'Late', 'Running (late: ended 31 Dec 2023)'],
    ['fi', chartsFi.charts, 'Myöhässä', 'Käynnissä (myöhässä: päättyi 31.12.2023)'],
  ] as const) {
    it(`the Dashboard's late link opens the action it counts (${language})`, async () => {
      const page = await app.open({ language });
      const link = page.getByRole('region', { name: words.attention.title }).getByRole('link', { name: words.attention.late_one.replace('{{count}}', '1') });
      await link.click();
      await page.waitForURL(/#\/actions\?status=late/);
      const rows = page.getByRole('row').filter({ hasText: 'typed running' });
      await rows.first().waitFor();
      await expect.poll(() => page.getByRole('row').filter({ hasText: /Ended but typed running|Running on time/ }).count()).toBe(1);
      // The narrow column shows the derived word; what the officer typed is in its tooltip and read out.
      const badge = rows.first().locator('.status');
      await expect(badge.getAttribute('title')).resolves.toBe(label);
      await expect(badge.locator('.status__word').innerText()).resolves.toBe(late);
      // The detail pane says both in full.
      await rows.first().click();
      await page.locator('.detail__badges').getByText(label).waitFor();
      await app.screenshot(page, `trust-one-late-list-${language}`);
      await page.context().close();
    });
  }

  it('the PDF names the action late in its table, with the typed status beside it', async () => {
    const page = await app.open({ language: 'en' });
    await page.locator('h1').first().waitFor();
    const { pdf } = await exportOnPage(page, { lang: 'en', sections: ['actions'] });
    const file = path.join(outDir, 'one-late.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(text).toMatch(/Ended but typed running .*Running \(late: ended 31 Dec 2023\)/);
    // The other action is running, and says only that.
    expect(text).toMatch(/Running on time .*Running/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, path.join(outDir, 'one-late')]);
    await page.context().close();
  });

  it('the wall draws the action late on its bar, first, and counts it under the timeline', async () => {
    const page = await app.open({ language: 'en', width: 1920, height: 1080 });
    await page.locator('h1').first().waitFor();
    await page.evaluate(`location.hash = '#/present/${workshopId}'`);
    const slide = page.locator('.present .slide[data-slide="1"]');
    const rows = slide.locator('.wall__row--tl');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    // Late first, with the word and the late colour on its bar; the other stays running.
    await expect(rows.nth(0).locator('.wall__label').innerText()).resolves.toBe('Ended but typed running');
    await expect(rows.nth(0).locator('[data-mark]').getAttribute('data-mark')).resolves.toBe('status-late');
    await expect(rows.nth(0).innerText()).resolves.toMatch(/\bLate\b/);
    await expect(rows.nth(1).locator('[data-mark]').getAttribute('data-mark')).resolves.toBe('status-running');
    await expect(slide.locator('.wall__summary').innerText()).resolves.toMatch(/^2 dated actions, 1 action late; the dashed line is today, /);
    await app.screenshot(page, 'trust-one-late-wall-en');
    await page.context().close();
  });
});
