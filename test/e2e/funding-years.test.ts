import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import en from '../../resources/locales/en.json';
import chartsFi from '../../resources/locales/charts.fi.json';
import { formatCents } from '../../shared/domain/format';

/**
 * Issue 19, funding by year, in the Finnish UI through the browser host: an action whose money
 * an older plan left as estimates (ERDF in 2024 and 2025, municipal money in 2025) gets ERDF's
 * two years typed into the year grid; the plan file then holds them as recorded, the grid and
 * the Dashboard's per-year chart show the new figures, and "arvio" is left only where the
 * municipal estimate still is.
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

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** The plan file's funding rows of the action: [source kind, year, planned, estimated]. */
function stored(): [string, number, number, number][] {
  const db = new Database(planFile, { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare('SELECT s.kind, f.year, f.planned_cents AS p, f.estimated AS e FROM funding_line f JOIN funding_source s ON s.id = f.funding_source_id WHERE f.action_id = ? ORDER BY s.kind, f.year')
        .all(actionId) as { kind: string; year: number; p: number; e: number }[]
    ).map((r) => [r.kind, r.year, r.p, r.e]);
  } finally {
    db.close();
  }
}

/** A plan with the action, its lines marked estimated in the file as migration 5 leaves an older plan's. */
async function preparePlan(page: Page, name: string) {
  planFile = path.join(app.dir, name);
  await rpc(page, 'plan.create', { path: planFile, fields: { name: 'Vuosirahoitus', region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 } });
  const sources = await rpc<{ id: string; kind: string }[]>(page, 'fundingSource.list');
  const id = (kind: string) => sources.find((s) => s.kind === kind)!.id;
  const action = await rpc<{ id: string }>(page, 'action.create', {
    title: 'Satamalogistiikan kehittäminen',
    type: 'project',
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    fundingLines: [
      { fundingSourceId: id('erdf'), year: 2024, plannedCents: 10_000_000 },
      { fundingSourceId: id('erdf'), year: 2025, plannedCents: 10_000_000 },
      { fundingSourceId: id('municipal'), year: 2025, plannedCents: 2_000_000 },
    ],
  });
  actionId = action.id;
  await rpc(page, 'plan.close', {});
  const db = new Database(planFile, { fileMustExist: true });
  db.prepare('UPDATE funding_line SET estimated = 1').run();
  db.close();
  await rpc(page, 'plan.open', { path: planFile });
}

async function openGrid(page: Page, labels: typeof en) {
  await page.evaluate((hash) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  }, `#/actions/${actionId}`);
  await page.locator('#detail-title', { hasText: 'Satamalogistiikan kehittäminen' }).waitFor();
  await page.getByRole('button', { name: labels.detail.edit, exact: true }).click();
  const form = page.locator('form#action-form');
  await form.waitFor();
  return form;
}

describe('funding by year in the Finnish UI', () => {
  it('records two years of ERDF in the grid: stored as typed, the estimate marker gone from those cells only, the Dashboard per year', async () => {
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await preparePlan(page, 'funding-years.s3plan');
    await page.reload();
    expect(stored()).toEqual([
      ['erdf', 2024, 10_000_000, 1],
      ['erdf', 2025, 10_000_000, 1],
      ['municipal', 2025, 2_000_000, 1],
    ]);

    const form = await openGrid(page, fi as unknown as typeof en);
    const cell = (source: string, year: number, measure: string) => form.getByLabel(`${source}, ${year}, ${measure}`, { exact: true });
    const erdf2024 = cell('EAKR', 2024, fi.actions.line.planned);
    const erdf2025 = cell('EAKR', 2025, fi.actions.line.planned);
    const municipal = fi.fundingKind.municipal;
    // Each estimated cell says so in words, tied to the input (aria-describedby).
    const estimateOf = async (input: ReturnType<typeof cell>) => {
      const ids = (await input.getAttribute('aria-describedby')) ?? '';
      return ids.includes('-est') ? plain(await form.locator(`[id="${ids.split(' ').find((x) => x.endsWith('-est'))}"]`).textContent()) : '';
    };
    expect(await estimateOf(erdf2024)).toBe('arvio');
    expect(await estimateOf(cell(municipal, 2025, fi.actions.line.planned))).toBe('arvio');
    expect(plain(await erdf2024.inputValue())).toBe('100 000');
    await form.scrollIntoViewIfNeeded();
    await form.locator('.year-grid').scrollIntoViewIfNeeded();
    await app.screenshot(page, 'funding-year-grid-fi');

    // Keyboard: type 2024, move right with the arrow key to 2025 and type it.
    await erdf2024.fill('120 000');
    await erdf2024.press('End');
    await erdf2024.press('ArrowRight');
    await expect.poll(() => erdf2025.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await erdf2025.fill('80 000');
    expect(await estimateOf(erdf2024)).toBe('');
    expect(await estimateOf(erdf2025)).toBe('');
    expect(await estimateOf(cell(municipal, 2025, fi.actions.line.planned))).toBe('arvio');
    // The source's total follows the typed years.
    await form.locator('.year-grid__total', { hasText: plain(formatCents(20_000_000, 'fi')) }).first().waitFor();
    await app.screenshot(page, 'funding-year-grid-typed-fi');
    await form.getByRole('button', { name: fi.common.save, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    expect(stored()).toEqual([
      ['erdf', 2024, 12_000_000, 0],
      ['erdf', 2025, 8_000_000, 0],
      ['municipal', 2025, 2_000_000, 1],
    ]);
    // One undo step for the save.
    expect((await rpc<{ undo: string | null }>(page, 'history.state', {})).undo).toBe('action.update');

    // The Dashboard's per-year chart: its table twin per year, "(arvio)" only on 2025.
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/dashboard';
    });
    const card = page.locator('section[data-chart="money-by-year"]');
    await card.waitFor();
    await card.getByRole('button', { name: chartsFi.charts.card.table, exact: true }).click();
    const row = (year: number) => card.locator('table tbody tr').filter({ has: page.locator('th', { hasText: String(year) }) });
    const planned = async (year: number) => {
      const cells = row(year).locator('td');
      // Columns: the sources, then planned, committed, spent, estimated figures.
      const n = await cells.count();
      return plain(await cells.nth(n - 4).textContent());
    };
    expect(await planned(2024)).toBe('120 000 €');
    expect(await planned(2025)).toBe(`100 000 € (${chartsFi.charts.moneyYear.marker})`);
    expect(await planned(2023)).toBe('0 €');
    expect(plain(await card.locator('.chart-card__note').textContent())).toBe(
      chartsFi.charts.moneyYear.estimate_one.replace('{{years}}', '2025'),
    );
    await card.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'funding-dashboard-by-year-fi');
  });

  it('says in the PDF where the example plan\'s money by year is estimated (the report in print, Finnish)', async () => {
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await rpc(page, 'plan.openExample', { recreate: true });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(`location.hash = '#/report?lang=fi&sections=charts&paper=a4'`);
    const card = page.locator('.report [data-chart="money-by-year"]');
    await card.locator('.chart-card__figure svg').first().waitFor();
    // The example's money comes from public totals: every year with money is an estimate, said in words.
    const pattern = new RegExp(`^${chartsFi.charts.moneyYear.estimate_other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{\\{count\\}\\}', '\\d+').replace('\\{\\{years\\}\\}', '.+')}$`);
    expect(plain(await card.locator('.chart-card__note').textContent())).toMatch(pattern);
    await card.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'funding-report-by-year-fi');
  });

  for (const language of ['fi', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`the year grid has no serious or critical axe violations (${language}, ${colorScheme})`, async () => {
        const page = await openForAxe(app, { language, colorScheme });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await preparePlan(page, `funding-axe-${language}-${colorScheme}.s3plan`);
        await page.reload();
        const form = await openGrid(page, (language === 'fi' ? fi : en) as unknown as typeof en);
        await form.locator('.year-grid').scrollIntoViewIfNeeded();
        expect(await axeSerious(page)).toEqual([]);
        await app.screenshot(page, `funding-year-grid-axe-${language}-${colorScheme}`);
        await page.context().close();
      });
    }
  }
});
