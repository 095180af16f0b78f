import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Reply } from '../../../../shared/contract/errors';
import { uiLanguages, type UiLanguage } from '../../../../shared/schemas/app';
import { useApi, useAppStore, useAppStoreApi } from '../../store/context';
import { OverwriteDialog, PathDialog, fileName, folderOf } from '../../commands/dialogs';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportLanguage = UiLanguage;

/** The UI language as the export channels take it. */
export const exportLanguage = (lng: string): ExportLanguage => uiLanguages.find((l) => lng.startsWith(l)) ?? 'en';

/** Writes the export to `path`; `overwrite` only once the user confirmed replacing a file there. */
export type ExportWrite = (path: string, overwrite: boolean) => Promise<Reply<{ path: string; rows: number }>>;

/**
 * Export to a file the user picks: the native save dialog when the host has one (it asks before
 * replacing a file, so the export may replace it), else the in-app path dialog (prefilled
 * beside the open plan), which asks before replacing an existing file. A plan is never replaced
 * (the core refuses with a message). On success a notice names the file.
 */
export function useExportTo(): { exportTo: (format: ExportFormat, suggestedName: string, write: ExportWrite) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const api = useApi();
  const store = useAppStoreApi();
  const planPath = useAppStore((s) => s.planFile?.path ?? null);
  const [ask, setAsk] = useState<{ initial: string; write: ExportWrite } | null>(null);
  const [replace, setReplace] = useState<string | null>(null);

  const finish = useCallback(
    async (path: string, write: ExportWrite, overwrite: boolean): Promise<AppError | null> => {
      const reply = await write(path, overwrite);
      if (!reply.ok) return reply.error;
      store.getState().notify('import.export.done', { count: reply.value.rows, file: fileName(reply.value.path) });
      return null;
    },
    [store],
  );

  const exportTo = useCallback(
    (format: ExportFormat, suggestedName: string, write: ExportWrite) => {
      void api.call('host.pickPath', { mode: 'save', purpose: format, suggestedName }).then(async (reply) => {
        if (!reply.ok) return store.getState().showAlert(reply.error);
        if (!reply.value.supported) {
          const folder = planPath ? folderOf(planPath) : '';
          setAsk({ initial: folder ? `${folder}/${suggestedName}` : suggestedName, write });
          return;
        }
        // The native dialog has asked before replacing a file (the main process checks it did).
        if (reply.value.path) store.getState().showAlert(await finish(reply.value.path, write, true));
      });
    },
    [api, store, planPath, finish],
  );

  const dialog = ask ? (
    <PathDialog
      purpose="saveAs"
      initial={ask.initial}
      words={{
        title: t('import.export.pathTitle'),
        label: t('import.export.pathLabel'),
        hint: t('import.export.pathHint'),
        empty: t('import.export.pathEmpty'),
        confirm: t('import.export.save'),
      }}
      onClose={() => setAsk(null)}
      onSubmit={async (path) => {
        const error = await finish(path, ask.write, false);
        // A file is there: ask before replacing it (a plan is refused before this, with its own message).
        if (error?.kind === 'file' && error.reason === 'exists') {
          setReplace(path);
          return null;
        }
        if (!error) setAsk(null);
        return error;
      }}
    />
  ) : null;
  const confirm =
    ask && replace ? (
      <OverwriteDialog
        file={fileName(replace)}
        onClose={() => setReplace(null)}
        onConfirm={() => {
          const write = ask.write;
          setReplace(null);
          void finish(replace, write, true).then((error) => {
            if (!error) setAsk(null);
            else store.getState().showAlert(error);
          });
        }}
      />
    ) : null;
  return {
    exportTo,
    dialog: (
      <>
        {dialog}
        {confirm}
      </>
    ),
  };
}
