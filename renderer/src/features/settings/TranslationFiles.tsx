import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationSheet } from '../../../../shared/schemas/translation';
import type { AppError } from '../../../../shared/contract/errors';
import { useApi, useAppStore } from '../../store/context';
import { useChannel } from '../../api/use-queries';
import { PathDialog } from '../../commands/dialogs';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useExportTo } from '../export/save';

/**
 * The plan's texts out to a translator and back: an XLSX with a column per plan language.
 * Reading a sheet back says what it would change before anything is written; Apply is one
 * undo step. Shown while the plan has more than one language.
 */
export function TranslationFiles({ planName }: { planName: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const plan = useChannel('plan.get', {});
  const { exportTo, dialog } = useExportTo();
  const [asking, setAsking] = useState(false);
  const [read, setRead] = useState<{ path: string; sheet: TranslationSheet } | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  if ((plan.data?.languages.length ?? 0) < 2) return null;

  const readFile = async (path: string): Promise<AppError | null> => {
    const r = await api.call('translation.read', { path });
    if (!r.ok) return r.error;
    setRead({ path, sheet: r.value });
    setFailure(null);
    return null;
  };
  const choose = async () => {
    const r = await api.call('host.pickPath', { mode: 'open', purpose: 'spreadsheet' });
    if (!r.ok) return setFailure(r.error);
    if (!r.value.supported) return setAsking(true);
    if (r.value.path) setFailure(await readFile(r.value.path));
  };
  const apply = async () => {
    if (!read) return;
    const r = await command('translation.setMany', { texts: read.sheet.texts });
    if (!r.ok) return setFailure(r.error);
    notify('translations.file.applied', { count: r.value.written });
    setRead(null);
  };

  return (
    <section className="settings-group" aria-labelledby="settings-translations">
      <h2 className="section-title" id="settings-translations">
        {t('translations.file.title')}
      </h2>
      <p className="field__hint">{t('translations.file.hint')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => exportTo('xlsx', `${planName} – ${t('translations.file.suggested')}.xlsx`, (path, overwrite) => api.call('translation.export', { path, overwrite }))}>
          {t('translations.file.export')}
        </button>
        <button type="button" className="button" onClick={() => void choose()}>
          {t('translations.file.import')}
        </button>
      </div>
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      {read ? (
        <div className="translations__read" role="status">
          <p>{t('translations.file.changes', { count: read.sheet.changed })}</p>
          {read.sheet.unknownRows ? <p>{t('translations.file.unknownRows', { count: read.sheet.unknownRows })}</p> : null}
          {read.sheet.mainDiffers ? <p>{t('translations.file.mainDiffers', { count: read.sheet.mainDiffers })}</p> : null}
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={read.sheet.changed === 0} onClick={() => void apply()}>
              {t('translations.file.apply')}
            </button>
            <button type="button" className="button" onClick={() => setRead(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {asking ? (
        <PathDialog
          purpose="open"
          words={{ title: t('translations.file.pathTitle'), label: t('import.file.label'), hint: t('import.file.hint'), empty: t('import.file.empty'), confirm: t('translations.file.read') }}
          onClose={() => setAsking(false)}
          onSubmit={async (path) => {
            const error = await readFile(path);
            if (!error) setAsking(false);
            return error;
          }}
        />
      ) : null}
      {dialog}
    </section>
  );
}
