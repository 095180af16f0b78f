// File → Export PDF, checked with real tools: the report route of the example plan printed by
// Chromium (page.pdf, tagged, with an outline and the running header/footer), then read back
// with poppler (pdfinfo, pdftotext, pdftoppm) and qpdf (the catalog's /Lang and the outline).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type App } from './harness';
import { exportOnPage, openReport } from '../bench/report';
import example from '../../resources/example-plan/example-plan.json';
import reportEn from '../../resources/locales/report.en.json';
import reportFi from '../../resources/locales/report.fi.json';
import reportSv from '../../resources/locales/report.sv.json';
import { formatCents } from '../../shared/domain/format';
import { overlaps, outsideMargins, readWords } from '../helpers/pdf-layout';
import { decodePng, encodePng } from '../helpers/png';
import { deltaE, meanColour, simulate, simulateImage, type Rgb } from '../helpers/vision';

const root = path.resolve(import.meta.dirname, '..', '..');
const outDir = path.join(root, 'test-output');
const pngDir = path.join(outDir, 'report');

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Text with every kind of space folded to one ASCII space (Finnish numbers use no-break spaces). */
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

interface Outline {
  title: string;
  kids: Outline[];
}
const flatOutline = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...flatOutline(o.kids)]);

/** Euros of the example plan's funding lines, summed (the budget table's totals row must equal them). */
function exampleTotals() {
  const t = { planned: 0, committed: 0, spent: 0 };
  for (const a of example.actions)
    for (const f of a.funding) {
      t.planned += f.planned;
      t.committed += f.committed;
      t.spent += f.spent;
    }
  return t;
}

let app: App;
// The PDF tools are installed, or named, by the e2e global set-up (global-setup.ts).
beforeAll(async () => {
  fs.mkdirSync(pngDir, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the PDF report of the example plan', () => {
  const reportWords = { en: reportEn, fi: reportFi, sv: reportSv };
  const languageName = { en: 'English', fi: 'Finnish', sv: 'Swedish' };
  for (const lang of ['en', 'fi', 'sv'] as const) {
    it(`exports in ${languageName[lang]} and reads back right with poppler and qpdf`, async () => {
      const words = reportWords[lang].report;
      const page = await app.open({ language: lang === 'fi' ? 'en' : 'fi' }); // the export language differs from the UI's
      page.setDefaultTimeout(60_000);
      await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
      const started = Date.now();
      const { pdf, pages, starts, prints } = await exportOnPage(page, { lang });
      // One print: the contents' pages measured in the page were where Chromium put the headings.
      expect(prints).toBe(1);
      const file = path.join(outDir, `report-${lang}.pdf`);
      fs.writeFileSync(file, pdf);
      console.log(`report-${lang}.pdf: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${Date.now() - started} ms; unit starts ${starts.join(',')}`);

      // Page count, title, tagging.
      const info = run('pdfinfo', [file]);
      const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(count).toBe(pages);
      expect(count).toBeGreaterThan(5);
      expect(/^Title:\s+(.*)$/m.exec(info)?.[1]?.trim()).toBe(example.plan.name);
      expect(info).toMatch(/^Tagged:\s+yes/m);
      expect(info).toMatch(/^Page size:.*\(A4\)/m);

      // The catalog's language and the outline, from qpdf's JSON.
      const json = JSON.parse(run('qpdf', ['--json=2', file])) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
      const objects = json.qpdf[1];
      const trailer = objects.trailer?.value as { '/Root': string };
      const catalog = objects[`obj:${trailer['/Root']}`]?.value as Record<string, string>;
      expect(catalog['/Lang']).toBe(`u:${lang}`);
      const outline = flatOutline((JSON.parse(run('qpdf', ['--json=1', '--json-key=outlines', file])) as { outlines: Outline[] }).outlines).map(fold);
      for (const s of example.sectors) expect(outline.some((t) => t.includes(s.name))).toBe(true);
      expect(outline.some((t) => t.includes(words.chapter.actions))).toBe(true);

      // The text: every sector, SIXNET with its 128 810 €, Finnish letters intact.
      const text = fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
      for (const s of example.sectors) expect(text).toContain(fold(s.name));
      expect(text).toContain('SIXNET');
      expect(text).toContain(lang === 'en' ? '€128,810' : '128 810 €');
      expect(text).toContain('Kymenlaakson älykkään erikoistumisen strategia');
      expect(text).toMatch(/[äöå]/);
      expect(text).not.toContain('\ufffd');
      expect(text).toContain(fold(words.footer.replace('{{page}}', '2').replace('{{total}}', String(count))));

      // The budget table's totals row equals the sum of the funding lines.
      const t = exampleTotals();
      const euros = (v: number) => fold(formatCents(v * 100, lang, 0));
      expect(text).toContain(`${words.actions.totals} ${euros(t.planned)} ${euros(t.committed)} ${euros(t.spent)}`);

      // The contents' page numbers are where the headings are.
      const pageText = (n: number) => fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']));
      const perPage = Array.from({ length: count }, (_, i) => pageText(i + 1));
      const tocPage = perPage.findIndex((p) => p.includes(words.toc.title)) + 1;
      expect(tocPage).toBe(2);
      const sectorEntries = example.sectors.map((s) => {
        const at = perPage[tocPage - 1]!.indexOf(fold(s.name));
        const after = perPage[tocPage - 1]!.slice(at + fold(s.name).length);
        return { name: fold(s.name), page: Number(/^[ .]*(\d+)/.exec(after)?.[1]) };
      });
      for (const e of sectorEntries) {
        expect(e.page, `${e.name} in the contents`).toBeGreaterThan(2);
        expect(perPage[e.page - 1], `${e.name} on page ${e.page}`).toMatch(new RegExp(`\\d\\.\\d+ ${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }

      // Every page rendered, to be looked at.
      const pageDir = path.join(pngDir, lang);
      fs.rmSync(pageDir, { recursive: true, force: true });
      fs.mkdirSync(pageDir, { recursive: true });
      run('pdftoppm', ['-png', '-r', '60', file, path.join(pageDir, 'page')]);
      const pngs = fs.readdirSync(pageDir).filter((f) => f.endsWith('.png'));
      expect(pngs).toHaveLength(count);
      for (const f of pngs) expect(fs.statSync(path.join(pageDir, f)).size).toBeGreaterThan(3000);

      // Nothing printed over anything else, nothing past the 20 mm side margins or off the page.
      const boxes = readWords(file);
      expect(boxes).toHaveLength(count);
      const mm = (v: number) => (v / 25.4) * 72;
      const over = overlaps(boxes).map(([a, b]) => `p. ${a.page}: "${a.text}" over "${b.text}"`);
      expect(over).toEqual([]);
      const outside = outsideMargins(boxes, mm(20), mm(8)).map((w) => `p. ${w.page}: "${w.text}" at ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} pt`);
      expect(outside).toEqual([]);
      // Printed at full size: the right-aligned figures of full-width tables end at the column's
      // edge (less a cell's padding). Anything wider than the column makes Chromium shrink every
      // page to fit it (a long Finnish word in a column heading once did, by 3 %).
      // (The footer's page number sits in the margin, unscaled: only the page's body counts.)
      const body = boxes.flatMap((p) => p.words.filter((w) => w.yMin > mm(20) && w.yMax < 841.89 - mm(20)));
      const rightmost = Math.max(...body.map((w) => w.xMax));
      expect(rightmost).toBeGreaterThan(595.28 - mm(20) - mm(2.5));

      // The cover carries no running header or page number; the pages after it do.
      expect(perPage[0]).not.toContain(fold(words.footer.replace('{{page}}', '1').replace('{{total}}', String(count))));
      expect(boxes[0]!.words.filter((w) => w.yMin < mm(20)).map((w) => w.text)).toEqual([]);
      expect(boxes[1]!.words.some((w) => w.yMin < mm(20))).toBe(true);

      // The indicator chapter puts the indicators behind their path first, as it says.
      const table = perPage.find((p) => p.includes(words.indicators.table))!;
      const rows = table.slice(table.indexOf(words.indicators.table));
      const firstWords = example.indicators.map((x) => ({ name: x.name, at: rows.indexOf(fold(x.name).split(' ')[0]!) })).filter((x) => x.at >= 0);
      const first = firstWords.sort((a, b) => a.at - b.at)[0]!;
      expect(first.name).toMatch(/^Digitaalisia logistiikkapalveluja/); // the one behind its path
    });

    it(`prints its ${languageName[lang]} PDF in one real font, with an outline of words, alternative text on every figure and XMP metadata`, () => {
      const file = path.join(outDir, `report-${lang}.pdf`);
      // pdffonts: every font embedded, none Type 3, one family (header and footer included).
      const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(1);
      for (const line of fonts) {
        expect(line, line).not.toMatch(/Type 3/);
        expect(line, line).toMatch(/^\S*Inter-\S+\s/);
        expect(line.split(/\s+/).at(-5), line).toBe('yes'); // emb
      }
      // The outline: numbers and words apart ("2.1 Logistiikka", "Appendix A Stakeholders").
      const outline = flatOutline((JSON.parse(run('qpdf', ['--json=1', '--json-key=outlines', file])) as { outlines: Outline[] }).outlines).map(fold);
      expect(outline.filter((o) => /^\d+(\.\d+)*\p{L}/u.test(o) || /^(Appendix|Liite|Bilaga) [A-Z]\p{L}/u.test(o))).toEqual([]);
      const words = reportWords[lang].report;
      expect(outline).toContain(`1 ${words.chapter.summary}`);
      expect(outline).toContain(`2.1 ${fold(example.sectors[0]!.name)}`);
      expect(outline).toContain(`${words.appendix.replace('{{letter}}', 'A')} ${words.chapter.stakeholders}`);
      // Tagged figures: each with its alternative text (the chart's summary sentence).
      const json = JSON.parse(run('qpdf', ['--json=2', file])) as { qpdf: [unknown, Record<string, { value?: Record<string, string> }>] };
      const figures = Object.values(json.qpdf[1]).filter((o) => o.value?.['/S'] === '/Figure');
      expect(figures.length).toBeGreaterThanOrEqual(8);
      for (const f of figures) expect((f.value!['/Alt'] ?? '').length, JSON.stringify(f.value).slice(0, 200)).toBeGreaterThan(10);
      // A gap is drawn, not typed as "!".
      expect(run('pdftotext', ['-enc', 'UTF-8', file, '-']).split(/\s+/)).not.toContain('!');
      // XMP metadata with the title and the language.
      const xmp = run('pdfinfo', ['-meta', file]);
      expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${example.plan.name}</rdf:li>`);
      expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li>`);
    });
  }

  it('exports on Letter paper once, at full size', async () => {
    // The page is laid out at its CSS size and scaled to the paper: report.css's A4 on Letter was
    // printed at 94 % and 9 mm in, so pages held more than measured and it printed twice.
    const page = await app.open({ language: 'en' });
    page.setDefaultTimeout(60_000);
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    const { pdf, pages, prints } = await exportOnPage(page, { lang: 'en', paper: 'letter' });
    expect(prints).toBe(1);
    const file = path.join(outDir, 'report-letter.pdf');
    fs.writeFileSync(file, pdf);
    expect(run('pdfinfo', [file])).toMatch(/^Page size:\s+612 x 792 pts \(letter\)/m);
    const mm = (v: number) => (v / 25.4) * 72;
    const body = readWords(file).flatMap((p) => p.words.filter((w) => w.yMin > mm(20) && w.yMax < 792 - mm(20)));
    expect(body.length).toBeGreaterThan(pages * 20);
    // The text starts at the 20 mm margin, not further in.
    expect(Math.min(...body.map((w) => w.xMin))).toBeCloseTo(mm(20), 0);
    expect(Math.max(...body.map((w) => w.xMax))).toBeLessThanOrEqual(612 - mm(20));
  });

  it('breaks no column heading inside a word, in English, Finnish and Swedish', async () => {
    // Finnish headings are long single words ("Suunniteltu", "Käynnissä"): a heading at the
    // screen's 13 px in a chart's 7.5 pt table once printed "Suunnitelt" over "u". A word may
    // still break after its hyphen ("T&K-menot").
    const page = await app.open({ language: 'en' });
    page.setDefaultTimeout(60_000);
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    const broken: string[] = [];
    let headings = 0;
    for (const lang of ['en', 'fi', 'sv'] as const) {
      await openReport(page, { lang });
      const found = (await page.evaluate(`(() => {
        const out = { n: 0, broken: [] };
        for (const th of document.querySelectorAll('.report thead th')) {
          out.n++;
          const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.data.matchAll(/[^\\s\u00ad-]+[-\u00ad]?/g)) {
              // The line of a letter: its last box (a letter after a break also has an empty
              // box at the end of the line before).
              const top = (at) => {
                const r = document.createRange();
                r.setStart(node, at);
                r.setEnd(node, at + 1);
                return Math.round([...r.getClientRects()].at(-1).top);
              };
              if (top(m.index) !== top(m.index + m[0].length - 1)) out.broken.push(m[0]);
            }
          }
        }
        return out;
      })()`)) as { n: number; broken: string[] };
      headings += found.n;
      broken.push(...found.broken.map((w) => `${lang}: ${w}`));
    }
    expect(headings).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('keeps every chart category of the report apart in greyscale print', async () => {
    const page = await app.open({ language: 'en', width: 900, height: 1200 });
    page.setDefaultTimeout(60_000);
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(`location.hash = '#/report?lang=en&sections=charts,actions&paper=a4'`);
    await page.locator('[data-chart="timeline"] svg.chart-svg').waitFor();
    const greyDir = path.join(pngDir, 'greyscale');
    fs.mkdirSync(greyDir, { recursive: true });
    const failures: string[] = [];
    const checked: string[] = [];
    for (const chart of ['coverage-matrix', 'actions-by-sector', 'money-by-sector', 'money-by-year', 'timeline']) {
      const figure = page.locator(`.report [data-chart="${chart}"] .chart-card__figure`);
      await figure.scrollIntoViewIfNeeded();
      const origin = (await figure.boundingBox())!;
      // Each mark's category (data-mark, or a recharts bar's mark- class) and its box in the figure.
      const marks = (await page.evaluate(`(() => {
        const el = document.querySelector('.report [data-chart="${chart}"] .chart-card__figure');
        const out = {};
        const o = el.getBoundingClientRect();
        for (const m of el.querySelectorAll('[data-mark], [class*="mark-"] .recharts-rectangle')) {
          const bar = m.closest('[class*="mark-"]');
          const cat = m.dataset?.mark ?? [...(bar?.classList ?? [])].find((c) => c.startsWith('mark-'))?.slice(5);
          const r = m.getBoundingClientRect();
          if (!cat || r.width < 6 || r.height < 6) continue;
          (out[cat] ??= []).push({ x: r.x - o.x, y: r.y - o.y, width: r.width, height: r.height });
        }
        return out;
      })()`)) as Record<string, { x: number; y: number; width: number; height: number }[]>;
      const shot = decodePng(await figure.screenshot());
      const grey = simulateImage(shot, 'greyscale');
      fs.writeFileSync(path.join(greyDir, `${chart}.png`), encodePng(grey));
      const colours = Object.entries(marks).map(([k, b]) => [k, simulate(meanColour(shot, b, 2)!, 'greyscale')] as [string, Rgb]);
      checked.push(`${chart}: ${colours.map(([k]) => k).join(', ')}`);
      expect(colours.length, chart).toBeGreaterThan(1);
      for (const [a, ca] of colours) {
        for (const [b, cb] of colours) {
          if (a >= b) continue;
          const d = deltaE(ca, cb);
          if (d < 8) failures.push(`${chart}: ${a} and ${b} print as one grey (ΔE ${d.toFixed(1)})`);
        }
      }
      expect(origin.width).toBeGreaterThan(100);
    }
    console.log(checked.join('\n'));
    expect(failures).toEqual([]);
  });

  it('is exported from File → Export PDF in the browser host: the dialog opens the report in a tab to print', async () => {
    const page = await app.open({ language: 'en' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await page.keyboard.press('Alt+Shift+P');
    const dialog = page.getByRole('dialog', { name: reportEn.report.dialog.title });
    await dialog.waitFor();
    await dialog.getByLabel(reportEn.report.dialog.language).selectOption('fi');
    await dialog.getByRole('checkbox', { name: reportEn.report.dialog.section.appendices }).uncheck();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), dialog.getByRole('button', { name: reportEn.report.dialog.export }).click()]);
    // Every chapter but the appendices (the self-assessment annex is an appendix of its own).
    expect(tab.url()).toMatch(/#\/report\?lang=fi&sections=summary%2Csectors%2Ccharts%2Cactions%2Cindicators%2Cdiscovery%2Cframework%2Cassessment&paper=a4&print=1$/);
    await tab.getByRole('heading', { level: 1, name: new RegExp(reportFi.report.chapter.sectors) }).waitFor();
    expect(await tab.evaluate('document.documentElement.lang')).toBe('fi');
    expect(await tab.title()).toBe(example.plan.name);
    expect(await tab.getByRole('heading', { name: reportFi.report.chapter.stakeholders, exact: true }).count()).toBe(0);
    // The contents got page numbers (estimated from the layout for the browser's own dialog).
    await expect.poll(() => tab.locator('.r-toc__page').first().textContent()).toMatch(/^\d+$/);
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('the PDF report of the large generated plan (40 sectors, 3,000 actions, 300 indicators)', () => {
  // Sizes the example plan never reaches: sums in the billions (wider than their boxes, they made
  // Chromium shrink every page to 93 %), charts of 40 sectors taller than a page, and a 300-row
  // table whose heading row print repeats on every page it continues on. Each made the pages
  // measured before printing disagree with print, so the report was printed twice.
  it('prints once, at full size, with the contents where the headings are', async () => {
    const file = path.join(outDir, 'report-large-plan.s3plan');
    fs.copyFileSync(inject('largePlan'), file);
    const opened = await app.host.core.dispatch('plan.open', { path: file });
    expect(opened.ok).toBe(true);
    const page = await app.open({ language: 'fi' });
    page.setDefaultTimeout(60_000);
    await page.locator('main h1').first().waitFor();
    const { pdf, pages, prints } = await exportOnPage(page, { lang: 'fi', sections: ['summary', 'charts', 'indicators', 'discovery'] });
    const out = path.join(outDir, 'report-large.pdf');
    fs.writeFileSync(out, pdf);
    expect(prints).toBe(1);
    expect(pages).toBeGreaterThan(20);
    const text = fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', out, '-']));
    expect(text).toContain('2 857 780 000 €');
    // Full size: the body's right-aligned figures reach the column's edge (as for the example).
    const mm = (v: number) => (v / 25.4) * 72;
    const body = readWords(out).flatMap((p) => p.words.filter((w) => w.yMin > mm(20) && w.yMax < 841.89 - mm(20)));
    expect(Math.max(...body.map((w) => w.xMax))).toBeGreaterThan(595.28 - mm(20) - mm(2.5));
    fs.rmSync(file, { force: true });
  });

  it('gives the action plan in thousands of euros, the titles keeping a quarter of the line', async () => {
    // In euros, sums in the billions took three columns of 16–18 %: 7 % was left for the
    // action's title, a word a line, and the action plan ran to 211 pages.
    const file = path.join(outDir, 'report-large-actions.s3plan');
    fs.copyFileSync(inject('largePlan'), file);
    expect((await app.host.core.dispatch('plan.open', { path: file })).ok).toBe(true);
    const page = await app.open({ language: 'fi' });
    page.setDefaultTimeout(60_000);
    await page.locator('main h1').first().waitFor();
    await openReport(page, { lang: 'fi', sections: ['actions'] });
    const table = (await page.evaluate(`(() => {
      const t = document.querySelector('.report table.r-table--budget');
      return { caption: t.caption.textContent, share: t.tHead.rows[0].cells[0].getBoundingClientRect().width / t.getBoundingClientRect().width, totals: t.tFoot.textContent };
    })()`)) as { caption: string; share: number; totals: string };
    expect(table.caption).toContain(reportFi.report.actions.tableThousands);
    expect(table.share).toBeGreaterThanOrEqual(0.24);
    expect(fold(table.totals)).toContain('2 857 780');
    expect(fold(table.totals)).not.toContain('€');
    fs.rmSync(file, { force: true });
  });
});
