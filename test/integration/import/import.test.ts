import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { dump, expectUndoable, planCore } from '../handlers/helpers';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string) => path.join(fixtures, name);

let t: TestCore;
let sectors: Record<string, string>;

beforeEach(async () => {
  t = await planCore();
  sectors = {};
  for (const name of ['Biotalous ja kiertotalous', 'Logistiikka', 'Energia ja vesi']) sectors[name] = (await t.call('sector.create', { name })).id;
});
afterEach(() => t.close());

const open = (file: string, target: 'stakeholders' | 'actions' | 'networks' | 'indicators' | 'measurements', sheet?: string) =>
  t.call('import.open', { id: randomUUID(), path: file, target, ...(sheet ? { sheet } : {}) });

describe('reading CSV: encodings and delimiters', () => {
  it('Windows-1252 with semicolons (Finnish Excel): the exact preview and error list', async () => {
    const file = await open(fixture('stakeholders-fi-cp1252-semicolon.csv'), 'stakeholders');
    expect(file).toMatchObject({
      format: 'csv', encoding: 'windows1252', delimiter: ';', headers: ['Nimi', 'Neloskierre', 'Tyyppi', 'Kunta', 'Kärkiala', 'Sähköposti'],
      rowCount: 7, columns: ['name', 'helix', 'type', 'municipality', 'sectors', 'contactEmail'], savedMapping: false,
    });
    expect(file.sample[1]).toEqual(['Åbo Akademi', 'tutkimus', 'Yliopisto', 'Turku', 'Biotalous ja kiertotalous; Logistiikka', '']);
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(preview).toEqual({
      id: file.id, target: 'stakeholders', rows: 7, add: 2, update: 0, skip: 5, empty: 1, filtered: 0, badRows: 4, mappingIssues: [], issueCount: 4, warnings: [], warningCount: 0, created: [],
      issues: [
        { row: 5, column: 'Sähköposti', field: 'contactEmail', code: 'invalidEmail', value: 'kirjaamo@kotka' },
        { row: 6, column: 'Nimi', field: 'name', code: 'duplicateInFile', value: 'Kymen Bioenergia Oy', params: { firstRow: 2 } },
        { row: 7, column: null, field: null, code: 'tooManyColumns', params: { expected: 6, found: 7 } },
        // "Avaruus" is no sector of the plan: it would be created, but its row is bad, so nothing is.
        { row: 8, column: 'Neloskierre', field: 'helix', code: 'unknownValue', value: 'avaruus', params: { enum: 'helix' } },
      ],
    });
  });

  it('refuses to import bad rows unless asked for the good rows only; then writes exactly them as one undo step', async () => {
    const file = await open(fixture('stakeholders-fi-cp1252-semicolon.csv'), 'stakeholders');
    const before = dump(t);
    expect(await t.fails('import.run', { id: file.id, columns: file.columns })).toEqual({
      kind: 'validation', issues: [{ path: 'goodRowsOnly', code: 'custom', params: { message: 'importHasBadRows', count: 4 } }],
    });
    expect(dump(t)).toEqual(before);
    const result = await expectUndoable(t, () => t.call('import.run', { id: file.id, columns: file.columns, goodRowsOnly: true }), 'import.stakeholders');
    expect(result).toEqual({ added: 2, updated: 0, skipped: 5, created: 0 });
    const list = await Promise.all((await t.call('stakeholder.list', {})).map(async (s) => ({ ...s, ...(await t.call('stakeholder.get', { id: s.id })), engagements: s.engagements })));
    expect(list.map((s) => [s.name, s.helix, s.type, s.municipality, s.contactEmail, s.engagements.map((e) => [e.sectorId, e.level]).sort()])).toEqual([
      // Finnish order: Å after Z.
      ['Kymen Bioenergia Oy', 'business', 'sme', 'Kouvola', 'info@kymbio.fi', [[sectors['Energia ja vesi'], 'committed']]],
      ['Åbo Akademi', 'academia', 'university', 'Turku', '', [[sectors['Biotalous ja kiertotalous'], 'involved'], [sectors.Logistiikka, 'involved']].sort()],
    ]);
    // The import is forgotten once written: running it twice cannot double the rows.
    expect(await t.fails('import.run', { id: file.id, columns: file.columns, goodRowsOnly: true })).toEqual({ kind: 'notFound', entity: 'import', id: file.id });
  });

  it('UTF-16 LE and BE with BOM, tab-delimited; UTF-8 without BOM', async () => {
    for (const [name, encoding] of [['stakeholders-en-utf16le-tab.csv', 'utf16le'], ['stakeholders-en-utf16be-tab.csv', 'utf16be']] as const) {
      const file = await open(fixture(name), 'stakeholders');
      expect(file).toMatchObject({ encoding, delimiter: '\t', headers: ['Name', 'Helix', 'Type', 'Sectors'], columns: ['name', 'helix', 'type', 'sectors'], rowCount: 2 });
      expect(file.sample).toEqual([['Prizztech Oy', 'Business', 'Development company', 'Logistiikka'], ['Yrittäjäyhdistys', 'Civil society', 'Association', '']]);
      const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
      expect(preview).toMatchObject({ add: 2, update: 0, skip: 0, issues: [] });
    }
    const utf8 = await open(fixture('stakeholders-fi-utf8-semicolon.csv'), 'stakeholders');
    expect(utf8).toMatchObject({ encoding: 'utf8', delimiter: ';', sample: [['Äänekosken kaupunki', 'julkinen'], ['Öljy-yhdistys', 'kansalaisyhteiskunta']] });
  });

  it('Finnish numbers and dates, UTF-8 BOM with commas: actions with funding lines', async () => {
    await t.call('stakeholder.create', { name: 'Kymen Bioenergia Oy', helix: 'business', type: 'sme' });
    const file = await open(fixture('actions-fi-utf8bom-comma.csv'), 'actions');
    expect(file).toMatchObject({ encoding: 'utf8bom', delimiter: ',' });
    expect(file.columns).toEqual(['title', 'type', 'lead', 'sectors', 'status', 'startDate', 'endDate', 'fundingSource', 'plannedCents', 'spentCents']);
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(preview.issues).toEqual([
      { row: 4, column: 'Loppupvm', field: 'endDate', code: 'endBeforeStart', value: '2024-01-01' },
      { row: 4, column: 'Budjetti €', field: 'plannedCents', code: 'notANumber', value: 'noin 5000' },
    ]);
    expect(preview).toMatchObject({ add: 2, update: 0, badRows: 1, skip: 1 });
    await t.call('import.run', { id: file.id, columns: file.columns, goodRowsOnly: true });
    const actions = await t.call('action.list', {});
    expect(actions.map((a) => [a.title, a.type, a.leadName, a.status, a.startDate, a.endDate, a.plannedCents, a.committedCents, a.spentCents, a.fundingKinds])).toEqual([
      ['SIXNET', 'project', 'Kymen Bioenergia Oy', 'completed', '2022-01-01', '2023-12-31', 12_881_000, 12_881_000, 12_881_000, ['akke']],
      ['ELMO', 'service', null, 'running', '2023-03-01', '2024-12-31', 123_456, 0, 0, ['erdf']],
    ]);
  });
});

describe('reading XLSX', () => {
  async function workbook(file: string) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ohje').addRow(['Täytä hankkeet välilehdelle Hankkeet.']);
    const ws = wb.addWorksheet('Hankkeet');
    ws.addRow(['Hanke', 'Alkupvm', 'Rahoitus', null, null, 'Rahoituslähde', 'Tila']);
    ws.addRow([null, null, 'Suunniteltu', 'Sidottu', 'Käytetty', null, null]);
    for (const col of ['A', 'B', 'F', 'G']) ws.mergeCells(`${col}1:${col}2`);
    ws.mergeCells('C1:E1');
    ws.addRow(['Kiertotalouden TKI', new Date(Date.UTC(2023, 0, 15)), { formula: '1000*2', result: 2000 }, 1500, 0, 'EAKR', 'Käynnissä']);
    ws.addRow([]);
    ws.addRow(['Logistiikkaselvitys', 45291, 10000.5, { formula: 'C5', result: 10000.5 }, { sharedFormula: 'D5', result: 2500 } as never, 'JTF', 'valmis']);
    ws.addRow(['Rikkinäinen', 'eilen', 'paljon', null, null, 'Tuntematon rahasto', 'valmis']);
    await wb.xlsx.writeFile(file);
  }

  it('any sheet, merged header cells as one two-row header, formula results, dates and serials, empty rows skipped', async () => {
    const file = path.join(t.dir, 'hankkeet.xlsx');
    await workbook(file);
    const opened = await open(file, 'actions', 'Hankkeet');
    expect(opened).toMatchObject({
      format: 'xlsx', encoding: null, delimiter: null, sheets: ['Ohje', 'Hankkeet'], sheet: 'Hankkeet',
      headers: ['Hanke', 'Alkupvm', 'Rahoitus Suunniteltu', 'Rahoitus Sidottu', 'Rahoitus Käytetty', 'Rahoituslähde', 'Tila'],
      columns: ['title', 'startDate', 'plannedCents', 'committedCents', 'spentCents', 'fundingSource', 'status'],
      rowCount: 4,
    });
    expect(opened.sample[0]).toEqual(['Kiertotalouden TKI', '2023-01-15', '2000', '1500', '0', 'EAKR', 'Käynnissä']);
    const preview = await t.call('import.preview', { id: opened.id, columns: opened.columns });
    expect(preview).toMatchObject({ add: 2, empty: 1, badRows: 1, skip: 2 });
    expect(preview.issues).toEqual([
      { row: 6, column: 'Alkupvm', field: 'startDate', code: 'notADate', value: 'eilen' },
      { row: 6, column: 'Rahoitus Suunniteltu', field: 'plannedCents', code: 'notANumber', value: 'paljon' },
      // A source the plan does not have would be created (a custom source), but only for a good row.
    ]);
    expect(preview.created).toEqual([]);
    await t.call('import.run', { id: opened.id, columns: opened.columns, goodRowsOnly: true });
    const actions = await t.call('action.list', {});
    expect(actions.map((a) => [a.title, a.startDate, a.status, a.plannedCents, a.committedCents, a.spentCents, a.fundingKinds])).toEqual([
      ['Kiertotalouden TKI', '2023-01-15', 'running', 200_000, 150_000, 0, ['erdf']],
      ['Logistiikkaselvitys', '2023-12-31', 'completed', 1_000_050, 1_000_050, 250_000, ['jtf']],
    ]);
  });

  it('the first sheet with data by default; an unknown sheet is a validation error', async () => {
    const file = path.join(t.dir, 'hankkeet.xlsx');
    await workbook(file);
    expect(await open(file, 'actions')).toMatchObject({ sheet: 'Ohje', headers: ['Täytä hankkeet välilehdelle Hankkeet.'], rowCount: 0 });
    expect(await t.fails('import.open', { id: randomUUID(), path: file, target: 'actions', sheet: 'Puuttuu' })).toEqual({
      kind: 'validation', issues: [{ path: 'sheet', code: 'custom', params: { message: 'unknownSheet' } }],
    });
  });
});

describe('files that are not spreadsheets are refused, nothing written', () => {
  it.each([
    ['not-a-spreadsheet.png', 'png'], ['not-a-spreadsheet.pdf', 'pdf'], ['random-bytes.csv', 'binary'],
  ])('%s', async (name, detail) => {
    const before = dump(t);
    expect(await t.fails('import.open', { id: randomUUID(), path: fixture(name), target: 'stakeholders' })).toEqual({ kind: 'file', reason: 'notSpreadsheet', file: name, detail });
    expect(dump(t)).toEqual(before);
  });

  it('a plan file, a zip that is no workbook, a missing file, an empty file', async () => {
    const plan = (await t.call('plan.current', {}))!.path;
    const zip = path.join(t.dir, 'arkisto.zip');
    fs.writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    const empty = path.join(t.dir, 'tyhja.csv');
    fs.writeFileSync(empty, '');
    const fails = (p: string) => t.fails('import.open', { id: randomUUID(), path: p, target: 'stakeholders' });
    expect(await fails(plan)).toEqual({ kind: 'file', reason: 'notSpreadsheet', file: 'plan.s3plan', detail: 'sqlite' });
    expect(await fails(zip)).toEqual({ kind: 'file', reason: 'notSpreadsheet', file: 'arkisto.zip', detail: 'zipNotXlsx' });
    expect(await fails(path.join(t.dir, 'puuttuu.csv'))).toEqual({ kind: 'file', reason: 'notFound', file: 'puuttuu.csv', detail: 'ENOENT' });
    expect(await fails(empty)).toEqual({ kind: 'file', reason: 'empty', file: 'tyhja.csv' });
  });
});

describe('mapping', () => {
  it('a corrected mapping is input to preview; a missing required field is a mapping issue and run refuses', async () => {
    const file = await open(fixture('stakeholders-fi-utf8-semicolon.csv'), 'stakeholders');
    const preview = await t.call('import.preview', { id: file.id, columns: [null, 'helix'] });
    expect(preview.mappingIssues).toEqual([{ code: 'requiredFieldUnmapped', field: 'name' }]);
    expect(await t.fails('import.run', { id: file.id, columns: [null, 'helix'] })).toEqual({
      kind: 'validation', issues: [{ path: 'columns', code: 'custom', params: { message: 'requiredFieldUnmapped', field: 'name' } }],
    });
    expect((await t.call('import.preview', { id: file.id, columns: ['name', 'name'] })).mappingIssues).toEqual([
      { code: 'fieldMappedTwice', field: 'name' }, { code: 'requiredFieldUnmapped', field: 'helix' },
    ]);
  });

  it('is saved for files of the same shape (import-mappings.json in the user-data folder)', async () => {
    const file = await open(fixture('stakeholders-fi-utf8-semicolon.csv'), 'stakeholders');
    await t.call('import.run', { id: file.id, columns: ['notes', 'helix'].reverse().map((_, i) => (i === 0 ? 'name' : 'helix')), saveMapping: true });
    const again = path.join(t.dir, 'samanlainen.csv');
    fs.writeFileSync(again, 'NIMI;neloskierre\nUusi Oy;yritys\n');
    expect(await open(again, 'stakeholders')).toMatchObject({ columns: ['name', 'helix'], savedMapping: true });
    const stored = JSON.parse(fs.readFileSync(path.join(t.dir, 'user-data', 'import-mappings.json'), 'utf8'));
    expect(stored.mappings.stakeholders['nimi\u001fneloskierre'].columns).toEqual(['name', 'helix']);
  });

  it('matches existing rows by folded name (update) and by an id column', async () => {
    const existing = await t.call('stakeholder.create', { name: 'Äänekosken kaupunki', helix: 'public', type: 'agency' });
    const file = path.join(t.dir, 'paivitys.csv');
    fs.writeFileSync(file, `Nimi;Tyyppi;Id\naanekosken KAUPUNKI;kunta;\nMuu nimi;yhdistys;${existing.id}\n`);
    const opened = await open(file, 'stakeholders');
    expect(opened.columns).toEqual(['name', 'type', 'id']);
    expect(await t.call('import.preview', { id: opened.id, columns: opened.columns })).toMatchObject({ add: 0, update: 2, issues: [] });
  });

  it('checks again at the run when the plan changed since the preview: a stakeholder added meanwhile is updated, not added twice', async () => {
    const file = path.join(t.dir, 'uudet.csv');
    fs.writeFileSync(file, 'Nimi;Neloskierre;Tyyppi\nKotkan Satama Oy;yritykset;pk-yritys\nMerikeskus Vellamo;julkinen;kunta\n');
    const opened = await open(file, 'stakeholders');
    expect(await t.call('import.preview', { id: opened.id, columns: opened.columns })).toMatchObject({ add: 2, update: 0 });
    // Another window adds one of the file's stakeholders after the preview.
    await t.call('stakeholder.create', { name: 'Kotkan satama oy', helix: 'business', type: 'sme' });
    expect(await t.call('import.run', { id: opened.id, columns: opened.columns })).toMatchObject({ added: 1, updated: 1 });
    const names = (await t.call('stakeholder.list', {})).map((s) => s.name);
    expect(names.filter((n) => n.toLowerCase() === 'kotkan satama oy')).toHaveLength(1);
  });

  it('checks again after an undo since the preview, and reuses the preview when nothing changed', async () => {
    await t.call('stakeholder.create', { name: 'Kotkan Satama Oy', helix: 'business', type: 'sme' });
    const file = path.join(t.dir, 'uudet.csv');
    fs.writeFileSync(file, 'Nimi;Neloskierre;Tyyppi\nKotkan Satama Oy;yritykset;pk-yritys\n');
    const opened = await open(file, 'stakeholders');
    expect(await t.call('import.preview', { id: opened.id, columns: opened.columns })).toMatchObject({ add: 0, update: 1 });
    await t.call('history.undo', {}); // the stakeholder the preview matched is gone again
    expect(await t.call('import.run', { id: opened.id, columns: opened.columns })).toMatchObject({ added: 1, updated: 0 });
    expect((await t.call('stakeholder.list', {})).map((s) => s.name)).toEqual(['Kotkan Satama Oy']);
  });
});
