import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Reply } from '../../../../shared/contract/errors';
import { limits } from '../../../../shared/schemas/common';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useApi, useAppStore, useAppStoreApi } from '../../store/context';
import { fileName, folderOf } from '../../commands/dialogs';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportLanguage = 'fi' | 'en';

/** The UI language as the export channels take it. */
export const exportLanguage = (lng: string): ExportLanguage => (lng.startsWith('fi') ? 'fi' : 'en');

/** The browser host has no save dialog: ask for the path on the host machine. */
function SavePathDialog({ initial, onSubmit, onClose }: { initial: string; onSubmit: (path: string) => Promise<AppError | null>; onClose: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [empty, setEmpty] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!value.trim()) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await onSubmit(value.trim());
    setBusy(false);
    if (failure) setError(failure);
  };
  return (
    <Dialog title={t('import.export.pathTitle')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {error ? <ErrorNotice error={error} /> : null}
        <Field label={t('import.export.pathLabel')} hint={t('import.export.pathHint')} required error={empty && !value.trim() ? t('import.export.pathEmpty') : undefined}>
          {(p) => (
            <input
              {...p}
              className="input input--mono"
              type="text"
              autoFocus
              spellCheck={false}
              autoComplete="off"
              maxLength={limits.path}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <div className="form__buttons">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('import.export.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * Export to a file the user picks: the native save dialog when the host has one, else the
 * in-app path dialog (prefilled beside the open plan). On success a notice names the file.
 */
export function useExportTo(): { exportTo: (suggestedName: string, write: (path: string) => Promise<Reply<{ path: string; rows: number }>>) => void; dialog: ReactNode } {
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
    (suggestedName: string, write: (path: string) => Promise<Reply<{ path: string; rows: number }>>) => {
      void api.call('host.pickPath', { mode: 'save', suggestedName }).then(async (reply) => {
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
    <SavePathDialog
      initial={ask.initial}
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
