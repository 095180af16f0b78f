import { useEffect, useId, useReducer, useRef, type Dispatch, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormatOf } from '../../../../shared/domain/numbers';
import { importTargets } from '../../../../shared/domain/import/fields';
import { useApi, useAppStore, useAppStoreApi } from '../../store/context';
import { columnsAfterRead, defaultsSent, initialState, numberFormatIn, previewIntent, rowFilterInput, valueMapping, wizardReducer, type Columns, type WizardAction, type WizardState } from './wizard';

/** The element ids a step's error summary links to. */
export interface WizardIds {
  form: string;
  target: string;
  path: string;
  column: (i: number) => string;
  choice: string;
  /** The first number-format radio button (the question's error links to it). */
  numbers: string;
  /** The helix for all created stakeholders. */
  createHelix: string;
  /** The row filter's column select. */
  rowFilter: string;
}

export interface Wizard {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  ids: WizardIds;
  chooseFile: () => Promise<void>;
  submitChoose: (e: FormEvent) => void;
  /** Reads another sheet of the workbook (the user's columns are not kept: the headers differ). */
  readSheet: (sheet: string) => void;
  submitMap: (e: FormEvent) => void;
  submitPreview: (e: FormEvent) => void;
  cancel: () => void;
  undo: () => void;
  redo: () => void;
  /** Another import, from the first step. */
  restart: () => void;
}

/**
 * The wizard's calls to the core (import.open, import.preview, import.run) around the pure
 * reducer: one import session at a time, and progress events only from the call under way.
 */
export function useImportWizard(initialTarget: string | null): Wizard {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const api = useApi();
  const store = useAppStoreApi();
  const command = useAppStore((s) => s.command);
  const formId = useId();
  const [state, dispatch] = useReducer(wizardReducer, null, () => initialState(initialTarget, numberFormatOf(lng)));
  const session = useRef<string | null>(null);
  /** The read or check under way: events that arrive after its reply are ignored. */
  const pending = useRef<string | null>(null);
  useEffect(
    () =>
      api.onEvent((e) => {
        if (e.name === 'import.progress' && e.id === pending.current) dispatch({ type: 'progress', progress: { phase: e.phase, done: e.done, total: e.total } });
      }),
    [api],
  );

  const ids: WizardIds = {
    form: formId,
    target: `${formId}-target-${importTargets[0]}`,
    path: `${formId}-path`,
    column: (i: number) => `${formId}-col-${i}`,
    choice: `${formId}-choice-good`,
    numbers: `${formId}-numbers-comma`,
    createHelix: `${formId}-create-helix`,
    rowFilter: `${formId}-row-filter`,
  };

  /** Reads the file (import.open). Keeps the user's columns when the header row is unchanged. */
  // The calls below use the state of the render the user acted on (as the form showed it).
  const open = async (path: string, sheet: string | undefined, keep: boolean): Promise<Columns | null> => {
    const id = crypto.randomUUID();
    session.current = id;
    dispatch({ type: 'opening' });
    pending.current = id;
    const reply = await api.call('import.open', { id, path, target: state.target, ...(sheet ? { sheet } : {}) });
    if (pending.current === id) pending.current = null;
    if (session.current !== id) return null;
    if (!reply.ok) {
      dispatch({ type: 'openFailed', error: reply.error });
      return null;
    }
    dispatch({ type: 'opened', file: reply.value, keep, fallbackFormat: numberFormatOf(lng) });
    return keep && state.file ? columnsAfterRead(reply.value, { headers: state.file.headers, columns: state.columns }) : reply.value.columns;
  };

  /** Checks every row against the mapping (import.preview, writes nothing). */
  const check = async (columns: Columns): Promise<boolean> => {
    const id = session.current;
    if (!id) return false;
    dispatch({ type: 'checking' });
    pending.current = id;
    const reply = await api.call('import.preview', { id, columns, numberFormat: numberFormatIn({ ...state, columns }), values: valueMapping(state), defaults: defaultsSent(state), rowFilter: rowFilterInput(state) });
    if (pending.current === id) pending.current = null;
    if (session.current !== id) return false;
    if (!reply.ok) {
      dispatch({ type: 'checkFailed', error: reply.error });
      return false;
    }
    dispatch({ type: 'checked', preview: reply.value });
    return true;
  };

  const run = async () => {
    const id = session.current;
    const s = state;
    if (!id || !s.preview) return;
    dispatch({ type: 'writing' });
    pending.current = id;
    const reply = await command('import.run', {
      id, columns: s.columns, numberFormat: numberFormatIn(s), values: valueMapping(s), defaults: defaultsSent(s), create: s.create,
      rowFilter: rowFilterInput(s), goodRowsOnly: s.preview.badRows > 0, saveMapping: s.saveMapping,
    });
    if (pending.current === id) pending.current = null;
    if (!reply.ok) {
      if (reply.error.kind === 'cancelled') session.current = null;
      dispatch({ type: 'writeFailed', error: reply.error });
      return;
    }
    session.current = null;
    dispatch({ type: 'written', result: reply.value, step: reply.step?.id ?? null });
  };

  /** The user fixed the file: read it again with the same mapping and check it again. */
  const reread = async () => {
    const { file } = state;
    if (!file) return;
    dispatch({ type: 'rereading' });
    // The path read (ImportFile.file is only its name, which the core refuses as a relative path).
    const columns = await open(state.path.trim(), file.sheet ?? undefined, true);
    if (!columns) return;
    dispatch({ type: 'goto', step: 'preview' });
    if (!(await check(columns))) dispatch({ type: 'goto', step: 'map' });
  };

  return {
    state,
    dispatch,
    ids,
    chooseFile: async () => {
      const reply = await api.call('host.pickPath', { mode: 'open', purpose: 'spreadsheet' });
      if (!reply.ok) return store.getState().showAlert(reply.error);
      if (!reply.value.supported) {
        document.getElementById(ids.path)?.focus();
        return;
      }
      if (reply.value.path) dispatch({ type: 'picked', path: reply.value.path });
    },
    submitChoose: (e) => {
      e.preventDefault();
      dispatch({ type: 'submitChoose' });
      const path = state.path.trim();
      if (path) void open(path, undefined, false);
    },
    readSheet: (sheet) => {
      if (state.file) void open(state.path.trim(), sheet, false);
    },
    submitMap: (e) => {
      e.preventDefault();
      dispatch({ type: 'submitMap' });
      const next = wizardReducer(state, { type: 'submitMap' });
      if (next.step === 'preview') void check(state.columns).then((ok) => ok || dispatch({ type: 'goto', step: 'map' }));
    },
    submitPreview: (e) => {
      e.preventDefault();
      dispatch({ type: 'submitPreview' });
      const intent = previewIntent(state);
      if (intent === 'reread') void reread();
      else if (intent === 'import') void run();
    },
    cancel: () => {
      if (session.current) void api.call('import.cancel', { id: session.current });
    },
    undo: () => {
      if (state.importStep !== null) void store.getState().undoStep(state.importStep).then((r) => r.ok && dispatch({ type: 'undone', which: 'undone' }));
    },
    restart: () => {
      session.current = null;
      dispatch({ type: 'restart' });
    },
    redo: () => {
      if (state.importStep !== null) void store.getState().redoStep(state.importStep).then((r) => r.ok && dispatch({ type: 'undone', which: 'redone' }));
    },
  };
}
