import { useTranslation } from 'react-i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { acceleratorFor, appCommands, type AppCommand, type CommandId } from '../../../shared/shell/commands';
import type { AppError } from '../../../shared/contract/errors';
import type { PlanFields } from '../../../shared/schemas/plan';
import { useApi, useAppStore, useAppStoreApi } from '../store/context';
import { navigate } from '../app/router';
import { zoomBy } from '../app/zoom';
import { matchesAccelerator } from './accelerators';
import { openReportExport } from '../features/report/open';
import { focusVersions, VERSIONS_ROUTE } from '../features/versions/focus';
import { AboutDialog, NewPlanDialog, OverwriteDialog, PathDialog, RecentDialog, ShortcutsDialog, fileName, type PathPurpose } from './dialogs';
import { OpenElsewhereDialog, copyPath, isOpenElsewhere, type LockedError } from './open-elsewhere';
import { stepName } from '../errors/describe';

type DialogState =
  /** source: the plan a 'copy' is made of. */
  | { kind: 'path'; purpose: PathPurpose; fields?: PlanFields; initial?: string; source?: string }
  | { kind: 'newPlan'; fields?: PlanFields; error?: AppError }
  /** source: replacing the target of a copy of that plan (else of Save As). */
  | { kind: 'overwrite'; path: string; source?: string }
  | { kind: 'openElsewhere'; error: LockedError }
  | { kind: 'recent' }
  | { kind: 'shortcuts' }
  | { kind: 'about' };

interface Commands {
  run(id: CommandId, arg?: string): void;
  enabled(id: CommandId): boolean;
  /** The item's label: Undo and Redo name their step ("Undo rename sector"). */
  label(id: CommandId): string;
}

const CommandsContext = createContext<Commands | null>(null);

export function useCommands(): Commands {
  const c = useContext(CommandsContext);
  if (!c) throw new Error('CommandsProvider is missing');
  return c;
}

const needsPlan: ReadonlySet<CommandId> = new Set<CommandId>(['file.saveAs', 'file.close', 'file.import', 'file.merge', 'file.exportPdf', 'view.present', 'view.engagement', 'view.versions']);

const isEditable = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/**
 * Runs the app's commands (shared/shell/commands.ts) from any source: the native menu
 * (Electron, via events), the in-page menu bar and shortcuts (browser host), and buttons.
 */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const store = useAppStoreApi();
  const { t } = useTranslation();
  const hasPlan = useAppStore((s) => s.planFile !== null);
  const history = useAppStore((s) => s.history);
  const recentFiles = useAppStore((s) => s.appState?.recentFiles ?? []);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const close = useCallback(() => setDialog(null), []);

  /** Native dialog when the host has one; otherwise the in-app path dialog. */
  const pickPath = useCallback(
    async (mode: 'open' | 'save', suggestedName?: string): Promise<{ path: string } | 'cancel' | 'ask'> => {
      // Plans only: exports and imports ask with their own purpose (features/export, features/import).
      const reply = await api.call('host.pickPath', mode === 'open' ? { mode, purpose: 'plan' } : { mode, purpose: 'plan', ...(suggestedName ? { suggestedName } : {}) });
      if (!reply.ok) {
        store.getState().showAlert(reply.error);
        return 'cancel';
      }
      if (!reply.value.supported) return 'ask';
      return reply.value.path ? { path: reply.value.path } : 'cancel';
    },
    [api, store],
  );

  const openPath = useCallback(
    async (path: string, readOnly = false): Promise<AppError | null> => {
      const reply = await store.getState().openPlan(path, readOnly);
      if (!reply.ok) {
        // Open in another app: ask read-only, a copy, or cancel (instead of an error).
        if (!readOnly && isOpenElsewhere(reply.error)) {
          setDialog({ kind: 'openElsewhere', error: reply.error });
          return null;
        }
        return reply.error;
      }
      setDialog(null);
      navigate('dashboard');
      return null;
    },
    [store],
  );

  /** Open elsewhere → "Open a copy": the copy is written to `target`, then edited. */
  const openCopyAt = useCallback(
    async (source: string, target: string, overwrite = false): Promise<AppError | null> => {
      const reply = await store.getState().openCopy(source, target, overwrite);
      if (reply.ok) {
        setDialog(null);
        store.getState().notify('commands.savedAs', { file: fileName(reply.value.path) });
        navigate('dashboard');
        return null;
      }
      if (reply.error.kind === 'file' && reply.error.reason === 'exists' && !overwrite) {
        setDialog({ kind: 'overwrite', path: target, source });
        return null;
      }
      return reply.error;
    },
    [store],
  );

  const saveAsPath = useCallback(
    async (path: string, overwrite = false): Promise<AppError | null> => {
      const reply = await store.getState().saveAs(path, overwrite);
      if (reply.ok) {
        setDialog(null);
        store.getState().notify('commands.savedAs', { file: fileName(reply.value.path) });
        return null;
      }
      if (reply.error.kind === 'file' && reply.error.reason === 'exists' && !overwrite) {
        setDialog({ kind: 'overwrite', path });
        return null;
      }
      return reply.error;
    },
    [store],
  );

  const createAt = useCallback(
    async (path: string, fields: PlanFields): Promise<AppError | null> => {
      const reply = await store.getState().createPlan(path, fields);
      if (reply.ok) {
        setDialog(null);
        navigate('dashboard');
        return null;
      }
      if (reply.error.kind === 'validation' && reply.error.issues.some((i) => i.path.startsWith('fields.'))) {
        setDialog({ kind: 'newPlan', fields, error: reply.error });
        return null;
      }
      return reply.error;
    },
    [store],
  );

  /** An error from a native-dialog flow goes to the app-wide alert. */
  const toAlert = useCallback((error: AppError | null) => store.getState().showAlert(error), [store]);

  const run = useCallback(
    (id: CommandId, arg?: string) => {
      const s = store.getState();
      if (needsPlan.has(id) && !s.planFile) return;
      const current = s.planFile;
      switch (id) {
        case 'file.new':
          setDialog({ kind: 'newPlan' });
          break;
        case 'file.open':
          void pickPath('open').then((r) => {
            if (r === 'ask') setDialog({ kind: 'path', purpose: 'open' });
            else if (r !== 'cancel') void openPath(r.path).then(toAlert);
          });
          break;
        case 'file.openRecent':
          if (arg) void openPath(arg).then(toAlert);
          else setDialog({ kind: 'recent' });
          break;
        case 'file.saveAs': {
          const suggested = current ? fileName(current.path) : undefined;
          void pickPath('save', suggested).then((r) => {
            if (r === 'ask') setDialog({ kind: 'path', purpose: 'saveAs', ...(current ? { initial: current.path } : {}) });
            else if (r !== 'cancel') void saveAsPath(r.path).then(toAlert);
          });
          break;
        }
        case 'file.exportPdf':
          // In the report's own tab (browser host) the command prints that tab.
          if (location.hash.startsWith('#/report')) window.print();
          else if (current) openReportExport();
          break;
        case 'file.import':
          if (current) navigate('import');
          break;
        case 'file.merge':
          if (current) navigate('merge');
          break;
        case 'file.close':
          void s.closePlan().then((r) => {
            if (!r.ok) toAlert(r.error);
          });
          break;
        case 'edit.undo':
          if (s.planFile && s.history?.undo) void s.undo();
          else s.notify('commands.nothingToUndo');
          break;
        case 'edit.redo':
          if (s.planFile && s.history?.redo) void s.redo();
          else s.notify('commands.nothingToRedo');
          break;
        case 'view.present': {
          // The workshop on screen, else a choice of workshops (presentation mode, issue 7).
          const m = /^#\/workshops\/([^/?]+)/.exec(location.hash);
          if (current) navigate('present', undefined, m && m[1] !== 'new' ? decodeURIComponent(m[1]!) : null);
          break;
        }
        case 'view.engagement':
          if (current) navigate('engagement');
          break;
        case 'view.versions':
          // Settings → Versions; already there, the section is brought back into view.
          if (!current) break;
          if (location.hash === VERSIONS_ROUTE) focusVersions();
          else navigate('settings', undefined, 'versions');
          break;
        case 'view.zoomIn':
          zoomBy(1);
          break;
        case 'view.zoomOut':
          zoomBy(-1);
          break;
        case 'view.zoomReset':
          zoomBy(0);
          break;
        case 'help.shortcuts':
          setDialog({ kind: 'shortcuts' });
          break;
        case 'help.recreateExample':
          void s.openExample(true).then((r) => {
            if (!r.ok) return toAlert(r.error);
            s.notify('commands.exampleRecreated');
            navigate('dashboard');
          });
          break;
        case 'help.about':
          setDialog({ kind: 'about' });
          break;
        default:
          break;
      }
    },
    [store, pickPath, openPath, saveAsPath, toAlert],
  );

  // Native menu (Electron): commands arrive as events.
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);
  useEffect(() => store.onCommand((id, arg) => runRef.current(id, arg)), [store]);

  // Ctrl+Y (Windows habit) redoes in both hosts; a text field keeps its own redo.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'y' && !isEditable(document.activeElement)) {
        e.preventDefault();
        runRef.current('edit.redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // In-page shortcuts (browser host only: in Electron the native menu owns the accelerators).
  useEffect(() => {
    if (api.host !== 'browser') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      for (const c of appCommands as readonly AppCommand[]) {
        const accelerator = acceleratorFor(c, 'browser');
        if (!accelerator || c.desktopOnly || !matchesAccelerator(e, accelerator)) continue;
        // Text fields keep their own undo/redo.
        if ((c.id === 'edit.undo' || c.id === 'edit.redo') && isEditable(document.activeElement)) return;
        e.preventDefault();
        runRef.current(c.id as CommandId);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api.host]);

  const commands = useMemo<Commands>(() => {
    const step = (label: string | null | undefined) => (label ? stepName(t, label) : null);
    return {
      run,
      enabled: (id) => {
        if (id === 'edit.undo') return hasPlan && !!history?.undo;
        if (id === 'edit.redo') return hasPlan && !!history?.redo;
        return !needsPlan.has(id) || hasPlan;
      },
      label: (id) => {
        const name = id === 'edit.undo' ? step(history?.undo) : id === 'edit.redo' ? step(history?.redo) : null;
        return name ? t(id === 'edit.undo' ? 'menu.edit.undoStep' : 'menu.edit.redoStep', { step: name }) : t(`menu.${id}`);
      },
    };
  }, [run, hasPlan, history, t]);

  let rendered: ReactNode = null;
  if (dialog?.kind === 'newPlan') {
    rendered = (
      <NewPlanDialog
        {...(dialog.fields ? { initial: dialog.fields } : {})}
        serverError={dialog.error ?? null}
        onClose={close}
        onNext={(fields) => {
          void pickPath('save', `${fields.name.trim()}.s3plan`).then((r) => {
            if (r === 'ask') setDialog({ kind: 'path', purpose: 'new', fields });
            else if (r === 'cancel') setDialog({ kind: 'newPlan', fields });
            else {
              setDialog(null);
              void createAt(r.path, fields).then(toAlert);
            }
          });
        }}
      />
    );
  } else if (dialog?.kind === 'path') {
    const { purpose, fields } = dialog;
    rendered = (
      <PathDialog
        key={purpose}
        purpose={purpose}
        {...(dialog.initial ? { initial: dialog.initial } : {})}
        onClose={close}
        onSubmit={(path) =>
          purpose === 'open'
            ? openPath(path)
            : purpose === 'saveAs'
              ? saveAsPath(path)
              : purpose === 'copy'
                ? openCopyAt(dialog.source ?? '', path)
                : createAt(path, fields as PlanFields)
        }
      />
    );
  } else if (dialog?.kind === 'openElsewhere') {
    const { error } = dialog;
    const source = error.file;
    rendered = (
      <OpenElsewhereDialog
        error={error}
        onClose={close}
        onReadOnly={() =>
          void openPath(source, true).then((failure) => {
            if (!failure) return;
            setDialog(null);
            toAlert(failure);
          })
        }
        onCopy={() => {
          const suggested = copyPath(source, (name) => t('planFile.openElsewhere.copyName', { name }));
          void pickPath('save', fileName(suggested)).then((r) => {
            if (r === 'ask') setDialog({ kind: 'path', purpose: 'copy', initial: suggested, source });
            else if (r === 'cancel') setDialog(null);
            else void openCopyAt(source, r.path).then(toAlert);
          });
        }}
      />
    );
  } else if (dialog?.kind === 'overwrite') {
    const { path, source } = dialog;
    rendered = (
      <OverwriteDialog
        file={path}
        onClose={close}
        onConfirm={() =>
          void (source ? openCopyAt(source, path, true) : saveAsPath(path, true)).then((error) => {
            if (!error) return;
            setDialog(null);
            toAlert(error);
          })
        }
      />
    );
  } else if (dialog?.kind === 'recent') {
    rendered = <RecentDialog files={recentFiles} onOpen={openPath} onClose={close} />;
  } else if (dialog?.kind === 'shortcuts') {
    rendered = <ShortcutsDialog onClose={close} />;
  } else if (dialog?.kind === 'about') {
    rendered = <AboutDialog onClose={close} />;
  }

  return (
    <CommandsContext.Provider value={commands}>
      {children}
      {rendered}
    </CommandsContext.Provider>
  );
}
