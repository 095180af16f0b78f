import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { stepNumber, type Progress, type Step } from './wizard';

/** A step's heading: takes focus when the step appears, so a screen reader starts there. */
export function StepHeading({ step, title }: { step: Step; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [step]);
  return (
    <div className="import-step__head">
      <p className="import-step__caption">{t('import.stepOf', { step: stepNumber(step) })}</p>
      <h2 className="import-step__title" tabIndex={-1} ref={ref}>
        {title}
      </h2>
    </div>
  );
}

export function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const label = t(`import.progress.${progress.phase}`);
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p className="import-progress__label">{label}</p>
      <progress className="import-progress__bar" aria-label={t('import.progress.label')} max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
      <p className="muted tabular">
        {progress.total
          ? t('import.progress.rows', { done: progress.done, total: progress.total, lng })
          : progress.done
            ? t('import.progress.rowsUnknown', { done: progress.done, lng })
            : '\u00a0'}
      </p>
      <div className="form__buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancelImport')}
        </button>
      </div>
    </div>
  );
}

/** GOV.UK error summary for a step: each line links to (focuses) its control. */
export function Summary({ items }: { items: { id: string; text: string }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const count = items.length;
  useEffect(() => {
    if (count) ref.current?.focus();
  }, [count]);
  if (!count) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="error-summary__title">{t('errors.summaryTitle')}</p>
      <ul>
        {items.map((i) => (
          <li key={`${i.id}-${i.text}`}>
            <a
              href={`#${i.id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(i.id)?.focus();
              }}
            >
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One of a list of radio buttons with a label and a hint under it (import target, the check's choice). */
export function RadioOption({ id, name, value, checked, onChange, label, hint }: { id: string; name: string; value?: string; checked: boolean; onChange: () => void; label: string; hint: string }) {
  return (
    <div className="import-radio">
      <input type="radio" name={name} id={id} value={value} checked={checked} onChange={onChange} aria-describedby={`${id}-hint`} />
      <label className="import-radio__label" htmlFor={id}>
        {label}
      </label>
      <span className="import-radio__hint" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}

/** A step's buttons: go on (submits the step's form) and, after the first step, back. */
export function StepButtons({ next, disabled, onBack }: { next: string; disabled?: boolean; onBack?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__buttons">
      <button type="submit" className="button button--primary" disabled={disabled}>
        {next}
      </button>
      {onBack ? (
        <button type="button" className="button" onClick={onBack}>
          {t('import.back')}
        </button>
      ) : null}
    </div>
  );
}

/** A table's header row; the first column may be the row number (right-aligned). */
export function HeadRow({ labels, numberFirst }: { labels: readonly string[]; numberFirst?: boolean }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i} scope="col" className={numberFirst && i === 0 ? 'num' : undefined}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
