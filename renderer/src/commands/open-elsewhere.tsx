import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { formatDateTime } from '../../../shared/domain/format';
import { Dialog } from '../components/Dialog';
import { fileName } from './dialogs';

export type LockedError = Extract<AppError, { kind: 'file' }>;

export const isOpenElsewhere = (error: AppError | null): error is LockedError => error?.kind === 'file' && error.reason === 'locked';

/** A copy's suggested name: "<plan> (copy).s3plan" beside the original. */
export function copyPath(file: string, copyName: (name: string) => string): string {
  const name = fileName(file).replace(/\.s3plan$/i, '');
  const dir = file.slice(0, file.length - fileName(file).length);
  return `${dir}${copyName(name)}.s3plan`;
}

/**
 * A plan another app has open (its lock file names who, where and since when): two writers
 * would lose each other's changes, so the user chooses to read it, to edit a copy, or neither.
 */
export function OpenElsewhereDialog({
  error,
  onReadOnly,
  onCopy,
  onClose,
}: {
  error: LockedError;
  onReadOnly: () => void;
  onCopy: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const h = error.holder;
  const who = h && h.user && h.host;
  return (
    <Dialog title={t('planFile.openElsewhere.title')} onClose={onClose} size="sm" describedBy="open-elsewhere-body">
      <div id="open-elsewhere-body" className="stack">
        <p>{who ? t('planFile.openElsewhere.body', { user: h.user, host: h.host, file: fileName(error.file), since: formatDateTime(h.since, i18n.language) }) : t('planFile.openElsewhere.bodyUnknown', { file: fileName(error.file) })}</p>
        <p>{t('planFile.openElsewhere.question')}</p>
      </div>
      <div className="choice-list">
        <button type="button" className="button button--primary choice-list__item" onClick={onReadOnly} data-autofocus>
          <span>{t('planFile.openElsewhere.readOnly')}</span>
          <span className="choice-list__hint">{t('planFile.openElsewhere.readOnlyHint')}</span>
        </button>
        <button type="button" className="button choice-list__item" onClick={onCopy}>
          <span>{t('planFile.openElsewhere.copy')}</span>
          <span className="choice-list__hint">{t('planFile.openElsewhere.copyHint')}</span>
        </button>
        <button type="button" className="button choice-list__item" onClick={onClose}>
          <span>{t('planFile.openElsewhere.cancel')}</span>
        </button>
      </div>
    </Dialog>
  );
}
