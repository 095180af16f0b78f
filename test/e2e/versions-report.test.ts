// Issue 21, what changed since a version, where a reader and an officer look for it: the PDF's
// chapter "Changes since <version>" (Finnish: "Muutokset versiosta …"), offered in the export
// dialog with the newest version chosen, printed with the Versions screen's sentences and in the
// outline and contents; and View → Versions, which lands on Settings' Versions section.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { rpc } from './editors-helpers';
import { exportOnPage } from '../bench/report';
import { translator } from '../helpers/i18n';
import { changesChapter } from '../../shared/report/changes';
import type { CompareResult, Version } from '../../shared/schemas/version';
import fiMain from '../../resources/locales/fi.json';
import reportFi from '../../resources/locales/report.fi.json';
import versionsFi from '../../resources/locales/versions.fi.json';

const root = path.resolve(import.meta.dirname, '..', '..');
const outDir = path.join(root, 'test-output', 'versions-report');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
interface Outline {
  title: string;
  kids: Outline[];
}
const flatOutline = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...flatOutline(o.kids)]);
const words = reportFi.report;
const adopted = 'Hyväksytty 6/2021';

let app: App;
beforeAll(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('changes since a version', () => {
  it('the export dialog offers the chapter with the newest version chosen (fi)', async () => {
    const page = await app.open({ language: 'fi', width: 1366, height: 900 });
    await page.locator('h1').first().waitFor();
    await rpc(page, 'plan.openExample', { recreate: true });
    await page.keyboard.press('Alt+Shift+P');
    const dialog = page.getByRole('dialog', { name: words.dialog.title });
    await dialog.waitFor();
    const box = dialog.getByRole('checkbox', { name: words.dialog.section.changes });
    expect(await box.isChecked()).toBe(false);
    expect(await dialog.getByLabel(words.dialog.since).count()).toBe(0);
    await box.check();
    const select = dialog.getByLabel(words.dialog.since);
    expect(await select.locator('option:checked').textContent()).toBe(adopted);
    await app.screenshot(page, 'versions-report-dialog-fi-light');
    await page.keyboard.press('Escape');
  });

  it('the Finnish PDF has "Muutokset versiosta Hyväksytty 6/2021" in its outline and contents, with the screen’s sentences', async () => {
    const page = await app.open({ language: 'fi' });
    page.setDefaultTimeout(60_000);
    await page.locator('h1').first().waitFor();
    await rpc(page, 'plan.openExample', { recreate: true });
    const version = (await rpc<Version[]>(page, 'version.list')).find((v) => v.name === adopted)!;
    // A change after the version, so there is a sentence we know.
    await rpc(page, 'sector.create', { name: 'Vetytalous' });
    const { pdf } = await exportOnPage(page, { lang: 'fi', sections: ['changes'], since: version.id });
    const file = path.join(outDir, 'report-fi.pdf');
    fs.writeFileSync(file, pdf);

    const title = words.chapter.changes.replace('{{version}}', adopted);
    const outline = flatOutline((JSON.parse(run('qpdf', ['--json=1', '--json-key=outlines', file])) as { outlines: Outline[] }).outlines).map(fold);
    expect(outline).toContain(`1 ${title}`);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    const perPage = Array.from({ length: pages }, (_, i) => fold(run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'])));
    expect(perPage[1]).toContain(title);
    const first = perPage.findIndex((t, i) => i > 1 && t.includes(`1 ${title}`));
    expect(first).toBeGreaterThan(1);
    const chapter = fold(run('pdftotext', ['-enc', 'UTF-8', '-f', String(first + 1), '-l', String(pages), file, '-']));
    expect(chapter).toContain('Uusi kärkiala ”Vetytalous”');

    // The chapter says what the Versions screen's comparison says (derived once), group by group.
    const result = await rpc<CompareResult>(page, 'version.compare', { from: { kind: 'version', id: version.id }, to: { kind: 'current' } });
    const t = translator('fi');
    const expected = changesChapter({ changes: result.changes, context: result.context, version: adopted, savedOn: null }, t, 'fi');
    expect(expected.groups.length).toBeGreaterThan(1);
    for (const g of expected.groups) {
      expect(chapter).toContain(fold(`${g.title} (${t('report.changes.count', { count: g.count })})`));
      expect(chapter).toContain(fold(g.lines[0]!.text));
      if (g.more) expect(chapter).toContain(fold(g.more));
    }
    expect(chapter).toContain(versionsFi.versions.concept.sectors);
    run('pdftoppm', ['-png', '-r', '70', '-f', String(first + 1), '-l', String(first + 1), file, path.join(outDir, 'changes-fi')]);
    expect(fs.readdirSync(outDir).some((f) => f.startsWith('changes-fi') && f.endsWith('.png'))).toBe(true);
  });

  it('View → Versions opens Settings at the Versions section, its heading focused (fi)', async () => {
    const page = await app.open({ language: 'fi', width: 1366, height: 700 });
    await page.locator('h1').first().waitFor();
    await rpc(page, 'plan.openExample', { recreate: true });
    await page.getByRole('menuitem', { name: fiMain.menu.view._ }).click();
    await page.getByRole('menuitem', { name: fiMain.menu.view.versions }).click();
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/settings/versions');
    const heading = page.getByRole('heading', { level: 2, name: versionsFi.versions.ui.title });
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('settings-versions');
    expect(await heading.isVisible()).toBe(true);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeLessThan(700);
    await app.screenshot(page, 'versions-menu-fi-light');
  });
});
