// The wall screen slide by slide: every slide type, on the example plan and the large generated
// plan, in English and Finnish, at 1920 × 1080 and 1280 × 720. A slide fails when any box or
// line of text leaves the slide's body, when a box cuts its own content, when text is under
// 24 px of a 1920 px wall, or when data is left out without "and N more". Then the colours:
// each chart's categories compared through colour-vision, greyscale and washed-out simulations
// of real screenshots. Every slide is written to test-output/wall/ to be looked at.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { agendaCharts } from '../../shared/schemas/agenda';
import { decodePng, encodePng } from '../helpers/png';
import { deltaE, meanColour, simulateImage, simulate, simulations, type Rgb } from '../helpers/vision';

const root = path.resolve(import.meta.dirname, '..', '..');
const outDir = path.join(root, 'test-output', 'wall');

let app: App;
let largeFile = '';
beforeAll(async () => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'simulated'), { recursive: true });
  app = await startApp();
  // The large plan is generated once per run (global-setup.ts); this file changes its copy.
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

/** Statement titles as a facilitator writes them: some long enough to take two lines. */
const titles: Record<(typeof agendaCharts)[number], string> = {
  coverageMatrix: 'Kansalaisyhteiskunta puuttuu logistiikasta',
  networkMatrix: 'Kaksi kärkialaa ilman kansainvälistä verkostoa',
  stakeholderBase: 'Yritykset ovat suurin joukko, kansalaisjärjestöjä on vähän',
  engagementLevels: 'Sitoutuminen on syvintä digitaalisessa teollisuudessa',
  engagementOverTime: 'Mukana olevien määrä on kasvanut joka vuosi',
  networkMap: 'EU-verkostot palvelevat useimpia kärkialoja',
  actionsBySector: 'Kaksi toimenpidettä on myöhässä',
  moneyBySector: 'Rahoitus painottuu kahteen kärkialaan',
  moneyBySource: 'EAKR kantaa suurimman osan rahoituksesta',
  moneyByYear: 'Rahoitus on suurimmillaan vuonna 2025',
  timeline: 'Myöhässä olevat toimenpiteet ensin: mitä teemme niille?',
  indicators: 'Yksi mittari on jäljessä tavoitepolustaan',
};

/** One workshop's agenda with every slide type, and a counted vote (its result slide). */
async function prepareAgenda(): Promise<{ workshopId: string; kinds: string[] }> {
  const workshops = await call<{ id: string }[]>('workshop.list', {});
  const sectors = await call<{ id: string }[]>('sector.list', { includeArchived: false });
  const workshopId = workshops[0]!.id;
  for (const old of await call<{ id: string }[]>('agenda.list', { workshopId })) await call('agenda.delete', { id: old.id });
  const kinds: string[] = [];
  for (const chart of agendaCharts) {
    await call('agenda.add', { workshopId, kind: 'chart', chartId: chart, title: titles[chart], notes: 'Kysy salilta, mikä yllätti. Anna kaksi minuuttia keskustelulle pöydissä.' });
    kinds.push(chart);
  }
  await call('agenda.add', { workshopId, kind: 'sectorProfile', sectorIds: [sectors[0]!.id], title: 'Kärkialan profiili: toimijat, rahoitus ja aukot' });
  await call('agenda.add', { workshopId, kind: 'gaps', title: 'Nämä aukot suljemme tänä vuonna' });
  const vote = await call<{ id: string }>('agenda.add', { workshopId, kind: 'vote', options: ['Logistiikka', 'Biotalous ja kiertotalous', 'Energia ja vesi'], title: 'Mihin kärkialaan panostamme ensi vuonna?' });
  await call('capture.add', { workshopId, agendaItemId: vote.id, kind: 'vote', data: { votes: [{ option: 'Logistiikka', count: 31 }, { option: 'Biotalous ja kiertotalous', count: 12 }, { option: 'Energia ja vesi', count: 7 }] } });
  kinds.push('sectorProfile', 'gaps', 'vote', 'voteResult');
  return { workshopId, kinds };
}

interface SlideProblems {
  outside: string[];
  cut: string[];
  small: string[];
  loading: boolean;
}

/** What on the current slide leaves its body or its own box, or is too small to read. */
const problems = (page: Page) =>
  page.evaluate<SlideProblems>(`(() => {
    const slide = document.querySelector('.present .slide');
    const body = slide.querySelector('.slide__body');
    const inner = slide.querySelector('.slide__inner');
    const b = body.getBoundingClientRect();
    const s = inner.getBoundingClientRect();
    const scale = slide.getBoundingClientRect().width / 1920;
    const out = { outside: [], cut: [], small: [], loading: !!slide.querySelector('.slide__muted') && slide.querySelector('.slide__muted').textContent.includes('…') };
    const label = (el) => (el.className && el.className.baseVal !== undefined ? el.className.baseVal : el.className) + ': ' + (el.textContent || '').trim().slice(0, 50);
    const inside = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    for (const el of body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (!inside(r, b)) out.outside.push(label(el));
      const cs = getComputedStyle(el);
      const clips = ['hidden', 'clip', 'auto', 'scroll'];
      if (!(el instanceof SVGElement) && (clips.includes(cs.overflowX) || clips.includes(cs.overflowY))) {
        if (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2) out.cut.push(label(el));
      }
    }
    const walker = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = walker.nextNode())) {
      const text = n.textContent.trim();
      if (!text) continue;
      const el = n.parentElement;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (!inside(r, s)) out.outside.push('text: ' + text.slice(0, 50));
      }
      // SVG text in a viewBox: its drawn size is its box's height.
      const size = el instanceof SVGElement ? el.getBoundingClientRect().height / 1.2 : parseFloat(getComputedStyle(el).fontSize);
      if (size / scale < 23.5) out.small.push(Math.round(size / scale) + 'px: ' + text.slice(0, 40));
    }
    return out;
  })()`);

async function waitForSlide(page: Page, n: number) {
  await page.locator(`.present .slide[data-slide="${n}"]`).waitFor();
  // The chart's data is loaded when the loading line is gone.
  await page.locator('.present .slide .slide__body > .slide__muted').waitFor({ state: 'detached' });
  await page.evaluate('document.fonts.ready');
}

describe('the wall screen never clips', () => {
  // One test per plan, language and size, so each stays well inside a minute on a busy machine;
  // the agenda is prepared once per plan and shared by that plan's four tests.
  const agendas = new Map<'example' | 'large', Promise<{ workshopId: string; kinds: string[] }>>();
  const agendaOf = (plan: 'example' | 'large') => {
    if (!agendas.has(plan))
      agendas.set(plan, (async () => {
        if (plan === 'example') await call('plan.openExample', { recreate: true });
        else await call('plan.open', { path: largeFile });
        return prepareAgenda();
      })());
    return agendas.get(plan)!;
  };
  for (const plan of ['example', 'large'] as const) {
    for (const lang of ['fi', 'en'] as const) {
      for (const [width, height] of [
        [1920, 1080],
        [1280, 720],
      ] as const) {
        it(`${plan} plan, ${lang}, ${width} × ${height}: every slide type fits`, async () => {
          const { workshopId, kinds } = await agendaOf(plan);
          const failures: string[] = [];
          let moreShown = 0;
          let matrixGaps: string | null = null;
          const page = await app.open({ language: lang, width, height });
          page.setDefaultTimeout(60_000);
          await page.locator('h1').first().waitFor();
          await page.evaluate(`location.hash = '#/present/${workshopId}'`);
          for (const [i, kind] of kinds.entries()) {
            await waitForSlide(page, i + 1);
            const p = await problems(page);
            for (const [what, list] of Object.entries({ outside: p.outside, cut: p.cut, small: p.small })) {
              for (const x of list.slice(0, 3)) failures.push(`${plan} ${lang} ${width}: slide ${i + 1} (${kind}) ${what}: ${x}`);
            }
            moreShown += await page.locator('.present [data-more]').count();
            // The network map counts every network of the plan: the rows shown and "and N more" add up to it.
            if (kind === 'networkMap') {
              const { networkMap } = await call<{ networkMap: { total: number } }>('dashboard.get', { filters: {} });
              const more = Number((await page.locator('.present [data-more]').getAttribute('data-more').catch(() => null)) ?? 0);
              expect(more + (await page.locator('.present .wall__row').count())).toBe(networkMap.total);
            }
            // The gaps slide counts what the matrix slide lists.
            if (kind === 'coverageMatrix') matrixGaps = await page.locator('.present .wall__aside-title').textContent();
            const digits = (x: string | null) => Number((x ?? '').replace(/^\D*([\d\s\u00a0,]+).*$/s, '$1').replace(/\D/g, ''));
            if (kind === 'gaps') expect(digits(await page.locator('.present .slide__big strong').textContent())).toBe(digits(matrixGaps));
            await page.screenshot({ path: path.join(outDir, `${plan}-${lang}-${width}-${String(i + 1).padStart(2, '0')}-${kind}.png`) });
            await page.keyboard.press('ArrowRight');
          }
          await page.context().close();
          expect(failures).toEqual([]);
          // The large plan's data does not fit: what is left out is said on the slides.
          if (plan === 'large') expect(moreShown).toBeGreaterThan(2);
        });
      }
    }
  }

  it('says in the agenda editor and the presenter view what a slide leaves out, and splits it', async () => {
    await call('plan.open', { path: largeFile });
    const { workshopId } = await prepareAgenda();
    const page = await app.open({ language: 'en', width: 1366, height: 768 });
    page.setDefaultTimeout(60_000);
    await page.locator('h1').first().waitFor();
    await page.evaluate(`location.hash = '#/workshops/${workshopId}'`);
    const item = page.locator('.agenda__item', { hasText: titles.coverageMatrix });
    const warning = item.locator('.fit-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/Shows \d+ of 40 sectors/);
    const before = (await call<unknown[]>('agenda.list', { workshopId })).length;
    const button = warning.getByRole('button', { name: /Split into \d+ slides/ });
    const parts = Number(/(\d+) slides/.exec((await button.textContent()) ?? '')![1]);
    await button.click();
    const listed = async () => call<{ title: string }[]>('agenda.list', { workshopId });
    await expect.poll(async () => (await listed()).length, { timeout: 30_000 }).toBe(before - 1 + parts);
    expect((await listed()).some((a) => a.title === titles.coverageMatrix)).toBe(false);
    const split = (await call<{ title: string; sectorIds: string[] }[]>('agenda.list', { workshopId })).filter((a) => a.title.startsWith(titles.coverageMatrix));
    expect(split).toHaveLength(parts);
    expect(new Set(split.flatMap((a) => a.sectorIds)).size, JSON.stringify(split.map((a) => [a.title, a.sectorIds.length]))).toBe(40);
    // Each part fits: no warning on them.
    await page.locator('.agenda__item', { hasText: `${titles.coverageMatrix} (1/${parts})` }).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.locator('.agenda__item', { hasText: titles.coverageMatrix }).locator('.fit-warning').count()).toBe(0);
    // The presenter view says it too, under the slide that does not fit.
    await page.evaluate(`location.hash = '#/present/${workshopId}?role=presenter'`);
    await page.getByRole('list', { name: 'Agenda' }).getByRole('button', { name: new RegExp(titles.networkMatrix) }).click();
    const presenterWarning = page.locator('.presenter__current .fit-warning');
    await presenterWarning.waitFor();
    expect(await presenterWarning.textContent()).toMatch(/Shows \d+ of 40 sectors/);
    await app.screenshot(page, 'wall-presenter-fit-warning');
    await page.context().close();
  });
});

describe('the wall screen in colour-vision deficiency, greyscale and on a washed-out projector', () => {
  it('keeps every chart category apart from the others and from the background', async () => {
    await call('plan.openExample', { recreate: true });
    const { workshopId, kinds } = await prepareAgenda();
    const page = await app.open({ language: 'en', width: 1920, height: 1080 });
    page.setDefaultTimeout(60_000);
    await page.locator('h1').first().waitFor();
    await page.evaluate(`location.hash = '#/present/${workshopId}'`);
    const failures: string[] = [];
    const seen: string[] = [];
    for (const [i, kind] of kinds.entries()) {
      await waitForSlide(page, i + 1);
      // Marks without their words: the colour alone, as seen from the back of the room.
      const boxes = await page.evaluate<Record<string, { x: number; y: number; width: number; height: number }[]>>(`(() => {
        const out = {};
        for (const el of document.querySelectorAll('.present [data-mark]')) {
          const r = el.getBoundingClientRect();
          if (r.width < 8 || r.height < 8) continue;
          (out[el.dataset.mark] ??= []).push({ x: r.x, y: r.y, width: r.width, height: r.height });
        }
        return out;
      })()`);
      const categories = Object.keys(boxes).filter((k) => k !== 'served');
      if (categories.length < 2) {
        await page.keyboard.press('ArrowRight');
        continue;
      }
      // (Through the CSSOM: the app's CSP rightly refuses an injected style sheet.)
      await page.evaluate(`for (const el of document.querySelectorAll('.present [data-mark]')) { el.style.color = 'transparent'; for (const c of el.querySelectorAll('*')) c.style.visibility = 'hidden'; }`);
      const shot = decodePng(await page.screenshot());
      const background: Rgb = [255, 255, 255];
      for (const sim of simulations) {
        const colours = Object.fromEntries(categories.map((k) => [k, simulate(meanColour(shot, boxes[k]!)!, sim)]));
        const bg = simulate(background, sim);
        // Ordinal steps (a ramp) may be closer to each other than categories, never to the background.
        const pairMin = sim === 'washedOut' ? 5 : 8;
        for (const [a, ca] of Object.entries(colours)) {
          if (deltaE(ca, bg) < 5 && a !== 'gap') failures.push(`${kind}: ${a} vanishes into the background in ${sim} (ΔE ${deltaE(ca, bg).toFixed(1)})`);
          for (const [b, cb] of Object.entries(colours)) {
            if (a >= b) continue;
            // Helices stand in their own labelled columns and carry their letter: position and word, not colour alone.
            if (a.startsWith('helix-') && b.startsWith('helix-')) continue;
            const d = deltaE(ca, cb);
            if (d < pairMin) failures.push(`${kind}: ${a} and ${b} look alike in ${sim} (ΔE ${d.toFixed(1)})`);
          }
        }
        if (sim !== 'normal') fs.writeFileSync(path.join(outDir, 'simulated', `${String(i + 1).padStart(2, '0')}-${kind}-${sim}.png`), encodePng(simulateImage(shot, sim)));
      }
      seen.push(`${kind}: ${categories.join(', ')}`);
      await page.keyboard.press('ArrowRight');
    }
    console.log(seen.join('\n'));
    expect(seen.length).toBeGreaterThanOrEqual(7);
    expect(failures).toEqual([]);
    await page.context().close();
  });
});
