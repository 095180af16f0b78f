import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { rpc } from './editors-helpers';
import fi from '../../resources/locales/fi.json';
import example from '../../resources/example-plan/example-plan.json';
import { engagementLevels } from '../../shared/schemas/enums';

/**
 * Issue 20, "Focus that behaves": a plan built from the keyboard alone (Tab, Enter, typing,
 * arrow keys; no clicks), in the Finnish UI. After each save focus is on the list row just
 * saved, so N opens a new item at once; dialogs open on their first field; an engagement level
 * is saved when chosen (Enter), not on each arrow step; the shell says when the plan was saved;
 * undo and redo name the step in a toast.
 */
let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

interface FocusInfo {
  tag: string;
  id: string;
  /** aria-label, else the text of its label, else its own text. */
  name: string;
  /** The list (`sectors-grid`) the focused element is in, if any. */
  list: string | null;
  /** For the list's grid: the text of its active row. */
  row: string | null;
  /** The dialog it is in (its title), if any. */
  dialog: string | null;
}

// Runs in the page (the test's types have no DOM library).
const FOCUS_SCRIPT = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: 'body', id: '', name: '', list: null, row: null, dialog: null };
  const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || '';
  const rowId = el.getAttribute('aria-activedescendant');
  const row = rowId ? document.getElementById(rowId) : null;
  const dialog = el.closest('dialog');
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    name: label.replace(/\\s+\\*$/, '').trim(),
    list: el.closest('.md__grid') ? el.closest('.md__grid').id : null,
    row: row ? row.textContent : null,
    dialog: dialog ? dialog.querySelector('.dialog__title').textContent : null,
  };
})()`;
const focused = (page: Page) => page.evaluate(FOCUS_SCRIPT) as Promise<FocusInfo>;

/** Presses Tab (or Shift+Tab) until focus is on what `wanted` accepts; fails after `max` presses. */
async function tabTo(page: Page, wanted: (f: FocusInfo) => boolean, { back = false, max = 80 } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (wanted(f)) return;
    seen.push(`${f.tag}:${f.name.slice(0, 30)}`);
  }
  throw new Error(`Tab never reached the control; focus went to ${seen.join(' | ')}`);
}

/** To a screen by its sidebar link: Tab from the page's top (focus on the body), else Shift+Tab back from the list, then Enter. */
async function goTo(page: Page, screen: 'sectors' | 'stakeholders' | 'actions') {
  const back = (await focused(page)).tag !== 'body';
  await tabTo(page, (f) => f.tag === 'a' && f.name === fi.nav[screen], { back });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: fi[screen].title }).waitFor();
}

/** Focus is on the list's grid, on the row of `name`. */
async function expectOnRow(page: Page, list: string, name: string) {
  await expect.poll(() => focused(page)).toMatchObject({ list: `${list}-grid`, row: expect.stringContaining(name) });
}

const depth = async (page: Page) => (await rpc<{ undoDepth: number }>(page, 'history.state')).undoDepth;
const savedStatus = (page: Page) => page.locator('.topbar__saved').textContent();

describe('keyboard only (Finnish UI)', () => {
  let page: Page;

  it('creates a plan through the New plan and path dialogs, each opening on its first field', async () => {
    page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();

    // Alt+Shift+N: New plan (browser host); typing goes into the name, not nowhere.
    await page.keyboard.press('Alt+Shift+N');
    await page.getByRole('dialog').waitFor();
    expect(await focused(page)).toMatchObject({ dialog: fi.newPlan.title, name: fi.newPlan.name, tag: 'input' });
    await page.keyboard.type('Näppäimistön S3');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe(fi.newPlan.region);
    await page.keyboard.type('Kymenlaakso');
    await page.keyboard.press('Enter');

    // The path dialog opens on its path field.
    await page.getByRole('dialog', { name: fi.path.newTitle }).waitFor();
    expect(await focused(page)).toMatchObject({ dialog: fi.path.newTitle, name: fi.path.label, tag: 'input' });
    await page.keyboard.type(path.join(app.dir, 'nappaimisto.s3plan'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Näppäimistön S3' }).waitFor();
    expect(await depth(page)).toBe(0);
    expect(await savedStatus(page)).toBe('');
  });

  it('adds a sector: Enter saves, focus is on its row, N opens a new sector form', async () => {
    await goTo(page, 'sectors');
    await page.keyboard.press('Control+Alt+N');
    await page.locator('form#sector-form').waitFor();
    expect((await focused(page)).name).toBe(fi.sectors.f.name);
    await page.keyboard.type('Kiertotalous');
    await page.keyboard.press('Enter');
    await page.locator('#detail-title', { hasText: 'Kiertotalous' }).waitFor();
    await expectOnRow(page, 'sectors', 'Kiertotalous');
    expect(await depth(page)).toBe(1);
    // The quiet status: "Tallennettu 14.32" (Finnish time).
    await expect.poll(() => savedStatus(page)).toMatch(/^Tallennettu \d{2}\.\d{2}$/);

    // N right after the save: a new sector form, the key not typed into it.
    await page.keyboard.press('n');
    await page.locator('form#sector-form').waitFor();
    expect(await focused(page)).toMatchObject({ name: fi.sectors.f.name, tag: 'input' });
    expect(await page.locator('form#sector-form input').first().inputValue()).toBe('');
    // Escape cancels; focus goes back to the list, not the page body.
    await page.keyboard.press('Escape');
    await page.locator('form#sector-form').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatchObject({ list: 'sectors-grid' });
  });

  it('adds a stakeholder with arrow keys in its selects, then an engagement level saved on Enter, not on each arrow step', async () => {
    await goTo(page, 'stakeholders');
    await page.keyboard.press('Control+Alt+N');
    await page.locator('form#stakeholder-form').waitFor();
    expect((await focused(page)).name).toBe(fi.stakeholders.f.name);
    await page.keyboard.type('Cursor Oy');
    await tabTo(page, (f) => f.name === fi.stakeholders.f.helix);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (f) => f.name === fi.stakeholders.f.type);
    await page.keyboard.press('ArrowDown');
    // Ctrl+Enter saves from any field of the form.
    await page.keyboard.press('Control+Enter');
    await page.locator('#detail-title', { hasText: 'Cursor Oy' }).waitFor();
    await expectOnRow(page, 'stakeholders', 'Cursor Oy');
    expect(await depth(page)).toBe(2);

    // From the row into its pane, to the engagement level for the sector.
    const levelFor = fi.engagementEditor.levelFor.replace('{{sector}}', 'Kiertotalous');
    await tabTo(page, (f) => f.name === levelFor);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Two steps shown, nothing saved, focus still on the select.
    const select = page.getByLabel(levelFor, { exact: true });
    expect(await select.inputValue()).toBe(engagementLevels[1]);
    expect(await depth(page)).toBe(2);
    expect((await focused(page)).name).toBe(levelFor);
    // Enter commits the level: one step, and focus stays on the select.
    await page.keyboard.press('Enter');
    await expect.poll(() => depth(page)).toBe(3);
    const [row] = await rpc<{ id: string; name: string }[]>(page, 'stakeholder.list');
    const detail = await rpc<{ engagements: { level: string }[] }>(page, 'stakeholder.get', { id: row!.id });
    expect(detail.engagements.map((e) => e.level)).toEqual([engagementLevels[1]]);
    await expect.poll(() => select.inputValue()).toBe(engagementLevels[1]);
    expect((await focused(page)).name).toBe(levelFor);
    // Leaving the select does not save the same level again.
    await page.keyboard.press('Tab');
    expect(await depth(page)).toBe(3);
  });

  it('adds an action with a funding line; N after the save; undo and redo name the step; Delete asks with focus on Cancel', async () => {
    await goTo(page, 'actions');
    await page.keyboard.press('Control+Alt+N');
    await page.locator('form#action-form').waitFor();
    expect((await focused(page)).name).toBe(fi.actions.f.title);
    await page.keyboard.type('Näppäinhanke');
    // "Add funding line" adds the source chosen beside it and moves focus to its first year's planned amount.
    await tabTo(page, (f) => f.tag === 'button' && f.name === fi.actions.addLine);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toMatch(new RegExp(`, \\d{4}, ${fi.actions.line.planned}$`));
    await page.keyboard.type('1 500');
    await page.keyboard.press('Control+Enter');
    await page.locator('#detail-title', { hasText: 'Näppäinhanke' }).waitFor();
    await expectOnRow(page, 'actions', 'Näppäinhanke');
    expect(await depth(page)).toBe(4);
    const [action] = await rpc<{ id: string }[]>(page, 'action.list');
    const stored = await rpc<{ fundingLines: { plannedCents: number }[] }>(page, 'action.get', { id: action!.id });
    expect(stored.fundingLines.map((l) => l.plannedCents)).toEqual([150_000]);

    // N right after the save opens a new action form.
    await page.keyboard.press('n');
    await page.locator('form#action-form').waitFor();
    expect((await focused(page)).name).toBe(fi.actions.f.title);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ list: 'actions-grid' });

    // Enter opens the row; Tab to Delete; its dialog opens on Cancel (the safe button).
    await page.keyboard.press('Enter');
    await page.locator('#detail-title', { hasText: 'Näppäinhanke' }).waitFor();
    await tabTo(page, (f) => f.tag === 'button' && f.name === fi.detail.delete);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', name: fi.common.cancel });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await focused(page)).name).toBe(fi.detail.delete);
    expect(await depth(page)).toBe(4);

    // Undo and redo: a toast names the step.
    const toast = page.locator('.toast-region');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => toast.textContent()).toContain(fi.feedback.undone.replace('{{step}}', fi.step.action.create));
    await expect.poll(() => depth(page)).toBe(3);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => toast.textContent()).toContain(fi.feedback.redone.replace('{{step}}', fi.step.action.create));
    await expect.poll(() => depth(page)).toBe(4);
    await app.screenshot(page, 'keyboard-action-fi');
  });
});
