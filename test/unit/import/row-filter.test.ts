import { describe, expect, it } from 'vitest';
import { columnValues, takesRow, MAX_FILTER_VALUES } from '../../../shared/domain/import/row-filter';
import type { ImportFile } from '../../../shared/schemas/import';
import { initialState, rowFilterInput, wizardReducer, type WizardAction } from '../../../renderer/src/features/import/wizard';

const rows = (cells: (string | number | null)[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));

describe('row filter', () => {
  it('offers a column’s values in file order with counts; none for a column of names or of one value', () => {
    const r = rows([
      ['Kymenlaakso', 'Logistiikka', 'x'],
      [' Etelä-Karjala ', 'Energia', 'x'],
      [null, null, null],
      ['Kymenlaakso', 'Muotoilu', 'x'],
      ['', 'Vesi', 'x'],
    ]);
    expect(columnValues(r, 3)).toEqual([
      [{ value: 'Kymenlaakso', count: 2 }, { value: 'Etelä-Karjala', count: 1 }, { value: '', count: 1 }],
      [{ value: 'Logistiikka', count: 1 }, { value: 'Energia', count: 1 }, { value: 'Muotoilu', count: 1 }, { value: 'Vesi', count: 1 }],
      null,
    ]);
    const names = rows(Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => [`Toimija ${i}`]));
    expect(columnValues(names, 1)).toEqual([null]);
  });

  it('takes the rows with a chosen value (trimmed), every row without a filter, and empty rows as empty', () => {
    const f = { column: 0, values: ['Kymenlaakso', ''] };
    expect(takesRow(f, [' Kymenlaakso', 'a'])).toBe(true);
    expect(takesRow(f, ['Etelä-Karjala', 'a'])).toBe(false);
    expect(takesRow(f, [null, 'a'])).toBe(true);
    expect(takesRow(f, [null, null])).toBe(true);
    expect(takesRow(null, ['Etelä-Karjala'])).toBe(true);
  });

  it('in the wizard: a column with no value ticked keeps the map step; another sheet clears the filter', () => {
    const file: ImportFile = {
      id: 'f', file: 'p.xlsx', format: 'xlsx', encoding: null, delimiter: null, sheets: ['Ohjeet', 'Painopisteet'], sheet: 'Painopisteet',
      headers: ['Maakunta', 'Painopiste'], rowCount: 2, sample: [], columns: [null, 'name'], savedMapping: false, numberFormat: null, numberEvidence: [], distinct: [null, null], values: {}, defaults: {},
      columnValues: [[{ value: 'Kymenlaakso', count: 1 }, { value: 'Päijät-Häme', count: 1 }], null],
    };
    const run = (actions: WizardAction[]) => actions.reduce(wizardReducer, initialState('sectors', 'comma'));
    const opened: WizardAction[] = [{ type: 'path', path: '/p.xlsx' }, { type: 'submitChoose' }, { type: 'opened', file, keep: false, fallbackFormat: 'comma' }, { type: 'toMap' }];
    const blocked = run([...opened, { type: 'rowFilterColumn', column: 0 }, { type: 'submitMap' }]);
    expect(blocked).toMatchObject({ step: 'map', mapSubmitted: true, rowFilter: { column: 0, values: [] } });
    expect(rowFilterInput(blocked)).toBeNull();
    const chosen = run([...opened, { type: 'rowFilterColumn', column: 0 }, { type: 'rowFilterValue', value: 'Kymenlaakso', taken: true }, { type: 'rowFilterValue', value: 'Päijät-Häme', taken: true }, { type: 'rowFilterValue', value: 'Päijät-Häme', taken: false }, { type: 'submitMap' }]);
    expect(chosen.step).toBe('preview');
    expect(rowFilterInput(chosen)).toEqual({ column: 0, values: ['Kymenlaakso'] });
    expect(wizardReducer(chosen, { type: 'opened', file: { ...file, sheet: 'Ohjeet' }, keep: false, fallbackFormat: 'comma' }).rowFilter).toBeNull();
    expect(wizardReducer(chosen, { type: 'opened', file, keep: true, fallbackFormat: 'comma' }).rowFilter).toEqual({ column: 0, values: ['Kymenlaakso'] });
  });
});
