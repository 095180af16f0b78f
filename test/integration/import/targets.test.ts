/**
 * Issue 18: sectors and funding sources come in from files, a region column takes one
 * region's rows, and reference codes tell rows of one title apart (and match a re-import).
 * Real plan files and the committed fixtures (test/fixtures/import/make-target-fixtures.mjs).
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import type { ImportTarget } from '../../../shared/domain/import/fields';
import { expectUndoable, planCore } from '../handlers/helpers';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/import', name);

let t: TestCore;
beforeEach(async () => {
  t = await planCore();
});
afterEach(() => t.close());

const open = (name: string, target: ImportTarget, sheet?: string) => t.call('import.open', { id: randomUUID(), path: fixture(name), target, ...(sheet ? { sheet } : {}) });

describe('sectors from a two-sheet priority list, one region', () => {
  it('reads the list sheet, offers the region column’s values, takes one region, and one undo removes it all', async () => {
    const first = await open('priority-list-regions.xlsx', 'sectors');
    // The first sheet with data is the notes: the user chooses the list.
    expect(first).toMatchObject({ sheets: ['Ohjeet', 'Painopisteet'], sheet: 'Ohjeet' });
    const file = await open('priority-list-regions.xlsx', 'sectors', 'Painopisteet');
    expect(file.headers).toEqual(['Maakunta', 'Painopiste', 'Kuvaus', 'Perustelut', 'NACE-koodit', 'Taloudellinen toimiala', 'Tieteenala', 'Politiikkatavoite']);
    expect(file.columns).toEqual([null, 'name', 'description', 'rationale', 'naceCodes', 'economicDomain', 'scientificDomain', 'policyObjective']);
    expect(file.columnValues[0]).toEqual([
      { value: 'Kymenlaakso', count: 4 },
      { value: 'Etelä-Karjala', count: 2 },
      { value: 'Päijät-Häme', count: 2 },
    ]);
    // A column of names offers nothing to choose from beyond its values; the region column is the filter.
    const rowFilter = { column: 0, values: ['Kymenlaakso'] };
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns, rowFilter });
    expect(preview).toMatchObject({ rows: 9, add: 3, update: 0, filtered: 4, empty: 1, badRows: 1, skip: 2 });
    expect(preview.issues).toEqual([{ row: 5, column: 'Painopiste', field: 'name', code: 'required' }]);
    // Without the filter "Logistiikka" is in two regions: the second is refused as a duplicate.
    const all = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(all).toMatchObject({ add: 6, filtered: 0, badRows: 2 });
    expect(all.issues.map((i) => [i.row, i.code])).toEqual([[5, 'required'], [6, 'duplicateInFile']]);

    const result = await expectUndoable(t, () => t.call('import.run', { id: file.id, columns: file.columns, rowFilter, goodRowsOnly: true }), 'import.sectors');
    expect(result).toEqual({ added: 3, updated: 0, skipped: 2, created: 0 });
    const sectors = await t.call('sector.list', {});
    expect(sectors.map((s) => [s.name, s.naceCodes, s.economicDomain, s.policyObjective])).toEqual([
      ['Biotalous ja kiertotalous', 'C16, C17, E38', 'Manufacturing', 'PO2 Greener Europe'],
      ['Logistiikka', 'H49, H52', 'Transportation and storage', 'PO3 More connected Europe'],
      ['Digitaaliset palvelut', 'J62, J63', 'Information and communication', 'PO1 Smarter Europe'],
    ]);
    expect(sectors[0]).toMatchObject({ description: 'Metsä- ja sivuvirtojen jalostus', rationale: 'Vahva metsäteollisuus ja tutkimus', scientificDomain: 'Agricultural sciences' });
  });

  it('re-importing another region updates a sector of the same name (case and accents folded) and adds the rest', async () => {
    const existing = await t.call('sector.create', { name: 'LOGISTIIKKA' });
    const file = await open('priority-list-regions.xlsx', 'sectors', 'Painopisteet');
    const rowFilter = { column: 0, values: ['Etelä-Karjala', 'Päijät-Häme'] };
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns, rowFilter });
    expect(preview).toMatchObject({ add: 3, update: 1, filtered: 4, badRows: 0, issues: [] });
    await t.call('import.run', { id: file.id, columns: file.columns, rowFilter });
    const sectors = await t.call('sector.list', {});
    expect(sectors.map((s) => s.name)).toEqual(['Logistiikka', 'Puhdas energia', 'Muotoilu', 'Ympäristöteknologia']);
    expect(sectors[0]).toMatchObject({ id: existing.id, description: 'Raja-asemat ja Saimaan kanava', naceCodes: 'H49' });
  });

  it('refuses a filter with no values or on a column the file does not have, and writes nothing', async () => {
    const file = await open('priority-list-regions.xlsx', 'sectors', 'Painopisteet');
    const none = await t.core.dispatch('import.preview', { id: file.id, columns: file.columns, rowFilter: { column: 0, values: [] } });
    expect(none).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'rowFilter.values' }] } });
    const missing = await t.core.dispatch('import.run', { id: file.id, columns: file.columns, rowFilter: { column: 8, values: ['Kymenlaakso'] }, goodRowsOnly: true });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'rowFilter.column', params: { message: 'filterColumnMissing', column: 9, columns: 8 } }] } });
    expect(await t.call('sector.list', {})).toEqual([]);
  });
});

describe('sectors export and re-import', () => {
  it('a sector list exported with Finnish headers reads back into another plan with every field', async () => {
    const importFi = (await import('../../../resources/locales/import.fi.json')).default.import;
    await t.call('sector.create', { name: 'Biotalous', description: 'Metsät', rationale: 'Vahvuus', naceCodes: 'C16', economicDomain: 'Manufacturing', scientificDomain: 'Agriculture', policyObjective: 'PO2' });
    await t.call('sector.create', { name: 'Logistiikka' });
    const file = path.join(t.dir, 'karkialat.csv');
    const headers = Object.fromEntries(Object.entries(importFi.field.sectors));
    expect(await t.call('export.list', { list: 'sectors', path: file, format: 'csv', language: 'fi', headers })).toEqual({ path: file, rows: 2 });
    const other = await planCore();
    try {
      const opened = await other.call('import.open', { id: randomUUID(), path: file, target: 'sectors' });
      expect(opened.columns).toEqual(['id', 'name', 'description', 'rationale', 'naceCodes', 'economicDomain', 'scientificDomain', 'policyObjective']);
      await other.call('import.run', { id: opened.id, columns: opened.columns });
      const strip = (list: { name: string; description: string; rationale: string; naceCodes: string; economicDomain: string; scientificDomain: string; policyObjective: string }[]) =>
        list.map(({ name, description, rationale, naceCodes, economicDomain, scientificDomain, policyObjective }) => ({ name, description, rationale, naceCodes, economicDomain, scientificDomain, policyObjective }));
      expect(strip(await other.call('sector.list', {}))).toEqual(strip(await t.call('sector.list', {})));
    } finally {
      other.close();
    }
  });
});

describe('funding sources', () => {
  it('takes named built-in sources into use, adds the programme’s own, once each', async () => {
    const before = await t.call('fundingSource.list', {});
    const jtf = before.find((s) => s.kind === 'jtf')!;
    if (jtf.inUse) await t.call('fundingSource.update', { id: jtf.id, expectedUpdatedAt: jtf.updatedAt, inUse: false });
    const file = await open('funding-sources.csv', 'fundingSources');
    expect(file.columns).toEqual(['name']);
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(preview).toMatchObject({ add: 2, update: 2, badRows: 1 });
    expect(preview.issues).toEqual([{ row: 6, column: 'Rahoituslähde', field: 'name', code: 'duplicateInFile', value: 'eakr', params: { firstRow: 2 } }]);
    await expectUndoable(t, () => t.call('import.run', { id: file.id, columns: file.columns, goodRowsOnly: true }), 'import.fundingSources');
    const after = await t.call('fundingSource.list', {});
    expect(after.find((s) => s.kind === 'jtf')!.inUse).toBe(true);
    expect(after.filter((s) => s.kind === 'custom').map((s) => s.name)).toEqual(['Kaakkois-Suomen kehittämisrahasto', 'Säätiöt']);
    expect(after.length).toBe(before.length + 2);
  });
});

describe('reference codes', () => {
  const actions = async () => (await t.call('action.list', {})).map((a) => [a.reference, a.title, a.status]).sort();

  it('two projects of one title with different codes are two rows; a code given twice is refused; one undo removes all', async () => {
    // An action already in the plan with no code: the first row of its title claims it.
    const port = await t.call('action.create', { title: 'Satamalogistiikan digitalisaatio', type: 'project' });
    const file = await open('projects-shared-titles.csv', 'actions');
    expect(file.columns).toEqual(['reference', 'title', 'status', 'startDate', 'endDate']);
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(preview).toMatchObject({ add: 3, update: 1, badRows: 1 });
    expect(preview.issues).toEqual([{ row: 5, column: 'Hankekoodi', field: 'reference', code: 'duplicateInFile', value: 'A10001', params: { firstRow: 2 } }]);
    const result = await expectUndoable(t, () => t.call('import.run', { id: file.id, columns: file.columns, goodRowsOnly: true }), 'import.actions');
    expect(result).toEqual({ added: 3, updated: 1, skipped: 1, created: 0 });
    expect(await actions()).toEqual([
      ['', 'Yhteinen kehittämishanke', 'completed'],
      ['A10001', 'Kiertotalouden osaamiskeskus', 'running'],
      ['A10002', 'Kiertotalouden osaamiskeskus', 'planned'],
      ['A10003', 'Satamalogistiikan digitalisaatio', 'running'],
    ]);
    expect((await t.call('action.get', { id: port.id })).reference).toBe('A10003');
  });

  it('a re-import with the same codes updates those rows (code case folded); a known title with a new code is a new row', async () => {
    const first = await open('projects-shared-titles.csv', 'actions');
    await t.call('import.run', { id: first.id, columns: first.columns, goodRowsOnly: true });
    const ids = new Map((await t.call('action.list', {})).map((a) => [a.reference, a.id]));
    const later = await open('projects-shared-titles-later.csv', 'actions');
    const preview = await t.call('import.preview', { id: later.id, columns: later.columns });
    expect(preview).toMatchObject({ add: 1, update: 2, badRows: 0, issues: [] });
    await expectUndoable(t, () => t.call('import.run', { id: later.id, columns: later.columns }), 'import.actions');
    expect(await actions()).toEqual([
      ['', 'Yhteinen kehittämishanke', 'completed'],
      ['A10001', 'Kiertotalouden osaamiskeskus', 'completed'],
      ['A10002', 'Kiertotalouden osaamiskeskus, Lappeenranta', 'running'],
      ['A10003', 'Satamalogistiikan digitalisaatio', 'running'],
      ['A10004', 'Satamalogistiikan digitalisaatio', 'planned'],
    ]);
    const now = new Map((await t.call('action.list', {})).map((a) => [a.reference, a.id]));
    for (const code of ['A10001', 'A10002', 'A10003']) expect(now.get(code)).toBe(ids.get(code));
  });

  it('stakeholders: a business ID is stored, exported and matched on re-import', async () => {
    const a = await t.call('stakeholder.create', { name: 'Kotkan Satama Oy', helix: 'business', type: 'large_company', reference: '0123456-7' });
    expect((await t.call('stakeholder.get', { id: a.id })).reference).toBe('0123456-7');
    const file = path.join(t.dir, 'toimijat.csv');
    await t.call('export.list', { list: 'stakeholders', path: file, format: 'csv', language: 'fi', headers: { reference: 'Y-tunnus', name: 'Nimi' } });
    const opened = await t.call('import.open', { id: randomUUID(), path: file, target: 'stakeholders' });
    expect(opened.headers.slice(0, 3)).toEqual(['id', 'Nimi', 'Y-tunnus']);
    expect(opened.columns.slice(0, 3)).toEqual(['id', 'name', 'reference']);
    expect(opened.sample[0]!.slice(1, 3)).toEqual(['Kotkan Satama Oy', '0123456-7']);
  });
});
