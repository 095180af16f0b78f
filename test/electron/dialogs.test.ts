// Native dialogs per purpose, driven through the app's IPC handler as the renderer calls them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronFake as fake } from '../helpers/electron-fake';
import { settle, startMain, type Started } from './harness';
import { savePurposes } from '../../shared/schemas/files';
import fi from '../../resources/locales/fi.json';

vi.mock('electron', async () => (await import('../helpers/electron-fake')).electronFake.module);

let app: Started;
afterEach(async () => app?.stop());

type Filter = { name: string; extensions: string[] };
const filtersOf = () => fake.lastDialog().options.filters as Filter[];
const extensionsOf = () => filtersOf().flatMap((f) => f.extensions);
const exportPurposes = savePurposes.filter((p) => p !== 'plan');

describe('Save dialogs per purpose', () => {
  it.each([
    ['plan', 's3plan', 'Kymenlaakso.s3plan'],
    ['csv', 'csv', 'Sidosryhmät.csv'],
    ['xlsx', 'xlsx', 'Sidosryhmät.xlsx'],
    ['pdf', 'pdf', 'Kymenlaakso.pdf'],
    ['png', 'png', 'coverage-matrix.png'],
    ['svg', 'svg', 'coverage-matrix.svg'],
  ] as const)('%s: its own filter, the documents folder at first, the suggested name with its extension', async (purpose, ext, suggested) => {
    app = await startMain();
    fake.answerDialog(path.join(fake.documents, 'chosen'));
    const picked = await app.call('host.pickPath', { mode: 'save', purpose, suggestedName: suggested });
    const call = fake.lastDialog();
    expect(call.kind).toBe('save');
    expect(call.parent).toBe(app.win());
    expect(extensionsOf()).toEqual([ext]);
    expect(call.options.defaultPath).toBe(path.join(fake.documents, suggested));
    expect(call.options.properties).toContain('showOverwriteConfirmation');
    // A name typed without the extension gets it (GTK does not add the filter's).
    expect(picked).toEqual({ supported: true, path: path.join(fake.documents, `chosen.${ext}`) });
  });

  it.each(exportPurposes)('an export (%s) is never offered the plan filter or the .s3plan extension', async (purpose) => {
    app = await startMain();
    // The renderer suggests the plan's own file name; the user even types a plan name.
    fake.answerDialog(path.join(fake.documents, 'Kymenlaakso.s3plan'));
    const picked = await app.call('host.pickPath', { mode: 'save', purpose, suggestedName: 'Kymenlaakso.s3plan' });
    expect(extensionsOf()).not.toContain('s3plan');
    expect(filtersOf().map((f) => f.name).join(' ')).not.toMatch(/plan/i);
    expect(String(fake.lastDialog().options.defaultPath)).toBe(path.join(fake.documents, `Kymenlaakso.${purpose}`));
    expect(picked.path).toBe(path.join(fake.documents, `Kymenlaakso.s3plan.${purpose}`));
    expect(picked.path!.toLowerCase().endsWith('.s3plan')).toBe(false);
  });

  it('opens each purpose in the folder last used for it, kept in app state in the user-data folder', async () => {
    app = await startMain();
    const reports = path.join(fake.documents, 'reports');
    const sheets = path.join(fake.documents, 'sheets');
    fake.answerDialog(path.join(reports, 'board.pdf'));
    await app.call('host.pickPath', { mode: 'save', purpose: 'pdf', suggestedName: 'Plan' });
    fake.answerDialog(path.join(sheets, 'list.xlsx'));
    await app.call('host.pickPath', { mode: 'save', purpose: 'xlsx', suggestedName: 'list.xlsx' });

    fake.answerDialog(null);
    await app.call('host.pickPath', { mode: 'save', purpose: 'pdf', suggestedName: 'Plan' });
    expect(fake.lastDialog().options.defaultPath).toBe(path.join(reports, 'Plan.pdf'));
    // Spreadsheets share a folder: import and both export formats.
    fake.answerDialog(null);
    await app.call('host.pickPath', { mode: 'open', purpose: 'spreadsheet' });
    expect(fake.lastDialog().options.defaultPath).toBe(sheets);
    fake.answerDialog(null);
    await app.call('host.pickPath', { mode: 'save', purpose: 'csv', suggestedName: 'a.csv' });
    expect(fake.lastDialog().options.defaultPath).toBe(path.join(sheets, 'a.csv'));
    // Another purpose keeps its own (here still the documents folder).
    fake.answerDialog(null);
    await app.call('host.pickPath', { mode: 'save', purpose: 'png', suggestedName: 'chart.png' });
    expect(fake.lastDialog().options.defaultPath).toBe(path.join(fake.documents, 'chart.png'));

    await settle(); // the core writes app state in its own thread
    const saved = JSON.parse(fs.readFileSync(path.join(fake.userData, 'app-state.json'), 'utf8')) as { folders: Record<string, string> };
    expect(saved.folders).toEqual({ pdf: reports, spreadsheet: sheets });
  });

  it('Cancel gives no path and remembers nothing', async () => {
    app = await startMain();
    fake.answerDialog(null);
    expect(await app.call('host.pickPath', { mode: 'save', purpose: 'svg', suggestedName: 'x.svg' })).toEqual({ supported: true, path: null });
    expect((await app.call('app.state', {})).folders).toEqual({});
  });

  it('refuses a request without a purpose, or an open dialog for an export type', async () => {
    app = await startMain();
    expect(await app.reply('host.pickPath', { mode: 'save', suggestedName: 'x' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await app.reply('host.pickPath', { mode: 'open', purpose: 'png' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(fake.state.dialogCalls).toHaveLength(0);
  });
});

describe('Open dialogs per purpose', () => {
  it('a plan: the plan filter; the picked file is returned as chosen', async () => {
    app = await startMain();
    fake.answerDialog('/somewhere/Plan.s3plan');
    expect(await app.call('host.pickPath', { mode: 'open', purpose: 'plan' })).toEqual({ supported: true, path: '/somewhere/Plan.s3plan' });
    expect(fake.lastDialog().kind).toBe('open');
    expect(extensionsOf()).toEqual(['s3plan']);
    expect(fake.lastDialog().options.properties).toEqual(['openFile']);
  });

  it('an import offers CSV and XLSX together, and each alone', async () => {
    app = await startMain();
    fake.answerDialog(null);
    await app.call('host.pickPath', { mode: 'open', purpose: 'spreadsheet' });
    expect(filtersOf().map((f) => f.extensions)).toEqual([['csv', 'xlsx'], ['csv'], ['xlsx']]);
    expect(extensionsOf()).not.toContain('s3plan');
  });

  it('speaks the UI language: filters and titles in Finnish after the switch', async () => {
    app = await startMain();
    await app.call('app.setLanguage', { language: 'fi' });
    fake.answerDialog(null);
    await app.call('host.pickPath', { mode: 'open', purpose: 'spreadsheet' });
    expect(fake.lastDialog().options.title).toBe(fi.fileDialog.title.openSpreadsheet);
    expect(filtersOf()[0]!.name).toBe(fi.fileDialog.filter.spreadsheet);
  });
});

describe('Exports written where the dialog said', () => {
  it('a chart table to XLSX and a chart to PNG and SVG: real files with the right bytes', async () => {
    app = await startMain();
    fake.answerDialog(path.join(fake.documents, 'coverage'));
    const { path: xlsx } = await app.call('host.pickPath', { mode: 'save', purpose: 'xlsx', suggestedName: 'coverage.xlsx' });
    await app.call('export.table', { path: xlsx!, format: 'xlsx', language: 'en', title: 'Coverage', headers: ['Sector', 'Partners'], rows: [['Logistics', 3]] });
    expect(fs.readFileSync(xlsx!).subarray(0, 2).toString()).toBe('PK');

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0000000000049454e44ae426082', 'hex');
    fake.answerDialog(path.join(fake.documents, 'matrix'));
    const { path: pngPath } = await app.call('host.pickPath', { mode: 'save', purpose: 'png', suggestedName: 'matrix.png' });
    expect(await app.call('export.image', { path: pngPath!, format: 'png', data: png.toString('base64') })).toEqual({ path: pngPath, bytes: png.length });
    expect(fs.readFileSync(pngPath!).equals(png)).toBe(true);

    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    fake.answerDialog(path.join(fake.documents, 'matrix.svg'));
    const { path: svgPath } = await app.call('host.pickPath', { mode: 'save', purpose: 'svg', suggestedName: 'matrix.svg' });
    await app.call('export.image', { path: svgPath!, format: 'svg', data: Buffer.from(svg).toString('base64') });
    expect(fs.readFileSync(svgPath!, 'utf8')).toBe(svg);
  });
});
