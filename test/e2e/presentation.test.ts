import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, rpc } from './editors-helpers';
import words from '../../resources/locales/presentation.en.json';
import example from '../../resources/example-plan/example-plan.json';

const p = words.presentation;
let app: App;
let context: BrowserContext;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await context?.close();
  await app?.close();
});

const logistics = example.sectors.find((s) => s.key === 'log')!.name;

/** Every rendered text node of the presentation: its font size as drawn (CSS zoom included) and its box height. */
const textSizes = (page: Page) =>
  page.evaluate<{ text: string; size: number; height: number }[]>(`(() => {
    const out = [];
    const root = document.querySelector('main');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = walker.nextNode())) {
      const text = n.textContent.trim();
      if (!text) continue;
      const el = n.parentElement;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden') continue;
      let rects;
      if (el instanceof SVGElement) rects = [el.getBoundingClientRect()];
      else {
        const range = document.createRange();
        range.selectNodeContents(n);
        rects = [...range.getClientRects()];
      }
      rects = rects.filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
      if (!rects.length) continue;
      const size = parseFloat(cs.fontSize) * (el.currentCSSZoom ?? 1);
      out.push({ text: text.slice(0, 40), size, height: Math.max(...rects.map((r) => r.height)) });
    }
    return out;
  })()`);

async function expectLargeType(page: Page) {
  const sizes = await textSizes(page);
  expect(sizes.length).toBeGreaterThan(3);
  const small = sizes.filter((s) => s.size < 24 || s.height < 24);
  expect(small).toEqual([]);
}

/** Fills the agenda form for a slide of one Dashboard chart. */
const chartSlide = (chart: string) => async (form: ReturnType<Page['locator']>) => {
  await form.getByLabel(p.agenda.kindLabel).selectOption('chart');
  await form.getByLabel(p.agenda.chart).selectOption(chart);
};

async function addSlide(page: Page, fill: (form: ReturnType<Page['locator']>) => Promise<void>, title: string) {
  await page.getByRole('button', { name: p.agenda.add, exact: true }).click();
  const form = page.getByRole('form', { name: p.agenda.add });
  await fill(form);
  await form.getByLabel(p.agenda.slideTitle).fill(title);
  await form.getByLabel(p.agenda.notes).fill(`Notes for: ${title}`);
  await form.getByRole('button', { name: p.agenda.save }).click();
  await page.locator('.agenda__item', { hasText: title }).waitFor();
}

const slideNumber = (page: Page) => page.locator('.present .slide').getAttribute('data-slide');

describe('workshop mode on the example plan', () => {
  it('prepares a 5-slide agenda, presents it, captures, and finds it all in the record and the plan', async () => {
    context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB', colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true });
    const page = app.watch(await context.newPage());
    page.setDefaultTimeout(15_000);
    await page.goto(app.host.url);
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    const workshops = await rpc<{ id: string; title: string }[]>(page, 'workshop.list');
    const workshop = workshops.find((w) => w.title === example.workshops[1]!.title)!;
    await page.evaluate(`location.hash = '#/workshops/${workshop.id}'`);
    await page.getByRole('heading', { name: p.agenda.title }).waitFor();

    // Prepare: five slides through the UI.
    await addSlide(page, chartSlide('coverageMatrix'), 'Civil society is missing from most sectors');
    await addSlide(page, async (f) => {
      await f.getByLabel(p.agenda.kindLabel).selectOption('gaps');
    }, 'These are the gaps to close this year');
    await addSlide(page, async (f) => {
      await f.getByLabel(p.agenda.kindLabel).selectOption('sectorProfile');
      await f.getByLabel(p.agenda.sector, { exact: true }).selectOption({ label: logistics });
    }, 'Logistics has the actors but not the money');
    await addSlide(page, chartSlide('moneyBySector'), 'Most funding goes to two sectors');
    await addSlide(page, async (f) => {
      await f.getByLabel(p.agenda.kindLabel).selectOption('vote');
      await f.getByLabel(p.agenda.options).fill(`${logistics}\nBiotalous ja kiertotalous\nEnergia ja vesi`);
    }, 'Which sector do we prioritise next year?');
    // Reorder with the keyboard: the profile up above the gaps, then back.
    const items = page.locator('.agenda__item strong');
    await page.locator('.agenda__item', { hasText: 'Logistics has the actors' }).press('Alt+ArrowUp');
    await expect.poll(() => items.nth(1).textContent()).toBe('Logistics has the actors but not the money');
    await page.locator('.agenda__item', { hasText: 'Logistics has the actors' }).press('Alt+ArrowDown');
    await expect.poll(() => items.nth(2).textContent()).toBe('Logistics has the actors but not the money');
    expect((await rpc<unknown[]>(page, 'agenda.list', { workshopId: workshop.id })).length).toBe(5);

    // Present.
    await page.getByRole('button', { name: p.agenda.present, exact: true }).click();
    await page.locator('.present .slide[data-slide="1"] .wall').waitFor();
    // The presenter's window (browser host: a second window of the app).
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('w')]);
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.getByRole('toolbar', { name: p.presenter.controls }).waitFor();

    await page.locator('.present .wall__cell').first().waitFor();
    expect(await page.locator('nav, .menubar, header.app-header').count()).toBe(0);
    await app.screenshot(page, 'slide-1-coverage-chart');
    await expectLargeType(page);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideNumber(page)).toBe('2');
    await page.getByText(/sector–helix gaps?/).waitFor();
    await expectLargeType(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideNumber(page)).toBe('3');
    await page.locator('.slide__figures').waitFor();
    await app.screenshot(page, 'slide-3-sector-profile');
    await expectLargeType(page);
    // Contacts stay off the wall, public mode or not.
    expect(await page.locator('.present .slide').textContent()).not.toMatch(/@/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideNumber(page)).toBe('2');
    await page.keyboard.press('PageUp');
    await expect.poll(() => slideNumber(page)).toBe('1');
    await page.keyboard.press('End');
    await expect.poll(() => slideNumber(page)).toBe('5');
    await page.keyboard.press('Home');
    await expect.poll(() => slideNumber(page)).toBe('1');
    await page.keyboard.press('4');
    await page.getByText('Go to slide 4').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => slideNumber(page)).toBe('4');
    await page.locator('.present .slide[data-slide="4"] .wall').waitFor();
    await expectLargeType(page);
    // The presenter's window follows.
    await presenter.getByText('Now: slide 4 of 5').waitFor();
    await presenter.getByText('Notes for: Most funding goes to two sectors').waitFor();

    // Blank, and any key restores without moving.
    await page.keyboard.press('b');
    await page.locator('.present.is-blank').waitFor();
    expect(await page.locator('.present .slide').count()).toBe(0);
    await page.keyboard.press('x');
    await expect.poll(() => slideNumber(page)).toBe('4');

    // Hide budgets for a public audience: H here, the presenter's switch shows it.
    await page.keyboard.press('h');
    await page.getByText(p.budgetHidden).waitFor();
    expect(await presenter.getByLabel(p.presenter.public).isChecked()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.locator('.slide__figures').waitFor();
    expect(await page.locator('.slide__figures').textContent()).toContain(p.hiddenShort);
    await expectLargeType(page);
    await presenter.getByLabel(p.presenter.public).uncheck();
    await page.waitForFunction(`!document.querySelector('.slide__public')`);
    await page.keyboard.press('ArrowRight');

    // Capture: Escape cancels without saving; a decision saved with Ctrl+Enter from its text box.
    await page.keyboard.press('d');
    await page.getByLabel(p.capture.text.decision).fill('Not this one');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => slideNumber(page)).toBe('4');
    await page.keyboard.press('d');
    await page.getByLabel(p.capture.text.decision).fill('Open a funding call for logistics in 2026');
    await page.keyboard.press('Control+Enter');
    await page.getByText(p.capture.saved.decision).waitFor();
    // The toast has its own band: never over the slide's footer.
    const toast = (await page.locator('.present__status').boundingBox())!;
    const foot = (await page.locator('.present .slide__foot').boundingBox())!;
    expect(toast.y + toast.height <= foot.y || toast.y >= foot.y + foot.height).toBe(true);
    // A new stakeholder met in the room: saving without a name says so, and typing clears it.
    await page.keyboard.press('s');
    await page.getByRole('button', { name: p.capture.save }).click();
    await page.getByRole('alert').getByText(p.capture.nameRequired).waitFor();
    await page.getByLabel(p.capture.name, { exact: true }).fill('Haminan Satamaterminaali Oy');
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await page.getByLabel(p.capture.helix, { exact: true }).selectOption('business');
    await page.getByLabel(p.capture.sector, { exact: true }).selectOption({ label: logistics });
    await page.getByRole('button', { name: p.capture.save }).click();
    await page.getByText(p.capture.saved.stakeholder).waitFor();
    // The vote, on the vote slide; its result is the next slide.
    await page.keyboard.press('End');
    await expect.poll(() => slideNumber(page)).toBe('5');
    await page.locator('.slide__options').waitFor();
    await expectLargeType(page);
    await page.keyboard.press('v');
    await page.getByLabel(logistics, { exact: true }).fill('31');
    await page.getByLabel('Biotalous ja kiertotalous').fill('12');
    await page.getByLabel('Energia ja vesi').fill('7');
    await page.getByRole('button', { name: p.capture.save }).click();
    await page.getByText(p.capture.saved.vote).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideNumber(page)).toBe('6');
    await page.getByRole('heading', { level: 1, name: `${logistics} wins with 31 of 50 votes` }).waitFor();
    await app.screenshot(page, 'slide-6-vote-result');
    await expectLargeType(page);

    // axe-core in presentation mode.
    const violations = await axeSerious(page);
    expect(violations).toEqual([]);

    // The presenter view: current and next slide, notes, timer, time on this slide, the agenda.
    await page.keyboard.press('ArrowLeft');
    await presenter.getByText('Now: slide 5 of 6').waitFor();
    await presenter.locator('.presenter__frame--next .slide').waitFor();
    await app.screenshot(presenter, 'slide-presenter-view');
    expect(await axeSerious(presenter)).toEqual([]);
    const agendaList = presenter.getByRole('list', { name: p.presenter.agenda });
    expect(await agendaList.getByRole('listitem').count()).toBe(6);
    expect(await agendaList.locator('[aria-current="step"]').textContent()).toContain('Which sector do we prioritise next year?');
    await presenter.getByLabel(p.presenter.minutes).fill('30');
    await presenter.getByText(/This slide \d+:\d\d of 5:00/).waitFor();
    // At 1366 × 768 the notes are on screen whole.
    await presenter.setViewportSize({ width: 1366, height: 768 });
    await agendaList.getByRole('button', { name: /Most funding goes to two sectors/ }).click();
    await presenter.getByText('Notes for: Most funding goes to two sectors').waitFor();
    const notes = presenter.locator('.presenter__notes');
    const box = (await notes.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(await notes.evaluate((n) => { const el = n as unknown as { scrollHeight: number; clientHeight: number }; return el.scrollHeight <= el.clientHeight + 1; })).toBe(true);
    await app.screenshot(presenter, 'slide-presenter-view-1366');
    await agendaList.getByRole('button', { name: /^5 Which sector do we prioritise/ }).click();
    await presenter.getByText('Now: slide 5 of 6').waitFor();

    // Leave: the workshop record lists what was decided and changed.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: p.log.title }).waitFor();
    const log = page.locator('.workshop-log');
    await log.getByText('Open a funding call for logistics in 2026').waitFor();
    await log.getByRole('link', { name: 'Haminan Satamaterminaali Oy' }).waitFor();
    await log.getByText(/Which sector do we prioritise next year\?/).waitFor();
    expect(await log.locator('[data-log="votes"]').textContent()).toContain(`${logistics} 31`);

    // ... and the plan: the stakeholder with its engagement in logistics, and undo works.
    const stakeholders = await rpc<{ id: string; name: string; engagements: { sectorId: string; level: string }[] }[]>(page, 'stakeholder.list');
    const met = stakeholders.find((s) => s.name === 'Haminan Satamaterminaali Oy')!;
    expect(met.engagements).toMatchObject([{ level: 'consulted' }]);
    await log.getByRole('link', { name: 'Haminan Satamaterminaali Oy' }).click();
    await page.getByRole('heading', { level: 2, name: 'Haminan Satamaterminaali Oy' }).or(page.getByRole('heading', { level: 1, name: 'Haminan Satamaterminaali Oy' })).first().waitFor();
    const captures = await rpc<{ kind: string }[]>(page, 'capture.list', { workshopId: workshop.id });
    expect(captures.map((c) => c.kind)).toEqual(['decision', 'stakeholder', 'vote']);
    await rpc(page, 'history.undo');
    expect((await rpc<{ kind: string }[]>(page, 'capture.list', { workshopId: workshop.id })).map((c) => c.kind)).toEqual(['decision', 'stakeholder']);
    await rpc(page, 'history.redo');
  });
});
