import { describe, expect, it } from 'vitest';
import { looksLikeHtml, parseDate } from '../../../shared/domain/import/values';
import { numberEvidence, proposeNumberFormat } from '../../../shared/domain/numbers';
import type { ImportFile } from '../../../shared/schemas/import';
import { Stager, resolveMapping } from '../../../shared/domain/import/stage';
import { htmlToPlainText } from '../../../electron/core/import/plain-text';
import { initialState, mapBlocked, numberFormatIn, numberProposal, wizardReducer, type WizardAction } from '../../../renderer/src/features/import/wizard';

describe('numbers in a date column: read the one way their size allows, saying how', () => {
  it.each([
    [45292, '2024-01-01', 'dateFromSerial'],
    ['45292', '2024-01-01', 'dateFromSerial'],
    [1_700_000_000, '2023-11-14', 'dateFromEpochSeconds'],
    ['1 700 000 000', '2023-11-14', 'dateFromEpochSeconds'],
    ['1\u00a0700\u00a0000\u00a0000', '2023-11-14', 'dateFromEpochSeconds'],
    [1_767_139_200_000, '2025-12-31', 'dateFromEpochMillis'],
    ['1767139200000', '2025-12-31', 'dateFromEpochMillis'],
  ])('%s → %s (%s)', (cell, date, code) => expect(parseDate(cell)).toEqual({ ok: true, value: date, converted: { code, params: { date } } }));
  it.each([['2023-11-14T22:13:20+02:00'], ['2023-11-14 22:13'], ['14.11.2023 klo 22.13'], ['14.11.2023 22:13:20'], ['14.11.2023, 22.13']])('%s: a time after the day is the day', (cell) =>
    expect(parseDate(cell)).toEqual({ ok: true, value: '2023-11-14' }),
  );
  it('dates written as dates are taken without a warning', () => {
    expect(parseDate('14.11.2023')).toEqual({ ok: true, value: '2023-11-14' });
    expect(parseDate('2023-11-14')).toEqual({ ok: true, value: '2023-11-14' });
  });
  it.each([[99_999_999_999_999], ['1234'], ['12.5'], [5_000_000], [1e10 + 1]])('%s is no date in any reading', (cell) => expect(parseDate(cell)).toMatchObject({ ok: false, code: 'notADate' }));
  it('Unix time past 2100 is out of the years a plan takes', () => expect(parseDate(9_000_000_000)).toEqual({ ok: false, code: 'yearOutOfRange' }));
});

describe('HTML in a cell', () => {
  it.each(['<p>Kappale</p>', 'rivi<br>rivi', 'rivi<br/>', '<ul><li>a</li></ul>', 'Kotka &amp; Hamina', 'Ä on &#228;', '<a href="https://x.fi">x</a>'])('%s is HTML', (t) => expect(looksLikeHtml(t)).toBe(true));
  it.each(['R&D', '< 5 %', 'a < b > c', 'Oy Ab & Co', 'x&y;', 'Tieto- ja viestintä'])('%s is not', (t) => expect(looksLikeHtml(t)).toBe(false));
});

describe('staging converts and warns, row by row', () => {
  const headers = ['Nimi', 'Neloskierre', 'Muistiinpanot', 'Sitoutumispvm'];
  const stager = (plainText: ((html: string) => string) | null) =>
    new Stager('stakeholders', resolveMapping('stakeholders', headers, ['name', 'helix', 'notes', 'engagedOn']).mapped, headers.length, null, {}, plainText);
  it('a name with an entity and notes in HTML: plain text taken, each with its warning; a serial engagement date too', () => {
    const st = stager(htmlToPlainText);
    const row = st.stage({ row: 2, cells: ['Kotka &amp; Hamina Oy', 'yritys', '<p>Tavattu 2024.</p><p>Jatko&shy;sovittu</p>', 45292] });
    expect(row?.values).toMatchObject({ name: 'Kotka & Hamina Oy', notes: 'Tavattu 2024.\n\nJatko\u00adsovittu', engagedOn: '2024-01-01' });
    expect(row?.bad).toBe(false);
    expect(st.warnings.map((w) => [w.row, w.column, w.code])).toEqual([[2, 'Nimi', 'htmlConverted'], [2, 'Muistiinpanot', 'htmlConverted'], [2, 'Sitoutumispvm', 'dateFromSerial']]);
    expect(st.issues).toEqual([]);
  });
  it('a name of 500 characters is taken whole; 501 is refused naming the limit', () => {
    const st = stager(null);
    expect(st.stage({ row: 2, cells: ['a'.repeat(500), 'yritys', null, null] })?.values.name).toHaveLength(500);
    st.stage({ row: 3, cells: ['b'.repeat(501), 'yritys', null, null] });
    expect(st.issues).toMatchObject([{ row: 3, column: 'Nimi', code: 'tooLong', params: { maximum: 500 } }]);
  });
  it('without a converter (the renderer), HTML is kept as written and nothing is said', () => {
    const st = stager(null);
    expect(st.stage({ row: 2, cells: ['Kotka &amp; Hamina Oy', 'yritys', null, null] })?.values.name).toBe('Kotka &amp; Hamina Oy');
    expect(st.warnings).toEqual([]);
  });
});

describe('the number format a column shows', () => {
  it('"1.250.000" next to "500.000": the dot groups thousands', () => {
    expect(proposeNumberFormat([numberEvidence(['500.000', '1.250.000', '80.000'])])).toEqual({ format: 'comma', question: false, example: '500.000' });
  });
  it('"12.5": a decimal point; "12,5": a decimal comma', () => {
    expect(proposeNumberFormat([numberEvidence(['12.5', '500.000'])])).toMatchObject({ format: 'point', question: false });
    expect(proposeNumberFormat([numberEvidence(['12,5', '1 000'])])).toMatchObject({ format: 'comma', question: false, example: '12,5' });
  });
  it('every value like "500.000": a question, never a guess', () => {
    expect(proposeNumberFormat([numberEvidence(['500.000', '750.000'])])).toEqual({ format: null, question: true, example: '500.000' });
  });
  it('columns that say both: a question; nothing telling: no question', () => {
    expect(proposeNumberFormat([numberEvidence(['12.5']), numberEvidence(['12,5'])])).toMatchObject({ format: null, question: true });
    expect(proposeNumberFormat([numberEvidence(['128 810', '5'])])).toEqual({ format: null, question: false, example: null });
  });
});

describe('the wizard asks about a number format the mapped columns cannot tell', () => {
  const file = (evidence: string[][]): ImportFile => ({
    id: 'f1', file: 'hankkeet.csv', format: 'csv', encoding: 'utf8', delimiter: ',', sheets: [], sheet: null,
    headers: ['Project name', 'Total budget', 'Other'], rowCount: 2, sample: [], columns: ['title', 'plannedCents', null], savedMapping: false,
    numberFormat: null, numberEvidence: evidence.map(numberEvidence), distinct: [null, null, null], values: {}, defaults: {}, columnValues: [null, null, null],
  });
  const run = (actions: WizardAction[]) => actions.reduce(wizardReducer, initialState('actions', 'point'));
  const opened = (f: ImportFile) => [{ type: 'opened', file: f, keep: false, fallbackFormat: 'point' }, { type: 'toMap' }] as WizardAction[];

  it('all amounts like "500.000": no format until the user chooses, and the step does not go on', () => {
    const s = run(opened(file([[], ['500.000', '750.000'], []])));
    expect(numberProposal(s)).toMatchObject({ format: null, question: true, example: '500.000', kind: 'cents' });
    expect(numberFormatIn(s)).toBeNull();
    expect(mapBlocked(s)).toBe(true);
    expect(wizardReducer(s, { type: 'submitMap' })).toMatchObject({ step: 'map', mapSubmitted: true });
    const chosen = wizardReducer(s, { type: 'numberFormat', numberFormat: 'comma' });
    expect(numberFormatIn(chosen)).toBe('comma');
    expect(wizardReducer(chosen, { type: 'submitMap' })).toMatchObject({ step: 'preview' });
  });
  it('amounts that read two ways take the format the rest of the file shows', () => {
    const f = { ...file([[], ['500.000', '750.000'], ['1.250.000']]), numberFormat: 'comma' as const };
    const s = run(opened(f));
    expect(numberProposal(s)).toMatchObject({ format: 'comma', question: false, example: '500.000' });
    expect(numberFormatIn(s)).toBe('comma');
  });
  it('a column that tells is proposed over the UI language; an unmapped column does not count', () => {
    const s = run(opened(file([[], ['500.000', '1.250.000'], ['12.5']])));
    expect(numberFormatIn(s)).toBe('comma');
    expect(mapBlocked(s)).toBe(false);
    // Ignoring the budget column leaves no numeric column: no proposal, the UI language's way.
    const ignored = wizardReducer(s, { type: 'column', index: 1, field: null });
    expect(numberProposal(ignored)).toBeNull();
    expect(numberFormatIn(ignored)).toBe('point');
  });
});
