// Issue 21, merging two copies: the example plan with a version, copied twice; each copy changed
// in its own browser context (one field changed in both), then merged in Finnish through File →
// Yhdistä kopion kanssa…, the conflict decided on screen, and the result checked.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { axeSerious, openForAxe, rpc } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import fiMerge from '../../resources/locales/merge.fi.json';
import enMerge from '../../resources/locales/merge.en.json';

let app: App;
let ours: string, theirs: string;
let action: Row | undefined, sectors: Row[];
const m = fiMerge.merge;
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

describe('merging two copies', () => {
  // Three steps of their own, each well within a minute on a busy machine.
  it('the example plan with a version, copied for two officers', async () => {
    const first = await app.open({ language: 'fi' });
    await first.locator('h1').first().waitFor();
    const example = (await rpc<{ path: string }>(first, 'plan.openExample', { recreate: true })).path;
    await rpc(first, 'version.create', { name: 'Hyväksytty 6/2021' });
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
});
