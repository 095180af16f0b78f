import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { dump, expectUndoable, planCore } from '../handlers/helpers';

/**
 * Issue 18: where the meaning of a value is clear, the import converts it and says how it read
 * it, instead of refusing the row. Fixtures: test/fixtures/import/make-convert-fixtures.mjs.
 */
const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/import', name);

let t: TestCore;
beforeEach(async () => {
  t = await planCore();
});
afterEach(() => t.close());

const open = (name: string) => t.call('import.open', { id: randomUUID(), path: fixture(name), target: 'actions' });

describe('a Finnish project list with long titles, timestamps, HTML and thousands dots', () => {
  it('proposes the columns and the number format the amounts show', async () => {
    const file = await open('projects-convert-fi.csv');
    expect(file.columns).toEqual(['title', 'startDate', 'endDate', 'description', 'fundingSource', 'plannedCents', 'committedCents', 'status']);
    // "1.250.000" is read only with a decimal comma (the dot groups thousands): so is "500.000".
    expect(file.numberFormat).toBe('comma');
    expect(file.numberEvidence[5]).toEqual({ comma: 1, point: 0, ambiguous: 4, examples: { comma: '1.250.000', ambiguous: '500.000' } });
    expect(file.numberEvidence[6]).toEqual({ comma: 0, point: 0, ambiguous: 4, examples: { ambiguous: '500.000' } });
  });

  it('converts with a warning on the row and column, refuses only past the limits, and writes the rows as one undo step', async () => {
    const file = await open('projects-convert-fi.csv');
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(preview.issues).toEqual([
      { row: 4, column: 'Hankkeen nimi', field: 'title', code: 'tooLong', value: expect.stringMatching(/^Liian pitkä nimi/), params: { maximum: 500 } },
      { row: 6, column: 'Aloituspvm', field: 'startDate', code: 'notADate', value: '99999999999999' },
    ]);
    expect(preview.warnings).toEqual([
      { row: 2, column: 'Aloituspvm', field: 'startDate', code: 'dateFromEpochSeconds', value: '1700000000', params: { date: '2023-11-14' } },
      { row: 2, column: 'Päättymispvm', field: 'endDate', code: 'dateFromEpochMillis', value: '1767139200000', params: { date: '2025-12-31' } },
      { row: 2, column: 'Kuvaus', field: 'description', code: 'htmlConverted', value: '<p>Kehitetään satamien &amp; terminaalien yhteistyötä.</p><p>Toinen vaihe: <b>pilotit</b>.</p>' },
      { row: 3, column: 'Aloituspvm', field: 'startDate', code: 'dateFromSerial', value: '45292', params: { date: '2024-01-01' } },
      { row: 3, column: 'Päättymispvm', field: 'endDate', code: 'dateFromSerial', value: '46022', params: { date: '2025-12-31' } },
      { row: 3, column: 'Kuvaus', field: 'description', code: 'htmlConverted', value: 'Selvitys &quot;vetylaakson&quot; mahdollisuuksista<br>ja investoinneista' },
      { row: 5, column: 'Aloituspvm', field: 'startDate', code: 'dateFromEpochSeconds', value: '1 704 067 200', params: { date: '2024-01-01' } },
    ]);
    expect(preview).toMatchObject({ add: 3, update: 0, badRows: 2, warningCount: 7 });

    const before = dump(t);
    await expectUndoable(t, () => t.call('import.run', { id: file.id, columns: file.columns, goodRowsOnly: true }), 'import.actions');
    const actions = await t.call('action.list', {});
    const rows = await Promise.all(actions.map(async (a) => ({ ...a, ...(await t.call('action.get', { id: a.id })) })));
    const byTitle = Object.fromEntries(rows.map((a) => [a.title.slice(0, 24), a]));
    expect(Object.keys(byTitle).sort()).toEqual(['Kiertotalouden pilotit', 'Vetytalouden osaamiskesk', 'Älykäs satamalogistiikka'].sort());
    const long = byTitle['Älykäs satamalogistiikka']!;
    // The full 320-character title, kept as written.
    expect(long.title).toHaveLength(320);
    expect([long.startDate, long.endDate, long.status, long.plannedCents, long.committedCents]).toEqual(['2023-11-14', '2025-12-31', 'running', 125_000_000, 50_000_000]);
    expect(long.description).toBe('Kehitetään satamien & terminaalien yhteistyötä.\n\nToinen vaihe: pilotit.');
    const hydrogen = byTitle['Vetytalouden osaamiskesk']!;
    expect([hydrogen.startDate, hydrogen.endDate, hydrogen.plannedCents, hydrogen.description]).toEqual(['2024-01-01', '2025-12-31', 50_000_000, 'Selvitys "vetylaakson" mahdollisuuksista\nja investoinneista']);
    const circular = byTitle['Kiertotalouden pilotit']!;
    // Not HTML: a lone "&" and "<" stay as written.
    expect([circular.startDate, circular.description, circular.plannedCents]).toEqual(['2024-01-01', 'R&D < 5 % budjetista', 8_000_000]);
    await t.call('history.undo', {});
    expect(dump(t)).toEqual(before);
  });
});

describe('amounts that read two ways', () => {
  it('are not guessed: without a declared format every such amount is asked about; declared, it is read that way', async () => {
    const file = await open('projects-thousands-ambiguous.csv');
    expect(file.numberFormat).toBeNull();
    expect(file.numberEvidence[3]).toEqual({ comma: 0, point: 0, ambiguous: 2, examples: { ambiguous: '500.000' } });
    const undeclared = await t.call('import.preview', { id: file.id, columns: file.columns, numberFormat: null });
    expect(undeclared.issues).toEqual([
      { row: 2, column: 'Total budget', field: 'plannedCents', code: 'ambiguousNumber', value: '500.000', params: { first: 500000, second: 500 } },
      { row: 3, column: 'Total budget', field: 'plannedCents', code: 'ambiguousNumber', value: '750.000', params: { first: 750000, second: 750 } },
    ]);
    const thousands = await t.call('import.preview', { id: file.id, columns: file.columns, numberFormat: 'comma' });
    expect(thousands).toMatchObject({ add: 2, badRows: 0 });
    await t.call('import.run', { id: file.id, columns: file.columns, numberFormat: 'comma' });
    expect((await t.call('action.list', {})).map((a) => [a.title, a.plannedCents])).toEqual([['Harbour data hub', 50_000_000], ['Hydrogen valley study', 75_000_000]]);
  });
  it('read as decimals when the user says the dot is a decimal point', async () => {
    const file = await open('projects-thousands-ambiguous.csv');
    await t.call('import.run', { id: file.id, columns: file.columns, numberFormat: 'point' });
    expect((await t.call('action.list', {})).map((a) => [a.title, a.plannedCents])).toEqual([['Harbour data hub', 50_000], ['Hydrogen valley study', 75_000]]);
  });
});

describe('XLSX number cells in date columns', () => {
  it('reads serials and Unix time from numbers, each with its warning; HTML lists become lines', async () => {
    const file = await open('projects-number-dates.xlsx');
    expect(file.columns).toEqual(['title', 'startDate', 'endDate', 'description']);
    const preview = await t.call('import.preview', { id: file.id, columns: file.columns });
    expect(preview.issues).toEqual([]);
    expect(preview.warnings.map((w) => [w.row, w.field, w.code, w.value, w.params?.date ?? null])).toEqual([
      [2, 'startDate', 'dateFromSerial', '45292', '2024-01-01'],
      [2, 'endDate', 'dateFromSerial', '46022', '2025-12-31'],
      [2, 'description', 'htmlConverted', '<ul><li>Pilots</li><li>Training</li></ul>', null],
      [3, 'startDate', 'dateFromEpochSeconds', '1700000000', '2023-11-14'],
      [3, 'endDate', 'dateFromEpochMillis', '1767139200000', '2025-12-31'],
    ]);
    await t.call('import.run', { id: file.id, columns: file.columns });
    const rows = await Promise.all((await t.call('action.list', {})).map((a) => t.call('action.get', { id: a.id })));
    expect(rows.map((a) => [a.title, a.startDate, a.endDate, a.description])).toEqual([
      // The list is in start-date order.
      ['Unix dates', '2023-11-14', '2025-12-31', 'Plain text, no conversion'],
      ['Serial dates', '2024-01-01', '2025-12-31', '– Pilots\n– Training'],
    ]);
  });
});
