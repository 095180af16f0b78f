// Issue 13, path 3 in the desktop app: an export replaces an existing file only when the user
// chose it in the native Save dialog (which asked before replacing it). The main process does
// not take the renderer's `overwrite: true` on trust: it passes only for a path its own dialog
// returned, once. A name the dialog completed with the extension is asked about again. The PDF
// export never replaces the open plan, even through a link named .pdf.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronFake as fake } from '../helpers/electron-fake';
import { sha256 } from '../helpers/core';
import { startMain, type Started } from './harness';

vi.mock('electron', async () => (await import('../helpers/electron-fake')).electronFake.module);

let app: Started;
afterEach(async () => app?.stop());

const table = (file: string) => ({ path: file, format: 'csv' as const, language: 'en' as const, title: 'Data', headers: ['Name'], rows: [['Kotka']], overwrite: true });

async function existing(name: string): Promise<string> {
  const file = path.join(fake.documents, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'my own notes\n');
  return file;
}

describe('an export in the desktop app', () => {
  it('replaces a file chosen in the Save dialog, once', async () => {
    app = await startMain();
    const file = await existing('coverage.csv');
    fake.answerDialog(file);
    const picked = await app.call('host.pickPath', { mode: 'save', purpose: 'csv', suggestedName: 'coverage.csv' });
    expect(picked.path).toBe(file);
    await app.call('export.table', table(file));
    expect(fs.readFileSync(file, 'utf8')).toContain('Kotka');
    // The grant is used up: a second write without the dialog does not replace the file.
    fs.writeFileSync(file, 'edited since\n');
    expect(await app.reply('export.table', table(file))).toEqual({ ok: false, error: { kind: 'file', reason: 'exists', file: 'coverage.csv' } });
    expect(fs.readFileSync(file, 'utf8')).toBe('edited since\n');
  });

  it('does not replace a file the dialog never offered, whatever the renderer sends', async () => {
    app = await startMain();
    const file = await existing('notes.csv');
    expect(await app.reply('export.table', table(file))).toEqual({ ok: false, error: { kind: 'file', reason: 'exists', file: 'notes.csv' } });
    expect(fs.readFileSync(file, 'utf8')).toBe('my own notes\n');
  });

  it('asks again when the dialog added the extension and that file exists', async () => {
    app = await startMain();
    const file = await existing('budget.csv');
    fake.answerDialog(path.join(fake.documents, 'budget'));
    expect((await app.call('host.pickPath', { mode: 'save', purpose: 'csv' })).path).toBeNull();
    const asked = fake.lastDialog();
    expect(asked.kind).toBe('message');
    expect(String(asked.options.message)).toContain('budget.csv');
    expect(fs.readFileSync(file, 'utf8')).toBe('my own notes\n');
    fake.answerDialog(path.join(fake.documents, 'budget'));
    fake.answerMessage(0);
    expect((await app.call('host.pickPath', { mode: 'save', purpose: 'csv' })).path).toBe(file);
    await app.call('export.table', table(file));
    expect(fs.readFileSync(file, 'utf8')).toContain('Kotka');
  });

  it('never writes the PDF over the open plan, even through a link named .pdf', async () => {
    app = await startMain();
    const plan = path.join(app.dir, 'plan.s3plan');
    await app.call('plan.create', { path: plan, fields: { name: 'Testi', region: 'Testimaakunta', periodStart: 2021, periodEnd: 2027 } });
    const before = sha256(plan);
    const link = path.join(fake.documents, 'report.pdf');
    fs.mkdirSync(fake.documents, { recursive: true });
    fs.symlinkSync(plan, link);
    fake.answerDialog(link);
    const reply = await app.reply('report.exportPdf', { query: 'lang=en', suggestedName: 'report.pdf', paper: 'a4' });
    expect(reply).toEqual({ ok: false, error: { kind: 'file', reason: 'wouldReplacePlan', file: 'report.pdf', detail: 'open' } });
    expect(sha256(plan)).toBe(before);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
