import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { Select } from '../../../components/Select';
import type { Wizard } from '../use-import-wizard';
import { rowFilterEmpty } from '../wizard';

/**
 * Which rows to take: a column holding a region or a group and the values of it to take
 * ("take only rows where Maakunta is Kymenlaakso"), chosen from the values the file has. Shown
 * when some column has a few values to choose between (ImportFile.columnValues).
 */
export function RowFilter({ w, error }: { w: Wizard; error: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { state: s, dispatch, ids } = w;
  const file = s.file;
  if (!file) return null;
  const header = (col: number) => file.headers[col] || t('import.map.noHeader', { n: col + 1 });
  const choices = file.columnValues.flatMap((values, col) => (values ? [[String(col), header(col)] as const] : []));
  if (choices.length === 0) return null;
  const filter = s.rowFilter;
  const values = filter ? (file.columnValues[filter.column] ?? []) : [];
  return (
    <fieldset className="fieldset import-filter">
      <legend className="field__label">{t('import.filter.legend')}</legend>
      <p className="field__hint">{t('import.filter.hint')}</p>
      <Field id={ids.rowFilter} label={t('import.filter.column')}>
        {(p) => (
          <Select
            {...p}
            className="input select"
            value={filter ? String(filter.column) : ''}
            empty={t('import.filter.all')}
            options={choices}
            onChange={(v) => dispatch({ type: 'rowFilterColumn', column: v === '' ? null : Number(v) })}
          />
        )}
      </Field>
      {filter ? (
        <fieldset className={`fieldset import-filter__values${error ? ' field--error' : ''}`} aria-describedby={error ? `${ids.rowFilter}-values-error` : undefined}>
          <legend className="field__label">{t('import.filter.values', { column: header(filter.column) })}</legend>
          {error && rowFilterEmpty(s) ? (
            <p className="field__error" id={`${ids.rowFilter}-values-error`}>
              {error}
            </p>
          ) : null}
          {values.map(({ value, count }) => (
            <label key={value} className="check">
              <input
                type="checkbox"
                checked={filter.values.includes(value)}
                onChange={(e) => dispatch({ type: 'rowFilterValue', value, taken: e.target.checked })}
              />
              <span>{t('import.filter.value', { value: value || t('import.filter.blank'), count, lng })}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
