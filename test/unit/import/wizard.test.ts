import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/contract/errors';
import type { ImportFile, ImportPreview } from '../../../shared/schemas/import';
import { initialState, previewIntent, stepNumber, wizardReducer, type WizardAction, type WizardState } from '../../../renderer/src/features/import/wizard';

const file = (over: Partial<ImportFile> = {}): ImportFile => ({
  id: 'f1', file: '/data/toimijat.csv', format: 'csv', encoding: 'utf8', delimiter: ';', sheets: [], sheet: null,
  headers: ['Nimi', 'Tyyppi', 'Kunta'], rowCount: 3, sample: [['Xamk', 'university', 'Kotka']],
  columns: ['name', 'type', 'municipality'], savedMapping: false, numberFormat: null, numberEvidence: [], columnValues: [null, null, null], ...over,
});
const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  id: 'f1', target: 'stakeholders', rows: 3, add: 2, update: 0, skip: 1, empty: 0, filtered: 0, badRows: 1, mappingIssues: [], issues: [{ row: 4, column: 'Nimi', field: 'name', code: 'required' }], issueCount: 1, warnings: [], warningCount: 0, ...over,
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
    const done = run([{ type: 'written', result: { added: 2, updated: 0, skipped: 1 }, step: 7 }], writing);
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
});
