// The discovery process on record (issue 19), as a facilitator and an officer use it: in workshop
// mode a decision and a new stakeholder are captured, one undo takes the stakeholder back whole;
// the workshop pane shows the decision, its outcomes are linked from the keyboard; the PDF has the
// chapter "Entrepreneurial discovery process" in its outline, with the decision's text.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc } from './editors-helpers';
import { exportOnPage } from '../bench/report';
import { overlaps, outsideMargins, readWords } from '../helpers/pdf-layout';
import example from '../../resources/example-plan/example-plan.json';
import presentationEn from '../../resources/locales/presentation.en.json';
import discoveryEn from '../../resources/locales/discovery.en.json';
import discoveryFi from '../../resources/locales/discovery.fi.json';
import discoverySv from '../../resources/locales/discovery.sv.json';
import reportEn from '../../resources/locales/report.en.json';
import reportFi from '../../resources/locales/report.fi.json';
import reportSv from '../../resources/locales/report.sv.json';

const p = presentationEn.presentation;
const root = path.resolve(import.meta.dirname, '..', '..');
const outDir = path.join(root, 'test-output', 'discovery');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');
interface Outline {
  title: string;
  kids: Outline[];
}
const flatOutline = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...flatOutline(o.kids)]);

const decisionText = 'Open a funding call for port logistics in 2026';
const newcomer = 'Haminan Satamaterminaali Oy';
const workshopTitle = example.workshops[1]!.title;
const actionTitle = example.actions.find((a) => a.key === example.workshops[1]!.actions[0])!.title;

let app: App;
let workshopId = '';
beforeAll(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const openWorkshop = async (page: Page) => {
  await page.evaluate(`location.hash = '#/workshops/${workshopId}'`);
  await page.locator('.decisions').waitFor();
};

describe('the discovery process on record', () => {
  it('captures a decision and a new stakeholder in workshop mode; one undo removes the stakeholder with its participation and engagement', async () => {
    const page = await app.open({ language: 'en', width: 1600, height: 900 });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    workshopId = (await rpc<{ id: string; title: string }[]>(page, 'workshop.list')).find((w) => w.title === workshopTitle)!.id;
    await rpc(page, 'agenda.add', { workshopId, kind: 'gaps', title: 'These are the gaps to close this year' });
    await openWorkshop(page);
    await page.getByRole('button', { name: p.agenda.present, exact: true }).click();
    await page.locator('.present .slide[data-slide="1"]').waitFor();

    await page.keyboard.press('d');
    await page.getByLabel(p.capture.text.decision).fill(decisionText);
    await page.keyboard.press('Control+Enter');
    await page.getByText(p.capture.saved.decision).waitFor();
    await page.keyboard.press('s');
    await page.getByLabel(p.capture.name, { exact: true }).fill(newcomer);
    await page.getByLabel(p.capture.helix, { exact: true }).selectOption('business');
    await page.getByLabel(p.capture.sector, { exact: true }).selectOption({ index: 0 });
    await page.getByRole('button', { name: p.capture.save }).click();
    await page.getByText(p.capture.saved.stakeholder).waitFor();

    // Captured: a decision record, the stakeholder as a participant with its engagement.
    const detail = await rpc<{ participants: { name: string }[]; decisions: { text: string }[] }>(page, 'workshop.get', { id: workshopId });
    expect(detail.decisions.map((d) => d.text)).toContain(decisionText);
    expect(detail.participants.map((x) => x.name)).toContain(newcomer);
    const met = (await rpc<{ name: string; engagements: unknown[] }[]>(page, 'stakeholder.list')).find((s) => s.name === newcomer)!;
    expect(met.engagements).toMatchObject([{ level: 'consulted', changedOn: example.workshops[1]!.date }]);
    const history = await rpc<{ undo: string }>(page, 'history.state');
    expect(history.undo).toBe('capture.stakeholder');

    // One undo: the stakeholder, its participation, engagement and log entry all go; the decision stays.
    await rpc(page, 'history.undo');
    expect((await rpc<{ name: string }[]>(page, 'stakeholder.list')).map((s) => s.name)).not.toContain(newcomer);
    const after = await rpc<{ participants: { name: string }[]; decisions: { text: string }[] }>(page, 'workshop.get', { id: workshopId });
    expect(after.participants.map((x) => x.name)).not.toContain(newcomer);
    expect(after.decisions.map((d) => d.text)).toContain(decisionText);
    expect((await rpc<{ kind: string }[]>(page, 'capture.list', { workshopId })).map((c) => c.kind)).toEqual(['decision']);
    await page.keyboard.press('Escape');
    await page.locator('.decisions').waitFor();
  });

  it('shows the decision in the workshop pane; its outcomes are linked and removed from the keyboard, each one undo step', async () => {
    const page = await app.open({ language: 'en', width: 1600, height: 1000 });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await openWorkshop(page);
    const d = discoveryEn.discovery;
    const decisions = page.locator('.decisions');
    const item = decisions.getByRole('listitem', { name: /^Decision \d+$/ }).filter({ hasText: decisionText });
    await item.waitFor();
    const n = (await item.getAttribute('aria-label'))!.replace(/\D/g, '');
    // Participants by helix: a count per helix and the names.
    const groups = page.locator('.related', { has: page.getByRole('heading', { name: d.participantsByHelix }) });
    expect(await groups.locator('.helix-group').count()).toBe(4);
    await groups.locator('.helix-group', { has: page.getByText('Public sector') }).getByRole('link', { name: 'Kymenlaakson liitto' }).waitFor();

    // Link an action: a native select, reached and chosen from the keyboard.
    const select = page.getByLabel(d.linkAction.replace('{{n}}', n));
    await select.focus();
    await select.selectOption({ label: actionTitle });
    await item.getByRole('link', { name: actionTitle }).waitFor();
    expect((await rpc<{ undo: string }>(page, 'history.state')).undo).toBe('decision.link');
    // Removed with its button (named for the link and the decision), then back with one undo.
    await item.getByRole('button', { name: d.unlink.replace('{{name}}', actionTitle).replace('{{n}}', n) }).press('Enter');
    await item.getByText(d.noOutcomes).waitFor();
    await rpc(page, 'history.undo');
    await item.getByRole('link', { name: actionTitle }).waitFor();
    // Owner and due date through the edit form, typed.
    await item.getByRole('button', { name: d.editN.replace('{{n}}', n) }).press('Enter');
    const form = page.getByRole('form', { name: d.editN.replace('{{n}}', n) });
    await form.getByLabel(d.owner).fill('Kotkan kaupunki');
    await form.getByLabel(d.dueOn).fill('31/12/2026');
    await form.getByRole('button', { name: d.save }).click();
    await item.getByText('Carried out by Kotkan kaupunki · due 31 Dec 2026').waitFor();
    await app.screenshot(page, 'discovery-workshop-pane-en-light');
    await item.screenshot({ path: path.join(outDir, 'decision-en.png') });
    // A bad date is refused in words, and nothing changes.
    await item.getByRole('button', { name: d.editN.replace('{{n}}', n) }).click();
    await form.getByLabel(d.dueOn).fill('31.31.2026');
    await form.getByRole('button', { name: d.save }).click();
    await form.getByRole('alert').getByText('Enter a date, for example 31 Dec 2027.').waitFor();
    await form.getByRole('button', { name: d.cancel }).click();
  });

  for (const [language, colorScheme] of [['en', 'light'], ['en', 'dark'], ['fi', 'light'], ['fi', 'dark']] as const) {
    it(`the workshop pane with participants by helix and decisions passes axe in ${language}, ${colorScheme}`, async () => {
      const page = await openForAxe(app, { language, colorScheme });
      try {
        await rpc(page, 'app.setLanguage', { language });
        await page.reload();
        await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
        await openWorkshop(page);
        const words = language === 'fi' ? discoveryFi.discovery : discoveryEn.discovery;
        await page.getByRole('heading', { name: words.participantsByHelix }).waitFor();
        await page.locator('#workshop-decisions', { hasText: words.decisions }).waitFor();
        await page.getByText(decisionText).first().scrollIntoViewIfNeeded();
        await app.screenshot(page, `discovery-workshop-pane-${language}-${colorScheme}`);
        expect(await axeSerious(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  for (const lang of ['en', 'fi', 'sv'] as const) {
    it(`the ${lang} PDF has the chapter in its outline and contents, with the decision and what came of it`, async () => {
      const words = { en: reportEn, fi: reportFi, sv: reportSv }[lang].report;
      const chapterWords = { en: discoveryEn, fi: discoveryFi, sv: discoverySv }[lang].discovery.report;
      const page = await app.open({ language: 'en' });
      page.setDefaultTimeout(60_000);
      await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
      // Run alone (-t), the decision captured above is recorded here instead.
      workshopId ||= (await rpc<{ id: string; title: string }[]>(page, 'workshop.list')).find((w) => w.title === workshopTitle)!.id;
      if (!(await rpc<{ decisions: { text: string }[] }>(page, 'workshop.get', { id: workshopId })).decisions.some((x) => x.text === decisionText)) {
        await rpc(page, 'decision.add', { workshopId, text: decisionText });
      }
      // The chapter alone (with cover and contents): the whole report takes over a minute on a busy 2-core machine.
      const { pdf } = await exportOnPage(page, { lang, sections: ['discovery'] });
      const file = path.join(outDir, `report-${lang}.pdf`);
      fs.writeFileSync(file, pdf);

      const outline = flatOutline((JSON.parse(run('qpdf', ['--json=1', '--json-key=outlines', file])) as { outlines: Outline[] }).outlines).map(fold);
      expect(outline).toContain(`1 ${words.chapter.discovery}`);
      expect(run('pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
      const perPage = Array.from({ length: pages }, (_, i) => fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'])));
      // The contents list it; its pages hold the three tables, the decision, its action and the helix totals.
      expect(perPage[1]).toContain(words.chapter.discovery);
      const first = perPage.findIndex((t) => t.includes(`1 ${words.chapter.discovery}`) && t.includes(chapterWords.workshopsTable));
      expect(first).toBeGreaterThan(1);
      // Reading order (no -layout): a cell's wrapped lines join up again once spaces are folded.
      const chapter = fold(run('pdftotext', ['-enc', 'UTF-8', '-f', String(first + 1), '-l', String(first + 4), file, '-']));
      for (const caption of [chapterWords.workshopsTable, chapterWords.helixTable, chapterWords.decisionsTable]) expect(chapter).toContain(caption);
      expect(chapter).toContain(fold(decisionText));
      expect(chapter).toContain(`${fold(actionTitle)} (`);
      for (const w of example.workshops) expect(chapter).toContain(fold(w.title));
      // Nothing printed over anything else (the narrow count columns' headers), nothing past the side margins.
      const boxes = readWords(file);
      expect(overlaps(boxes).map(([a, b]) => `p. ${a.page}: "${a.text}" over "${b.text}"`)).toEqual([]);
      const mm = (v: number) => (v / 25.4) * 72;
      expect(outsideMargins(boxes, mm(20), mm(8)).map((w) => `p. ${w.page}: "${w.text}"`)).toEqual([]);
      // The chapter's pages as images, to be looked at.
      run('pdftoppm', ['-png', '-r', '70', '-f', String(first + 1), '-l', String(first + 3), file, path.join(outDir, `discovery-${lang}`)]);
      const pngs = fs.readdirSync(outDir).filter((f) => f.startsWith(`discovery-${lang}`) && f.endsWith('.png'));
      expect(pngs.length).toBeGreaterThan(0);
    });
  }
});
