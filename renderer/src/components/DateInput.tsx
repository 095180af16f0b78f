import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/format';
import { parseDate, readDate } from '../../../shared/domain/dates';
import { CalendarIcon } from './icons';
import './date-input.css';

/**
 * A date typed the way the app writes it in the UI language ("1.3.2025", "1 Mar 2025"; the
 * browser's own date field follows the browser's locale instead), read by the pair of
 * formatDate, and shown back that way when the field is left so the user sees how it was read.
 * The calendar button opens the browser's picker; its choice is written in the same way.
 */
export function DateInput({
  value,
  onChange,
  onBlur,
  className,
  ...control
}: {
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  className?: string;
  id?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const picker = useRef<HTMLInputElement>(null);
  const leave = () => {
    const r = readDate(value, lng);
    if (r.ok && r.value) {
      const shown = formatDate(r.value, lng);
      if (shown !== value) onChange(shown);
    }
    onBlur?.();
  };
  const open = () => {
    const el = picker.current;
    if (!el) return;
    try {
      el.showPicker();
    } catch {
      el.focus();
    }
  };
  return (
    <span className={`date-input${className ? ` ${className}` : ''}`}>
      <input {...control} className="input input--date" type="text" autoComplete="off" spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} onBlur={leave} />
      <button type="button" className="icon-button date-input__pick" onClick={open} aria-label={control['aria-label'] ? t('form.pickDateFor', { field: control['aria-label'] }) : t('form.pickDate')}>
        <CalendarIcon size={16} />
      </button>
      <input
        ref={picker}
        className="date-input__native"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={parseDate(value, lng) ?? ''}
        onChange={(e) => {
          if (e.target.value) onChange(formatDate(e.target.value, lng));
          onBlur?.();
        }}
      />
    </span>
  );
}
