import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Reply } from '../../../../shared/contract/errors';
import { useApi, useAppStore, useAppStoreApi } from '../../store/context';
import { PathDialog, fileName, folderOf } from '../../commands/dialogs';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportLanguage = 'fi' | 'en';

/** The UI language as the export channels take it. */
export const exportLanguage = (lng: string): ExportLanguage => (lng.startsWith('fi') ? 'fi' : 'en');

/**
 * Export to a file the user picks: the native save dialog when the host has one, else the
 * in-app path dialog (prefilled beside the open plan). On success a notice names the file.
 */
export function useExportTo(): { exportTo: (format: ExportFormat, suggestedName: string, write: (path: string) => Promise<Reply<{ path: string; rows: number }>>) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const api = useApi();
  const store = useAppStoreApi();
  const planPath = useAppStore((s) => s.planFile?.path ?? null);
  const [ask, setAsk] = useState<{ initial: string; write: (path: string) => Promise<Reply<{ path: string; rows: number }>> } | null>(null);

  const finish = useCallback(
    async (path: string, write: (path: string) => Promise<Reply<{ path: string; rows: number }>>): Promise<AppError | null> => {
      const reply = await write(path);
      if (!reply.ok) return reply.error;
      store.getState().notify('import.export.done', { count: reply.value.rows, file: fileName(reply.value.path) });
      return null;
    },
    [store],
  );

  const exportTo = useCallback(
    (format: ExportFormat, suggestedName: string, write: (path: string) => Promise<Reply<{ path: string; rows: number }>>) => {
      void api.call('host.pickPath', { mode: 'save', purpose: format, suggestedName }).then(async (reply) => {
        if (!reply.ok) return store.getState().showAlert(reply.error);
        if (!reply.value.supported) {
          const folder = planPath ? folderOf(planPath) : '';
          setAsk({ initial: folder ? `${folder}/${suggestedName}` : suggestedName, write });
          return;
        }
        if (reply.value.path) store.getState().showAlert(await finish(reply.value.path, write));
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
        const error = await finish(path, ask.write);
        if (!error) setAsk(null);
        return error;
      }}
    />
  ) : null;
  return { exportTo, dialog };
}
