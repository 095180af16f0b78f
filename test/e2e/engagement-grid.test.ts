// The engagement grid (issue 19) in Chromium: ten engagements set in Finnish with one "as of"
// date, from the keyboard and the mouse, saved as one step, and the Dashboard's over-time chart
// counting them in that date's quarter; axe on the grid in both languages and themes, on the
// example plan and the large generated one; a screenshot at 1366 × 768.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc, typeDate } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import gridFi from '../../resources/locales/engagement-grid.fi.json';
import gridEn from '../../resources/locales/engagement-grid.en.json';
import chartsFi from '../../resources/locales/charts.fi.json';

let app: App;
let largeFile = '';
beforeAll(async () => {
  app = await startApp();
  largeFile = path.join(app.dir, 'large.s3plan');
  fs.copyFileSync(inject('largePlan'), largeFile);
});
afterAll(async () => {
  await app?.close();
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.core.dispatch(channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

const g = gridFi.engagementGrid;
type Quarter = { quarter: string; involved: number; engaged: number };

async function openGrid(page: Page, words: typeof g | typeof gridEn.engagementGrid, hash = '#/engagement') {
  await page.locator('h1').first().waitFor();
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
  await page.getByRole('grid').locator('[role="gridcell"]').first().waitFor();
}

/** The over-time chart's table twin, row by row: quarter → [involved, engaged]. */
async function overTimeTable(page: Page): Promise<Map<string, [number, number]>> {
  const card = page.locator('[data-chart="engagement-over-time"]');
  await card.waitFor();
  const table = card.locator('table');
  if (!(await table.isVisible())) await card.getByRole('button', { name: chartsFi.charts.card.table, exact: true }).click();
  const out = new Map<string, [number, number]>();
  for (const tr of await table.locator('tbody tr').all()) {
    const cells = (await tr.locator('th, td').allTextContents()).map((c) => c.replace(/\s/g, ''));
    out.set(cells[0]!, [Number(cells[2]), Number(cells[3])]);
  }
  return out;
}

describe('the engagement grid', () => {
  it('sets ten engagements in Finnish with one "as of" date, from the keyboard and the mouse; the Dashboard counts them in that quarter', async () => {
    await call('plan.openExample', { recreate: true });
    const before = (await call<{ engagementOverTime: Quarter[] }>('dashboard.get', {})).engagementOverTime;
    const q = (list: Quarter[], quarter: string) => list.find((x) => x.quarter === quarter)!;
    const page = await app.open({ language: 'fi', width: 1366, height: 768 });
    // From the Stakeholders screen, as a user finds it.
    await page.locator('h1').first().waitFor();
    await page.evaluate(`location.hash = '#/stakeholders'`);
    await page.getByRole('link', { name: g.openGrid }).click();
    await page.getByRole('heading', { level: 1, name: g.title }).waitFor();
    // The default "as of" is the date last used, said so (the example's last entered change).
    await expect.poll(() => page.locator('#engagement-as-of-hint').textContent()).toMatch(/^Viimeksi käytetty päivämäärä: \d/);
    // Citizen groups only: four stakeholders whose engagement starts after 2023-03-01.
    await page.getByLabel(fi.filters.helix).selectOption({ label: fi.helix.civil });
    await page.getByLabel(g.type).selectOption({ label: fi.stakeholderType.citizen_group });
    const grid = page.getByRole('grid');
    await expect.poll(() => grid.locator('[role="row"][aria-rowindex]').count()).toBe(5);
    const names = await grid.locator('[role="rowheader"]').allTextContents();
    expect(names).toHaveLength(4);
    const group = page.getByRole('group', { name: g.batch });
    await typeDate(group.locator('#engagement-as-of'), '2023-03-01');

    // Keyboard: four rows × two sectors, one keypress ("4", Mukana) for all eight.
    await grid.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('4');
    await expect.poll(() => page.locator('.egrid-toolbar__pending').textContent()).toBe(g.pending_other.replace('{{count, number}}', '8'));
    // Mouse: two more cells in the third sector by click and Shift+click, set with a level button.
    const cell = (row: number, col: number) => grid.locator(`[role="row"][aria-rowindex="${row + 2}"] [role="gridcell"][aria-colindex="${col + 2}"]`);
    await cell(0, 2).click();
    await cell(1, 2).click({ modifiers: ['Shift'] });
    await page.getByRole('group', { name: g.setSelection }).getByRole('button', { name: fi.engagement.committed }).click();
    await expect.poll(() => page.locator('.egrid-toolbar__pending').textContent()).toBe(g.pending_other.replace('{{count, number}}', '10'));
    // Leaving the grid before Save loses nothing: to the Dashboard and back, the ten still pending
    // (and the date typed), shown in their cells.
    await page.evaluate(`location.hash = '#/dashboard'`);
    await page.locator('[data-chart="engagement-over-time"]').waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: g.title }).waitFor();
    await expect.poll(() => page.locator('.egrid-toolbar__pending').textContent()).toBe(g.pending_other.replace('{{count, number}}', '10'));
    expect((await page.locator('#engagement-as-of').getByRole('spinbutton').allTextContents()).join('.')).toBe('1.3.2023');
    expect(await cell(1, 2).textContent()).toContain(fi.engagement.committed);
    expect(await cell(3, 1).textContent()).toContain(fi.engagement.involved);

    const depth = (await rpc<{ undoDepth: number }>(page, 'history.state')).undoDepth;
    await page.getByRole('button', { name: g.save, exact: true }).click();
    await expect.poll(() => page.locator('.egrid-toolbar__pending').textContent()).toBe(g.nothingPending);
    // One undo step for the ten, every history entry dated the chosen day.
    expect((await rpc<{ undoDepth: number; undo: string }>(page, 'history.state'))).toMatchObject({ undoDepth: depth + 1, undo: 'engagement.setMany' });
    const stakeholders = await rpc<{ id: string; name: string }[]>(page, 'stakeholder.list');
    let dated = 0;
    for (const name of names) {
      const id = stakeholders.find((s) => s.name === name)!.id;
      const changes = await rpc<{ changedOn: string }[]>(page, 'engagement.history', { stakeholderId: id });
      dated += changes.filter((c) => c.changedOn === '2023-03-01').length;
    }
    expect(dated).toBe(10);
    await app.screenshot(page, 'engagement-grid-fi-light-1366-saved');

    // The Dashboard: the four count from 2023 Q1 (not from today), and not in 2022 Q4.
    await page.evaluate(`location.hash = '#/dashboard'`);
    const table = await overTimeTable(page);
    expect(table.get('2022Q4')).toEqual([q(before, '2022-Q4').involved, q(before, '2022-Q4').engaged]);
    expect(table.get('2023Q1')).toEqual([q(before, '2023-Q1').involved + 4, q(before, '2023-Q1').engaged + 4]);
    await page.context().close();
  });

  it('shows a stakeholder’s history beside the grid (Enter on a row), where a change is edited', async () => {
    await call('plan.openExample', { recreate: true });
    const page = await app.open({ language: 'fi', width: 1366, height: 768 });
    await openGrid(page, g);
    await page.getByRole('grid').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: g.history.title }).waitFor();
    const rows = panel.locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const level = rows.first().getByRole('combobox');
    await level.selectOption('leading');
    await expect.poll(() => rpc<{ undo: string }>(page, 'history.state').then((h) => h.undo)).toBe('engagement.updateChange');
    await app.screenshot(page, 'engagement-grid-fi-light-1366-history');
    await page.context().close();
  });

  it('the stakeholder’s detail lists its history; deleting the latest change makes the one before current, one undo step', async () => {
    await call('plan.openExample', { recreate: true });
    const page = await app.open({ language: 'fi', width: 1366, height: 768 });
    await page.locator('h1').first().waitFor();
    const stakeholders = await rpc<{ id: string; name: string; engagements: { sectorId: string; level: string }[] }[]>(page, 'stakeholder.list');
    // One with two or more changes in a sector, so deleting the latest leaves an earlier level.
    let chosen: { id: string; changes: { id: string; sectorId: string; level: string | null; changedOn: string }[] } | null = null;
    for (const st of stakeholders) {
      const changes = await rpc<{ id: string; sectorId: string; level: string | null; changedOn: string }[]>(page, 'engagement.history', { stakeholderId: st.id });
      const sectorIds = changes.map((c) => c.sectorId);
      if (sectorIds.length > new Set(sectorIds).size) {
        chosen = { id: st.id, changes };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const { id, changes } = chosen!;
    const sectorId = changes.find((c, i) => changes[i + 1]?.sectorId === c.sectorId)!.sectorId;
    const ofSector = changes.filter((c) => c.sectorId === sectorId);
    const [previous, latest] = ofSector.slice(-2) as [(typeof changes)[number], (typeof changes)[number]];
    await page.evaluate(`location.hash = ${JSON.stringify(`#/stakeholders/${id}`)}`);
    const section = page.getByRole('region', { name: g.history.title });
    await section.scrollIntoViewIfNeeded();
    const sectorName = (await rpc<{ id: string; name: string }[]>(page, 'sector.list', { includeArchived: true })).find((x) => x.id === sectorId)!.name;
    const [y, m, d] = latest.changedOn.split('-');
    const label = g.history.delete.replace('{{sector}}', sectorName).replace('{{date}}', `${Number(d)}.${Number(m)}.${y}`);
    await section.getByRole('button', { name: label }).click();
    await expect
      .poll(async () => (await rpc<{ engagements: { sectorId: string; level: string; changedOn: string }[] }>(page, 'stakeholder.get', { id })).engagements.find((e) => e.sectorId === sectorId))
      .toMatchObject({ level: previous.level, changedOn: previous.changedOn });
    expect(await rpc<{ undo: string }>(page, 'history.state')).toMatchObject({ undo: 'engagement.deleteChange' });
    await app.screenshot(page, 'engagement-history-detail-fi-light-1366');
    await page.context().close();
  });

  it('stays virtualised on the large plan (10,000 stakeholders × 40 sectors): a screenful of cells, paging and setting a level', async () => {
    await call('plan.open', { path: largeFile });
    const page = await app.open({ language: 'en', width: 1366, height: 768 });
    page.setDefaultTimeout(45_000);
    const started = Date.now();
    await openGrid(page, gridEn.engagementGrid);
    const opened = Date.now() - started;
    await page.getByRole('grid').focus();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('2');
    await page.locator('.egrid__cell.is-pending').first().waitFor();
    const keys = Date.now() - t0;
    // Rendered rows are the visible ones and a few more, never the plan's 10,000.
    expect(await page.locator('.egrid__cell').count()).toBeLessThan(40 * 40);
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe('10001');
    console.log(`engagement grid, large plan: opened in ${opened} ms (page and app start included); 5 × PageDown and a level in ${keys} ms`);
    await page.context().close();
  });

  for (const plan of ['example', 'large'] as const) {
    for (const language of ['en', 'fi'] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        it(`passes axe: ${plan} plan, ${language}, ${colorScheme}`, async () => {
          if (plan === 'example') await call('plan.openExample', { recreate: false });
          else await call('plan.open', { path: largeFile });
          const page = await openForAxe(app, { language, colorScheme });
          page.setDefaultTimeout(45_000);
          const words = language === 'fi' ? g : gridEn.engagementGrid;
          await openGrid(page, words);
          // A selection and a pending change on screen, as in use.
          await page.getByRole('grid').focus();
          await page.keyboard.press('Shift+ArrowDown');
          await page.keyboard.press('3');
          expect(await axeSerious(page)).toEqual([]);
          await app.screenshot(page, `engagement-grid-${plan}-${language}-${colorScheme}-1366`);
          await page.context().close();
        });
      }
    }
  }
});
