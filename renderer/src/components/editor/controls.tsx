import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../../shared/domain/text';
import { Field } from '../Field';
import { Choices } from '../Choices';
import { DateInput } from '../DateInput';
import { pasteVisible } from '../form';
import { prop, type FieldForm } from './fields';

/** The controls of a form field: label, hint, error at the field; the value by the field's name. */
interface BaseProps {
  form: FieldForm;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

export function TextInput({ form, name, label, hint, required, className, type = 'text', maxLength, multiline, inputMode, autoFocus, related }: BaseProps & {
  type?: 'text' | 'email' | 'url' | 'date' | 'tel';
  maxLength?: number;
  multiline?: boolean;
  inputMode?: 'numeric' | 'decimal';
  autoFocus?: boolean;
  related?: readonly string[];
}) {
  const value = String(prop(form.values, name) ?? '');
  const set = (v: string) => form.setAt(name, v);
  return (
    <Field
      id={form.idFor(name)}
      label={label}
      {...(hint ? { hint } : {})}
      {...(form.errors[name] ? { error: form.errors[name] } : {})}
      required={!!required}
      {...(className ? { className } : {})}
      remedy={<Choices choices={form.choices[name]} onChoose={(text) => form.choose(name, text)} />}
    >
      {(p) =>
        multiline ? (
          <textarea {...p} className="input textarea" rows={3} maxLength={maxLength} value={value} onChange={(e) => set(e.target.value)} onBlur={() => form.blur(name, related)} />
        ) : type === 'date' ? (
          <DateInput {...p} value={value} onChange={set} onBlur={() => form.blur(name, related)} />
        ) : (
          <input
            {...p}
            className={`input${inputMode ? ' input--number' : ''}`}
            type={type}
            inputMode={inputMode}
            maxLength={maxLength}
            autoFocus={autoFocus}
            value={value}
            onChange={(e) => set(e.target.value)}
            onPaste={(e) => pasteVisible(e, value, set)}
            onBlur={() => form.blur(name, related)}
          />
        )
      }
    </Field>
  );
}

export function SelectInput({ form, name, label, hint, required, className, options, noneLabel, related }: BaseProps & {
  options: { value: string; label: string }[];
  /** Offer an empty choice with this label (a nullable field). */
  noneLabel?: string;
  related?: readonly string[];
}) {
  const value = String(prop(form.values, name) ?? '');
  return (
    <Field id={form.idFor(name)} label={label} {...(hint ? { hint } : {})} {...(form.errors[name] ? { error: form.errors[name] } : {})} required={!!required} {...(className ? { className } : {})}>
      {(p) => (
        <select {...p} className="input select" value={value} onChange={(e) => form.setAt(name, e.target.value)} onBlur={() => form.blur(name, related)}>
          {noneLabel !== undefined ? <option value="">{noneLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const MULTI_LIMIT = 200;

/** Many of a list (members, sectors): a filter box and checkboxes, the chosen ones first. */
export function MultiSelect({ form, name, label, hint, options, className }: BaseProps & { options: { value: string; label: string; sub?: ReactNode }[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const current = prop(form.values, name);
  const selected = Array.isArray(current) ? current.map(String) : [];
  const chosen = new Set(selected);
  const q = foldForSearch(filter);
  const matching = options.filter((o) => !q || foldForSearch(o.label).includes(q));
  const ordered = [...matching.filter((o) => chosen.has(o.value)), ...matching.filter((o) => !chosen.has(o.value))];
  const shown = ordered.slice(0, MULTI_LIMIT);
  const id = form.idFor(name);
  const toggle = (value: string, on: boolean) => form.setAt(name, on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className={`fieldset multi${className ? ` ${className}` : ''}`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{label}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {form.errors[name] ? <p className="field__error">{form.errors[name]}</p> : null}
      <div className="multi__head">
        {options.length > 8 ? (
          <input
            id={id}
            className="input input--search multi__filter"
            type="search"
            aria-label={t('form.filterOptions', { field: label })}
            placeholder={t('form.filterPlaceholder')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              // Enter in the filter chooses the first match instead of saving the form.
              if (e.key === 'Enter') {
                e.preventDefault();
                const first = shown.find((o) => !chosen.has(o.value));
                if (first) toggle(first.value, true);
              }
            }}
          />
        ) : null}
        <span className="multi__count muted" aria-live="polite">
          {t('form.selectedCount', { count: selected.length })}
        </span>
      </div>
      {options.length === 0 ? (
        <p className="muted">{t('form.noOptions')}</p>
      ) : (
        <ul className="multi__list">
          {shown.map((o, i) => (
            <li key={o.value}>
              <label className="check">
                <input id={options.length > 8 || i > 0 ? undefined : id} type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
                <span>{o.label}</span>
                {o.sub ? <span className="check__sub">{o.sub}</span> : null}
              </label>
            </li>
          ))}
          {ordered.length > shown.length ? <li className="muted">{t('form.moreOptions', { count: ordered.length - shown.length })}</li> : null}
          {matching.length === 0 ? <li className="muted">{t('list.noMatches')}</li> : null}
        </ul>
      )}
    </fieldset>
  );
}
