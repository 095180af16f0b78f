import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { planCore } from '../handlers/helpers';

const fi = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/locales/fi.json'), 'utf8'));
/** What the renderer passes: enum words in the UI language, keyed "helix.business". */
const valueLabels = Object.fromEntries(
  (['helix', 'stakeholderType', 'size', 'engagement'] as const).flatMap((group) => Object.entries(fi[group] as Record<string, string>).map(([k, v]) => [`${group}.${k}`, v])),
);
const headers = { name: 'Nimi', reference: 'Y-tunnus', helix: 'Neloskierre', type: 'Tyyppi', size: 'Koko', municipality: 'Kunta', sectors: 'Kärkialat', contactEmail: 'Sähköposti' };

let a: TestCore;
let b: TestCore;
const sectorNames = ['Biotalous ja kiertotalous', 'Logistiikka'];

beforeEach(async () => {
  a = await planCore();
  b = await planCore();
  for (const t of [a, b]) for (const name of sectorNames) await t.call('sector.create', { name });
  const [bio, log] = (await a.call('sector.list', {})).map((s) => s.id) as [string, string];
  const s1 = await a.call('stakeholder.create', { name: 'Kymen Bioenergia Oy', helix: 'business', type: 'sme', size: 'small', municipality: 'Kouvola', contactEmail: 'info@kymbio.fi', reference: '1234567-8', notes: '=1+1 "lainattu"; rivi\nkaksi' });
  const s2 = await a.call('stakeholder.create', { name: 'Åbo Akademi', helix: 'academia', type: 'university' });
  await a.call('stakeholder.create', { name: 'Luontoyhdistys ry', helix: 'civil', type: 'association' });
  await a.call('engagement.set', { stakeholderId: s1.id, sectorId: bio, level: 'committed', changedOn: '2024-01-01' });
  await a.call('engagement.set', { stakeholderId: s2.id, sectorId: bio, level: 'leading', changedOn: '2024-01-01' });
  await a.call('engagement.set', { stakeholderId: s2.id, sectorId: log, level: 'aware', changedOn: '2024-01-01' });
});
afterEach(() => {
  a.close();
  b.close();
});

/** A plan's stakeholders as data that does not depend on ids or times. */
async function stakeholders(t: TestCore) {
  const sectors = new Map((await t.call('sector.list', {})).map((s) => [s.id, s.name]));
  // Every field: the list's row with the detail's contacts, website and notes.
  const full = await Promise.all(
    (await t.call('stakeholder.list', {})).map(async (row) => {
      const { engagements: _e, networks: _ns, actions: _a, workshops: _w, ...detail } = await t.call('stakeholder.get', { id: row.id });
      return { ...detail, ...row };
    }),
  );
  return full.map(({ id: _id, createdAt: _c, updatedAt: _u, networkIds: _n, networkCount: _k, engagements, ...s }) => ({
    ...s,
    engagements: engagements.map((e) => [sectors.get(e.sectorId), e.level]).sort(),
  }));
}

describe('an export re-imports to the same data', () => {
  it.each(['csv', 'xlsx'] as const)('stakeholders in Finnish, %s', async (format) => {
    const file = path.join(a.dir, `toimijat.${format}`);
    expect(await a.call('export.list', { list: 'stakeholders', path: file, format, language: 'fi', headers, valueLabels })).toEqual({ path: file, rows: 3 });
    if (format === 'csv') {
      const bytes = fs.readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toBe('\ufeffid;Nimi;Y-tunnus;Neloskierre;Tyyppi;Koko;Kunta;website;contact;Sähköposti;phone;notes;Kärkialat');
    }
    const id = randomUUID();
    const opened = await b.call('import.open', { id, path: file, target: 'stakeholders' });
    expect(opened.columns).toEqual(['id', 'name', 'reference', 'helix', 'type', 'size', 'municipality', 'website', 'contactName', 'contactEmail', 'contactPhone', 'notes', 'sectors']);
    const preview = await b.call('import.preview', { id, columns: opened.columns });
    expect(preview).toMatchObject({ add: 3, update: 0, skip: 0, issues: [] });
    await b.call('import.run', { id, columns: opened.columns, saveMapping: true });
    expect(await stakeholders(b)).toEqual(await stakeholders(a));
    // Re-importing into the plan it came from matches every row by its id: updates, nothing added.
    const again = randomUUID();
    const reopened = await a.call('import.open', { id: again, path: file, target: 'stakeholders' });
    expect(reopened.savedMapping).toBe(false); // saved in b's user-data folder, not a's
    expect(await a.call('import.preview', { id: again, columns: reopened.columns })).toMatchObject({ add: 0, update: 3, issues: [] });
  });

  it('xlsx has real number and date cells; a chart data table exports as given', async () => {
    const file = path.join(a.dir, 'kaavio.xlsx');
    await a.call('export.table', {
      path: file, format: 'xlsx', language: 'fi', title: 'Rahoitus kärkialoittain', headers: ['Kärkiala', 'Suunniteltu €', 'Päivä'],
      rows: [['Logistiikka', 128810.5, { date: '2023-12-31' }], ['Biotalous', null, null]],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Rahoitus kärkialoittain')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Kärkiala', 'Suunniteltu €', 'Päivä']);
    expect(ws.getCell('B2').value).toBe(128810.5);
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(ws.getCell('C2').numFmt).toBe('d.m.yyyy');
    const csv = path.join(a.dir, 'kaavio.csv');
    await a.call('export.table', { path: csv, format: 'csv', language: 'en', headers: ['Sector', 'Planned €', 'Day'], rows: [['Logistiikka', 128810.5, { date: '2023-12-31' }]] });
    expect(fs.readFileSync(csv, 'utf8')).toBe('\ufeffSector,Planned €,Day\r\nLogistiikka,128810.5,2023-12-31\r\n');
    expect(await a.fails('export.table', { path: csv, format: 'csv', language: 'en', headers: [], rows: [], overwrite: false })).toEqual({ kind: 'file', reason: 'exists', file: 'kaavio.csv' });
  });

  it('exports the rows on screen: given ids in order, or the list filters', async () => {
    const list = await a.call('stakeholder.list', {});
    const file = path.join(a.dir, 'valitut.csv');
    await a.call('export.list', { list: 'stakeholders', path: file, format: 'csv', language: 'en', ids: [list[2]!.id, list[0]!.id] });
    const names = (f: string) => fs.readFileSync(f, 'utf8').trim().split('\r\n').slice(1).map((l) => l.split(',')[1]);
    expect(names(file)).toEqual([list[2]!.name, list[0]!.name]);
    await a.call('export.list', { list: 'stakeholders', path: file, format: 'csv', language: 'en', filter: { helix: 'civil' }, overwrite: true });
    expect(names(file)).toEqual(['Luontoyhdistys ry']);
  });
});
