import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { describeError } from '../errors/describe';
import { CloseIcon, WarningIcon } from './icons';

/** An AppError in words, in a role="alert" region (read out at once). */
export function ErrorNotice({ error, onDismiss, className }: { error: AppError; onDismiss?: () => void; className?: string }) {
  const { t } = useTranslation();
  const d = describeError(t, error);
  return (
    <div role="alert" className={`error-notice${className ? ` ${className}` : ''}`}>
      <WarningIcon size={18} className="error-notice__icon" />
      <div className="error-notice__text">
        <p className="error-notice__title">{d.title}</p>
        <p className="error-notice__message">{d.message}</p>
        {d.detail ? (
          <details className="error-notice__detail">
            <summary>{t('errors.details')}</summary>
            <code>{d.detail}</code>
          </details>
        ) : null}
      </div>
      {onDismiss ? (
        <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('common.dismiss')}>
          <CloseIcon size={16} />
        </button>
      ) : null}
    </div>
  );
}

/** GOV.UK-style error summary: what is wrong, each linking to its field. */
export function ErrorSummary({ errors, labels, idFor }: { errors: Record<string, string>; labels: Record<string, string>; idFor: (field: string) => string }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary__title">{t('errors.summaryTitle')}</p>
      <ul>
        {entries.map(([field, message]) =>
          field && labels[field] ? (
            <li key={field}>
              <a
                href={`#${idFor(field)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(idFor(field))?.focus();
                }}
              >
                {t('validation.fieldError', { field: labels[field], message })}
              </a>
            </li>
          ) : (
            <li key={field || '_'}>{t('validation.formError', { message })}</li>
          ),
        )}
      </ul>
    </div>
  );
}
