import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { numberFormats, type NumberFormat } from '../../../../../shared/domain/numbers';
import { parseNumber } from '../../../../../shared/domain/import/values';
import { formatEuros, formatNumber } from '../../../../../shared/domain/format';
import { importFields } from '../../../../../shared/domain/import/fields';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { fieldLabel, mappingIssueText } from '../issues';
import { HeadRow, StepButtons, StepHeading, Summary } from '../parts';
import type { Wizard } from '../use-import-wizard';
import { mappingOf, numberFormatIn, numberProposal, rowFilterEmpty, type WizardState } from '../wizard';
import { MapValues } from './MapValues';
import { RowFilter } from './RowFilter';

/** A text of the file read in a format, as the app shows the value ("500 000 €"); null when that format does not read it. */
function reading(text: string, format: NumberFormat, kind: string, lng: string): string | null {
  const n = parseNumber(text, format);
  if (!n.ok) return null;
  return kind === 'cents' ? formatEuros(n.value, lng) : formatNumber(n.value, lng, 6);
}

/**
 * What the wizard says about the number format: how the example text is read in the format in
 * use ("“500.000” is read as 500 000 €"), or, when the columns read two ways and the user has not
 * chosen, the question with both readings.
 */
function numbersText(t: TFunction, s: WizardState, lng: string): { hint: string; reading: string | null; question: string | null } {
  const p = numberProposal(s);
  const format = numberFormatIn(s);
  const hint = s.numberFormatChosen ? t('import.numbers.chosen') : p?.format || s.file?.numberFormat ? t('import.numbers.found') : t('import.numbers.notFound');
  if (!p?.example) return { hint, reading: null, question: null };
  if (format === null) {
    const [first, second] = numberFormats.map((f) => reading(p.example!, f, p.kind, lng));
    return { hint, reading: null, question: t('import.numbers.question', { value: p.example, first, second }) };
  }
  const read = reading(p.example, format, p.kind, lng);
  return { hint, reading: read === null ? t('import.numbers.unread', { value: p.example }) : t('import.numbers.reading', { value: p.example, reading: read }), question: null };
}

/** Step 3: which field each column fills, the file's number format, and whether to remember the mapping. */
export function MapStep({ w }: { w: Wizard }) {
  const { t, i18n } = useTranslation();
  const { state: s, dispatch, ids } = w;
  const { file, target, columns, mapSubmitted } = s;
  const mapping = mappingOf(s);
  if (!file || !mapping) return null;
  const fields = importFields[target];
  const hasTypeField = fields.some((f) => f.key === 'type');
  const issueAt = (col: number): string | undefined => {
    const key = columns[col];
    if (!mapSubmitted || !key) return undefined;
    const issue = mapping.issues.find((m) => m.field === key && m.code !== 'requiredFieldUnmapped');
    return issue ? mappingIssueText(t, target, issue, hasTypeField) : undefined;
  };
  const numbers = numbersText(t, s, i18n.language);
  const numbersError = mapSubmitted && numbers.question !== null;
  const filterError = mapSubmitted && rowFilterEmpty(s) && file.headers[s.rowFilter!.column] !== undefined
    ? t('import.filter.noValues', { column: file.headers[s.rowFilter!.column] || t('import.map.noHeader', { n: s.rowFilter!.column + 1 }) })
    : undefined;
  const summary = mapSubmitted
    ? [
        ...mapping.issues.map((m) => {
          const col = m.code === 'requiredFieldUnmapped' ? columns.findIndex((c) => c === null) : columns.findIndex((c) => c === m.field);
          return { id: ids.column(Math.max(0, col)), text: mappingIssueText(t, target, m, hasTypeField) };
        }),
        ...(numbersError ? [{ id: ids.numbers, text: numbers.question! }] : []),
        ...(filterError ? [{ id: ids.rowFilter, text: filterError }] : []),
      ]
    : [];
  const chosen = numberFormatIn(s);
  return (
    <form className="form import-step" onSubmit={w.submitMap} noValidate>
      <StepHeading step="map" title={t('import.steps.map')} />
      <Summary items={summary} />
      <p className="muted">{t('import.map.lead')}</p>
      {file.savedMapping ? <p className="import-notice">{t('import.map.saved')}</p> : null}
      {s.error ? <ErrorNotice error={s.error} /> : null}
      {numberProposal(s) ? (
        <fieldset className={`fieldset field import-numbers${numbersError ? ' field--error' : ''}`} aria-describedby={`${ids.form}-numbers-hint`}>
          <legend className="field__label">{t('import.numbers.label')}</legend>
          {numbers.question ? (
            <p className={numbersError ? 'field__error' : 'field__hint'} id={`${ids.form}-numbers-hint`} data-testid="number-question">
              {numbers.question}
            </p>
          ) : (
            <p className="field__hint" id={`${ids.form}-numbers-hint`}>
              {numbers.hint}
            </p>
          )}
          {numberFormats.map((f) => (
            <label key={f} className="check">
              <input
                type="radio"
                id={`${ids.form}-numbers-${f}`}
                name={`${ids.form}-numbers`}
                value={f}
                checked={chosen === f}
                onChange={() => dispatch({ type: 'numberFormat', numberFormat: f })}
              />
              <span>{t(`import.numbers.${f}`)}</span>
            </label>
          ))}
          {numbers.reading ? (
            <p className="import-numbers__reading" data-testid="number-reading">
              {numbers.reading}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <table className="table table--plain import-map">
        <HeadRow labels={[t('import.map.column'), t('import.map.samples'), t('import.map.field')]} />
        <tbody>
          {file.headers.map((h, col) => {
            const header = h || t('import.map.noHeader', { n: col + 1 });
            const samples = file.sample.map((r) => r[col] ?? '').filter((v) => v.trim() !== '').slice(0, 3);
            const message = issueAt(col);
            const errorId = `${ids.column(col)}-error`;
            return (
              <tr key={col} className={message ? 'import-map__row--error' : undefined}>
                <th scope="row" className="import-map__header">
                  {header}
                </th>
                <td className="import-map__samples">
                  {samples.length ? (
                    <ul>
                      {samples.map((x, i) => (
                        <li key={i}>{x}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
                <td>
                  <div className={`field${message ? ' field--error' : ''}`}>
                    {message ? (
                      <p className="field__error" id={errorId}>
                        {message}
                      </p>
                    ) : null}
                    <select
                      id={ids.column(col)}
                      className="input select"
                      aria-label={t('import.map.fieldFor', { column: header })}
                      {...(message ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
                      value={columns[col] ?? ''}
                      onChange={(e) => dispatch({ type: 'column', index: col, field: e.target.value || null })}
                    >
                      <option value="">{t('import.map.ignore')}</option>
                      {fields.map((f) => (
                        <option key={f.key} value={f.key}>
                          {f.required ? t('import.map.required', { field: fieldLabel(t, target, f.key) }) : fieldLabel(t, target, f.key)}
                        </option>
                      ))}
                    </select>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MapValues w={w} />
      <RowFilter w={w} error={filterError} />
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={s.saveMapping} onChange={(e) => dispatch({ type: 'saveMapping', save: e.target.checked })} aria-describedby={`${ids.form}-save-hint`} />
          <span>{t('import.map.save')}</span>
        </label>
        <p className="field__hint" id={`${ids.form}-save-hint`}>
          {t('import.map.saveHint')}
        </p>
      </div>
      <StepButtons next={t('import.map.toPreview')} onBack={() => dispatch({ type: 'goto', step: 'read' })} />
    </form>
  );
}
