import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/contract/errors';
import type { ImportFile, ImportPreview } from '../../../shared/schemas/import';
import {
  createdWithoutHelix, defaultFields, defaultsSent, initialState, mappingOf, previewIntent, stepNumber, valueMapping, valueTables, wizardReducer, type WizardAction, type WizardState,
} from '../../../renderer/src/features/import/wizard';

const file = (over: Partial<ImportFile> = {}): ImportFile => ({
  id: 'f1', file: '/data/toimijat.csv', format: 'csv', encoding: 'utf8', delimiter: ';', sheets: [], sheet: null,
  headers: ['Nimi', 'Tyyppi', 'Kunta'], rowCount: 3, sample: [['Xamk', 'university', 'Kotka']],
  columns: ['name', 'type', 'municipality'], savedMapping: false, numberFormat: null, numberEvidence: [], distinct: [null, null, null], values: {}, defaults: {}, columnValues: [null, null, null], ...over,
});
const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  id: 'f1', target: 'stakeholders', rows: 3, add: 2, update: 0, skip: 1, empty: 0, filtered: 0, badRows: 1, mappingIssues: [], issues: [{ row: 4, column: 'Nimi', field: 'name', code: 'required' }], issueCount: 1, warnings: [], warningCount: 0, created: [], ...over,
});
const cancelled: AppError = { kind: 'cancelled' } as AppError;
const fileError: AppError = { kind: 'file', path: '/x', reason: 'notFound' } as unknown as AppError;

const run = (actions: WizardAction[], from: WizardState = initialState(null, 'comma')) => actions.reduce(wizardReducer, from);
/** The wizard with a file read and its proposed mapping. */
const mapped = () => run([{ type: 'path', path: ' /data/toimijat.csv ' }, { type: 'submitChoose' }, { type: 'opening' }, { type: 'opened', file: file(), keep: false, fallbackFormat: 'comma' }, { type: 'toMap' }]);

describe('the import wizard', () => {
  it('starts on the first of five steps with the target the route names, or stakeholders', () => {
    expect(initialState('measurements', 'point')).toMatchObject({ step: 'choose', target: 'measurements', numberFormat: 'point' });
    expect(initialState('workshops', 'comma').target).toBe('stakeholders');
    expect(['choose', 'read', 'map', 'preview', 'done'].map((s) => stepNumber(s as WizardState['step']))).toEqual([1, 2, 3, 4, 5]);
  });

  it('stays on the first step and says the path is missing when nothing is typed', () => {
    const s = run([{ type: 'path', path: '   ' }, { type: 'submitChoose' }]);
    expect(s).toMatchObject({ step: 'choose', pathMissing: true });
    expect(run([{ type: 'picked', path: '/a.csv' }], s)).toMatchObject({ pathMissing: false, path: '/a.csv' });
  });

  it('reads the file, takes its proposed mapping and the number format its texts show', () => {
    const s = run([{ type: 'path', path: '/a.csv' }, { type: 'submitChoose' }, { type: 'opening' }]);
    expect(s).toMatchObject({ step: 'read', progress: { phase: 'read' } });
    const read = run([{ type: 'opened', file: file({ numberFormat: 'point' }), keep: false, fallbackFormat: 'comma' }], s);
    expect(read).toMatchObject({ step: 'read', progress: null, columns: ['name', 'type', 'municipality'], numberFormat: 'point' });
    expect(run([{ type: 'opened', file: file(), keep: false, fallbackFormat: 'comma' }], s).numberFormat).toBe('comma');
  });

  it('goes back to the first step with the file problem, or a notice when the read was cancelled', () => {
    const reading = run([{ type: 'path', path: '/a.csv' }, { type: 'submitChoose' }, { type: 'opening' }]);
    expect(run([{ type: 'openFailed', error: fileError }], reading)).toMatchObject({ step: 'choose', openError: fileError, notice: null, progress: null });
    expect(run([{ type: 'openFailed', error: cancelled }], reading)).toMatchObject({ step: 'choose', openError: null, notice: 'cancelled' });
  });

  it('holds the mapping step until every required field has a column, showing problems only after a try', () => {
    const s = run([{ type: 'column', index: 0, field: null }], mapped());
    expect(s.mapSubmitted).toBe(false);
    const tried = run([{ type: 'submitMap' }], s);
    expect(tried).toMatchObject({ step: 'map', mapSubmitted: true });
    const fixed = run([{ type: 'column', index: 0, field: 'name' }, { type: 'submitMap' }], tried);
    expect(fixed).toMatchObject({ step: 'preview', preview: null, choice: null });
  });

  it('asks what to do with bad rows before importing, and imports the good ones or reads the fixed file again', () => {
    const checked = run([{ type: 'submitMap' }, { type: 'checking' }, { type: 'checked', preview: preview() }], mapped());
    expect(previewIntent(checked)).toBe('choose');
    expect(run([{ type: 'submitPreview' }], checked).choiceMissing).toBe(true);
    expect(previewIntent(run([{ type: 'choice', choice: 'good' }], checked))).toBe('import');
    expect(previewIntent(run([{ type: 'choice', choice: 'fix' }], checked))).toBe('reread');
    expect(previewIntent(run([{ type: 'checked', preview: preview({ badRows: 0, skip: 0, issues: [], issueCount: 0 }) }], checked))).toBe('import');
  });

  it('keeps the user\'s mapping when the fixed file has the same header row, and not when it changed', () => {
    const edited = run([{ type: 'column', index: 2, field: null }, { type: 'rereading' }, { type: 'opening' }], mapped());
    expect(run([{ type: 'opened', file: file(), keep: true, fallbackFormat: 'comma' }], edited).columns).toEqual(['name', 'type', null]);
    const other = file({ headers: ['Nimi', 'Kunta'], columns: ['name', 'municipality'] });
    expect(run([{ type: 'opened', file: other, keep: true, fallbackFormat: 'comma' }], edited).columns).toEqual(['name', 'municipality']);
  });

  it('returns to the mapping with the problem when the check fails', () => {
    const checking = run([{ type: 'submitMap' }, { type: 'checking' }], mapped());
    expect(run([{ type: 'checkFailed', error: fileError }], checking)).toMatchObject({ step: 'map', error: fileError, progress: null });
    expect(run([{ type: 'checkFailed', error: cancelled }], checking)).toMatchObject({ step: 'map', notice: 'cancelled' });
  });

  it('writes with progress over the good rows, then shows the result with its undo step', () => {
    const checked = run([{ type: 'submitMap' }, { type: 'checked', preview: preview() }, { type: 'choice', choice: 'good' }], mapped());
    const writing = run([{ type: 'writing' }], checked);
    expect(writing).toMatchObject({ running: true, progress: { phase: 'write', done: 0, total: 2 } });
    const done = run([{ type: 'written', result: { added: 2, updated: 0, skipped: 1, created: 0 }, step: 7 }], writing);
    expect(done).toMatchObject({ step: 'done', running: false, importStep: 7, undone: null });
    expect(run([{ type: 'undone', which: 'undone' }], done).undone).toBe('undone');
  });

  it('forgets a write cancelled before it committed, and keeps the step when the write failed', () => {
    const writing = run([{ type: 'submitMap' }, { type: 'checked', preview: preview() }, { type: 'writing' }], mapped());
    expect(run([{ type: 'writeFailed', error: cancelled }], writing)).toMatchObject({ step: 'choose', notice: 'cancelledWrite', running: false });
    expect(run([{ type: 'writeFailed', error: fileError }], writing)).toMatchObject({ step: 'preview', error: fileError, running: false });
  });

  it('starts another import from an empty first step, keeping the target', () => {
    const s = run([{ type: 'target', target: 'networks' }, { type: 'saveMapping', save: true }], mapped());
    expect(run([{ type: 'restart' }], s)).toMatchObject({ step: 'choose', path: '', file: null, saveMapping: false, mapSubmitted: false, target: 'networks' });
  });

  describe('values of the file mapped to the app\'s values (issue 18)', () => {
    /** An action list with a status column in Finnish words and no funding source column. */
    const actions = () =>
      run(
        [
          { type: 'target', target: 'actions' },
          { type: 'path', path: '/hankkeet.csv' },
          { type: 'submitChoose' },
          {
            type: 'opened', keep: false, fallbackFormat: 'comma',
            file: file({
              headers: ['Hankkeen nimi', 'Tila', 'Budjetti'], columns: ['title', 'status', 'plannedCents'],
              distinct: [null, [{ value: 'Toiminnassa', rows: 3 }, { value: 'Pågående', rows: 2 }, { value: 'Odottaa', rows: 1 }], null],
            }),
          },
        ],
        initialState(null, 'comma'),
      );

    it('proposes a value for each word from Finnish and Swedish, leaves an unknown word unmapped, and takes the user\'s correction', () => {
      const s = actions();
      expect(valueTables(s)).toEqual([
        {
          field: 'status', enumName: 'status', col: 1,
          rows: [
            { word: 'Toiminnassa', rows: 3, proposed: 'running', code: 'running' },
            { word: 'Pågående', rows: 2, proposed: 'running', code: 'running' },
            { word: 'Odottaa', rows: 1, proposed: null, code: null },
          ],
        },
      ]);
      expect(valueMapping(s)).toEqual({ status: { Toiminnassa: 'running', Pågående: 'running' } });
      const corrected = run([{ type: 'value', field: 'status', word: 'Odottaa', code: 'planned' }, { type: 'value', field: 'status', word: 'Pågående', code: null }], s);
      expect(valueMapping(corrected)).toEqual({ status: { Toiminnassa: 'running', Odottaa: 'planned' } });
      // The column no longer goes to the status: no words to map.
      expect(valueTables(run([{ type: 'column', index: 1, field: null }], corrected))).toEqual([]);
    });

    it('offers one value for all rows of each field without a column; a required one counts as mapped once given', () => {
      const s = actions();
      expect(defaultFields(s).map((d) => d.field.key)).toEqual(['type', 'fundingSource']);
      const given = run([{ type: 'default', field: 'fundingSource', value: 'f-erdf' }, { type: 'default', field: 'type', value: 'project' }, { type: 'default', field: 'type', value: null }], s);
      expect(defaultsSent(given)).toEqual({ fundingSource: 'f-erdf' });
      // A value for a field that has a column is not sent.
      expect(defaultsSent(run([{ type: 'default', field: 'status', value: 'planned' }], given))).toEqual({ fundingSource: 'f-erdf' });
      const people = run([{ type: 'target', target: 'stakeholders' }, { type: 'opened', keep: false, fallbackFormat: 'comma', file: file({ columns: ['name', null, 'municipality'] }) }], s);
      expect(mappingOf(people)!.issues).toEqual([{ code: 'requiredFieldUnmapped', field: 'helix' }]);
      expect(defaultFields(people)[0]).toMatchObject({ field: { key: 'helix' }, needed: true });
      expect(mappingOf(run([{ type: 'default', field: 'helix', value: 'civil' }], people))!.issues).toEqual([]);
    });

    it('asks for a helix for created stakeholders before importing: for all, or for each one', () => {
      const created = [{ kind: 'stakeholder' as const, name: 'Kymin Kiertotalous Oy', rows: 2 }, { kind: 'stakeholder' as const, name: 'Xamk', rows: 1 }, { kind: 'sector' as const, name: 'Energia', rows: 2 }];
      const s = run([{ type: 'submitMap' }, { type: 'checked', preview: preview({ badRows: 0, issues: [], issueCount: 0, created }) }], actions());
      expect(createdWithoutHelix(s)).toBe(2);
      expect(previewIntent(s)).toBe('choose');
      expect(run([{ type: 'submitPreview' }], s).createSubmitted).toBe(true);
      const one = run([{ type: 'createItem', key: 'stakeholder:Xamk', helix: 'academia', stakeholderType: 'uas' }], s);
      expect(createdWithoutHelix(one)).toBe(1);
      const all = run([{ type: 'createAll', helix: 'business', stakeholderType: 'sme' }], one);
      expect(createdWithoutHelix(all)).toBe(0);
      expect(previewIntent(all)).toBe('import');
      expect(all.create).toEqual({ helix: 'business', type: 'sme', scope: 'regional', items: { 'stakeholder:Xamk': { helix: 'academia', type: 'uas' } } });
      // "As for all" again: the item's own helix is dropped.
      expect(run([{ type: 'createItem', key: 'stakeholder:Xamk', helix: undefined }], all).create.items).toEqual({ 'stakeholder:Xamk': { type: 'uas' } });
    });
  });
});
