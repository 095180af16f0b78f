// Issue 13, path 3 in Chromium, as a user meets it: exporting the stakeholder list and typing
// the open plan's path is refused with a message that names the file (English and Finnish);
// the plan is byte-identical and keeps working. Typing another existing file asks "Replace the
// existing file?": Cancel leaves it alone, Replace writes the export.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from '../../e2e/harness';
import { sha256 } from '../../helpers/core';
import en from '../../../resources/locales/en.json';
import fi from '../../../resources/locales/fi.json';
import importEn from '../../../resources/locales/import.en.json';
import importFi from '../../../resources/locales/import.fi.json';
import filesEn from '../../../resources/locales/files.en.json';
import filesFi from '../../../resources/locales/files.fi.json';

let app: App;
let plan: string;
beforeAll(async () => {
  app = await startApp();
  plan = path.join(app.dir, 'Kymi.s3plan');
  const call = async (channel: string, input: unknown) => {
    const r = await app.host.core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  };
  await call('plan.create', { path: plan, fields: { name: 'Kymin strategia', region: 'Kymenlaakso', periodStart: 2021, periodEnd: 2027 } });
  await call('stakeholder.create', { name: 'Kotkan kaupunki', helix: 'public', type: 'municipality' });
});
afterAll(async () => {
  await app?.close();
});

const words = { en: { main: en, exp: importEn.import.export, files: filesEn.files }, fi: { main: fi, exp: importFi.import.export, files: filesFi.files } };

/** The stakeholder list's Export → CSV, with the path typed into the in-app dialog. */
async function exportTo(page: Page, lng: 'en' | 'fi', target: string) {
  const w = words[lng];
  await page.goto(`${new URL(page.url()).origin}/#/stakeholders`);
  await page.getByRole('heading', { level: 1, name: w.main.stakeholders.title }).waitFor();
  await page.getByRole('button', { name: w.exp.menuLabel.replace('{{list}}', w.exp.lists.stakeholders), exact: true }).click();
  await page.getByRole('menuitem', { name: w.exp.csv, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: w.exp.pathTitle });
  await dialog.getByRole('textbox', { name: w.exp.pathLabel, exact: true }).fill(target);
  await dialog.getByRole('button', { name: w.exp.save, exact: true }).click();
  return dialog;
}

describe('an export typed over a plan, in the app', () => {
  for (const lng of ['en', 'fi'] as const) {
    it(`is refused with a message naming the plan (${lng}); the plan is unchanged and keeps working`, async () => {
      const before = sha256(plan);
      const page = await app.open({ language: lng });
      const dialog = await exportTo(page, lng, plan);
      await dialog.getByText(words[lng].files.problem.wouldReplacePlan.open.replace('{{file}}', 'Kymi.s3plan'), { exact: true }).waitFor();
      await app.screenshot(page, `export-over-plan-${lng}`);
      expect(sha256(plan)).toBe(before);
      const r = await app.host.core.dispatch('stakeholder.list', {});
      expect(r.ok && (r.value as unknown[]).length).toBe(1);
      await page.context().close();
    });
  }

  it('asks before replacing any other file: Cancel keeps it, Replace writes the export', async () => {
    const notes = path.join(app.dir, 'notes.csv');
    fs.writeFileSync(notes, 'my own notes\n');
    const page = await app.open({ language: 'en' });
    await exportTo(page, 'en', notes);
    let ask = page.getByRole('dialog', { name: en.overwrite.title });
    await ask.getByText(en.overwrite.body.replace('{{file}}', 'notes.csv'), { exact: true }).waitFor();
    await ask.getByRole('button', { name: en.common.cancel, exact: true }).click();
    await ask.waitFor({ state: 'detached' });
    expect(fs.readFileSync(notes, 'utf8')).toBe('my own notes\n');

    const dialog = page.getByRole('dialog', { name: importEn.import.export.pathTitle });
    await dialog.getByRole('button', { name: importEn.import.export.save, exact: true }).click();
    ask = page.getByRole('dialog', { name: en.overwrite.title });
    await ask.getByRole('button', { name: en.overwrite.confirm, exact: true }).click();
    await page.getByText('Exported 1 row to notes.csv.', { exact: true }).waitFor();
    expect(fs.readFileSync(notes, 'utf8')).toContain('Kotkan kaupunki');
    await page.context().close();
  });
});
