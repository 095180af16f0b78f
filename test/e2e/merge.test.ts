// Issue 21, merging two copies: the example plan with a version, copied twice; each copy changed
// in its own browser context (one field changed in both), then merged in Finnish through File →
// Yhdistä kopion kanssa…, the conflict decided on screen, and the result checked, last in
// Näytä → Versiot: the merge's version listed, and the common version compared with the plan now.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import fiMerge from '../../resources/locales/merge.fi.json';
import enMerge from '../../resources/locales/merge.en.json';
import fiVersions from '../../resources/locales/versions.fi.json';
import { formatDateTime } from '../../shared/domain/format';
import type { Version } from '../../shared/schemas/version';

let app: App;
let ours: string, theirs: string;
let action: Row | undefined, sectors: Row[];
/** The version both copies carry: the merge's common version, the comparison's "from". */
let common: Version;
const m = fiMerge.merge;
const v = fiVersions.versions;
const adopted = 'Hyväksytty 6/2021';
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((s, [k, v]) => s.replace(new RegExp(`\\{\\{${k}(, number)?\\}\\}`), v), text);

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

interface Row {
  id: string;
  name?: string;
  title?: string;
  updatedAt: string;
}

async function openMergeAndRead(page: Page, file: string, words: typeof m) {
  await page.evaluate(`location.hash = '#/merge'`);
  await page.getByRole('button', { name: words.choose }).click();
  const dialog = page.getByRole('dialog', { name: words.pathTitle });
  await dialog.getByLabel(words.pathLabel).fill(file);
  await dialog.getByRole('button', { name: words.read }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Settings' Versions section, reached as a user does: Näytä → Versiot. */
async function openVersions(page: Page): Promise<Locator> {
  await page.locator('h1').first().waitFor();
  await page.getByRole('menubar').getByRole('menuitem', { name: fi.menu.view._, exact: true }).click();
  await page.getByRole('menuitem', { name: fi.menu.view.versions, exact: true }).click();
  return page.getByRole('region', { name: v.ui.title });
}

/** The common version's row: named as the example's adopted version too, told apart by when it was saved. */
const commonRow = (page: Page, section: Locator) =>
  section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: adopted, exact: true }) }).filter({ hasText: formatDateTime(common.createdAt, 'fi') });

describe('merging two copies', () => {
  // Three steps of their own, each well within a minute on a busy machine.
  it('the example plan with a version, copied for two officers', async () => {
    const first = await app.open({ language: 'fi' });
    await first.locator('h1').first().waitFor();
    const example = (await rpc<{ path: string }>(first, 'plan.openExample', { recreate: true })).path;
    common = await rpc<Version>(first, 'version.create', { name: adopted });
    await rpc(first, 'plan.close');
    ours = path.join(app.dir, 'oma.s3plan');
    theirs = path.join(app.dir, 'anna.s3plan');
    fs.copyFileSync(example, ours);
    fs.copyFileSync(example, theirs);
    await first.context().close();
  });

  it('the colleague’s copy changed in a browser context of its own: the action renamed, a sector described, a stakeholder added', async () => {
    const second = await app.open({ language: 'fi' });
    await second.locator('h1').first().waitFor();
    await rpc(second, 'plan.open', { path: theirs });
    [action] = await rpc<Row[]>(second, 'action.list');
    sectors = await rpc<Row[]>(second, 'sector.list');
    const a = await rpc<Row>(second, 'action.get', { id: action!.id });
    await rpc(second, 'action.update', { id: a.id, expectedUpdatedAt: a.updatedAt, title: 'Annan nimi' });
    await rpc(second, 'sector.update', { id: sectors[1]!.id, expectedUpdatedAt: sectors[1]!.updatedAt, description: 'Annan kuvaus' });
    await rpc(second, 'stakeholder.create', { name: 'Annan uusi toimija Oy', helix: 'business', type: 'sme' });
    await rpc(second, 'plan.close');
    await second.context().close();
  });

  it('this copy changed in another context: the same action renamed otherwise (the conflict), another sector renamed', async () => {
    const first = await app.open({ language: 'fi' });
    await first.locator('h1').first().waitFor();
    await rpc(first, 'plan.open', { path: ours });
    const a1 = await rpc<Row>(first, 'action.get', { id: action!.id });
    await rpc(first, 'action.update', { id: a1.id, expectedUpdatedAt: a1.updatedAt, title: 'Oma nimi' });
    await rpc(first, 'sector.update', { id: sectors[0]!.id, expectedUpdatedAt: sectors[0]!.updatedAt, name: 'Oma kärkiala' });
    await first.context().close();
  });

  it('the Finnish preview, from File → Yhdistä kopion kanssa…, shows where each change comes from and the conflict with both values', async () => {
    const first = await app.open({ language: 'fi' });
    await first.locator('h1').first().waitFor();

    // File → Yhdistä kopion kanssa…
    await first.getByRole('menubar').getByRole('menuitem', { name: fi.menu.file._, exact: true }).click();
    await first.getByRole('menuitem', { name: fi.menu.file.merge, exact: true }).click();
    await first.getByRole('heading', { name: m.title, level: 1 }).waitFor();
    await openMergeAndRead(first, theirs, m);
    await first.getByRole('heading', { name: fill(m.with, { file: 'anna.s3plan' }) }).waitFor();
    await first.getByText(fill(m.counts.theirs_other, { count: '2', file: 'anna.s3plan' })).waitFor();

    // The one conflict, both values shown; Apply waits for the decision.
    const choice = first.getByRole('group', { name: m.fieldConflict });
    await expect.poll(() => choice.textContent()).toContain('Oma nimi');
    expect(await choice.textContent()).toContain('Annan nimi');
    expect(await choice.getByRole('radio').count()).toBe(2);
    expect(await first.getByRole('button', { name: m.apply, exact: true }).isDisabled()).toBe(true);
    await app.screenshot(first, 'merge-preview-fi-light');
    await first.context().close();
  });

  for (const [language, words] of [['en', enMerge.merge], ['fi', m]] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`the merge screen has no serious accessibility problem (${language}, ${colorScheme})`, async () => {
        const page = await openForAxe(app, { language, colorScheme });
        await page.locator('h1').first().waitFor();
        await openMergeAndRead(page, theirs, words);
        await page.getByRole('group').first().waitFor();
        expect(await axeSerious(page)).toEqual([]);
        await app.screenshot(page, `merge-${language}-${colorScheme}`);
        await page.context().close();
      });

  it('the conflict decided from the keyboard, the merge applied: both copies’ changes and the chosen value', async () => {
    const first = await app.open({ language: 'fi' });
    await first.locator('h1').first().waitFor();
    await openMergeAndRead(first, theirs, m);
    const choice = first.getByRole('group', { name: m.fieldConflict });
    await choice.waitFor();
    const apply = first.getByRole('button', { name: m.apply, exact: true });
    // From the keyboard: the radio group takes arrows; the colleague's value is chosen.
    await choice.getByRole('radio').first().focus();
    await first.keyboard.press('ArrowDown');
    expect(await choice.getByRole('radio', { name: /anna\.s3plan/ }).isChecked()).toBe(true);
    await first.getByText(m.ready).waitFor();
    await apply.click();

    await first.getByRole('heading', { name: fill(m.done, { file: 'anna.s3plan' }) }).waitFor();
    await app.screenshot(first, 'merge-done-fi-light');
    expect((await rpc<Row>(first, 'action.get', { id: action!.id })).title).toBe('Annan nimi');
    expect((await rpc<Row>(first, 'sector.get', { id: sectors[0]!.id })).name).toBe('Oma kärkiala');
    expect(((await rpc<Row>(first, 'sector.get', { id: sectors[1]!.id })) as unknown as { description: string }).description).toBe('Annan kuvaus');
    expect((await rpc<Row[]>(first, 'stakeholder.list')).map((s) => s.name)).toContain('Annan uusi toimija Oy');
    expect((await rpc<{ name: string }[]>(first, 'version.list')).map((v) => v.name)).toContain(fill(m.versionName, { file: 'anna.s3plan' }));
    // The summary says what came from each copy.
    await first.getByText(fill(m.counts.theirs_other, { count: '3', file: 'anna.s3plan' })).waitFor();
    await first.getByText(fill(m.counts.ours_one, { count: '1' })).waitFor();
    await first.context().close();
  });

  it('Näytä → Versiot lists the version the merge recorded beside the common version', async () => {
    const page = await app.open({ language: 'fi', width: 1366, height: 900 });
    const section = await openVersions(page);
    const rows = section.getByRole('rowheader');
    await rows.first().waitFor();
    // Newest first: the merge's version, then the common one (the example's own adopted version, of 2021, after them).
    const names = await rows.allTextContents();
    expect(names.slice(0, 2)).toEqual([fill(m.versionName, { file: 'anna.s3plan' }), adopted]);
    expect(await commonRow(page, section).count()).toBe(1);
    await page.context().close();
  });

  it('the Finnish comparison of the common version with the plan now says what each copy changed, the chosen name, and filters by concept and text', async () => {
    const page = await app.open({ language: 'fi', width: 1366, height: 900 });
    const section = await openVersions(page);
    await commonRow(page, section).getByRole('button', { name: v.ui.compareNow, exact: true }).click();
    const comparison = page.getByRole('region', { name: fill(v.ui.changesSince, { from: adopted, to: v.ui.now }) });
    await comparison.getByText(fill(v.ui.namedOn, { date: formatDateTime(common.createdAt, 'fi') }), { exact: true }).waitFor();

    // The sentences, as the catalogue words them. A rename shows both names, however long (the
    // action's title); a long text (a sector's description) reads "… muokattu" without the values.
    const q = (text: string) => fill(v.quoted, { text });
    const cap = (text: string) => text.charAt(0).toLocaleUpperCase('fi-FI') + text.slice(1);
    const chosen = cap(fill(v.sentence.changed, { entity: v.entity.action, name: q('Annan nimi'), field: v.field.title, before: q(action!.title!), after: q('Annan nimi') }));
    const described = cap(fill(v.sentence.edited, { entity: v.entity.sector, name: q(sectors[1]!.name!), field: v.field.description }));
    const added = fill(v.sentence.added, { entity: v.entity.stakeholder, name: q('Annan uusi toimija Oy'), details: `, ${fi.helix.business.charAt(0).toLocaleLowerCase('fi-FI')}${fi.helix.business.slice(1)}` });
    const renamed = cap(fill(v.sentence.changed, { entity: v.entity.sector, name: q('Oma kärkiala'), field: v.field.name, before: q(sectors[0]!.name!), after: q('Oma kärkiala') }));
    const lines = comparison.getByRole('listitem');
    const shown = async () => (await lines.allTextContents()).sort();
    const heads = () => comparison.getByRole('heading', { level: 4 }).allTextContents();
    const status = comparison.getByRole('status');

    // Both copies' changes, and nothing else: the colleague's (the chosen name, the description,
    // the stakeholder) and this copy's (the other sector renamed).
    await expect.poll(shown).toEqual([chosen, described, added, renamed].sort());
    expect(await status.textContent()).toBe(fill(v.ui.shown_other, { count: '4', total: '4' }));
    expect(await heads()).toEqual([`${v.concept.sectors} (2)`, `${v.concept.stakeholders} (1)`, `${v.concept.actions} (1)`]);
    // The conflict's losing value is not what the plan now holds.
    expect(await comparison.textContent()).not.toContain('Oma nimi');
    await lines.last().scrollIntoViewIfNeeded();
    await app.screenshot(page, 'merge-compare-fi-light');

    // By concept: Kärkialat leaves the two sector lines, Toimenpiteet ja rahoitus the action's.
    // The label wraps the select, so its name ends with the option chosen ("Aihe Kaikki aiheet").
    const concept = comparison.getByRole('combobox', { name: v.ui.concept });
    await concept.selectOption({ label: v.concept.sectors });
    await expect.poll(shown).toEqual([described, renamed].sort());
    expect(await status.textContent()).toBe(fill(v.ui.shown_other, { count: '2', total: '4' }));
    expect(await heads()).toEqual([`${v.concept.sectors} (2)`]);
    await concept.selectOption({ label: v.concept.actions });
    await expect.poll(shown).toEqual([chosen]);
    // By text, across concepts: the colleague's name finds the action and the stakeholder.
    await concept.selectOption({ label: v.ui.allConcepts });
    await comparison.getByRole('searchbox', { name: v.ui.search }).fill('annan');
    await expect.poll(shown).toEqual([chosen, added].sort());
    expect(await status.textContent()).toBe(fill(v.ui.shown_other, { count: '2', total: '4' }));
    await page.context().close();
  });
});
