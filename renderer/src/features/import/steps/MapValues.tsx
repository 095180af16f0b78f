import { useTranslation } from 'react-i18next';
import { enumCodes } from '../../../../../shared/domain/import/values';
import { formatCount } from '../../../../../shared/domain/format';
import { useListItems } from '../../../api/use-queries';
import { sourceName } from '../../common/options';
import { fieldLabel } from '../issues';
import { HeadRow } from '../parts';
import type { Wizard } from '../use-import-wizard';
import { defaultFields, valueTables } from '../wizard';

/**
 * The words of each mapped enumerated column and the app's value for each (proposed from
 * English, Finnish and Swedish words, corrected by the user), then one value for all rows of
 * each field the file has no column for.
 */
export function MapValues({ w }: { w: Wizard }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { state: s, dispatch, ids } = w;
  const tables = valueTables(s);
  if (!s.file) return null;
  return (
    <>
      {tables.map((table) => {
        const header = s.file!.headers[table.col] || t('import.map.noHeader', { n: table.col + 1 });
        const field = fieldLabel(t, s.target, table.field);
        const headId = `${ids.form}-values-${table.field}`;
        return (
          <section key={table.field} className="import-values" aria-labelledby={headId}>
            <h3 className="section-title" id={headId}>
              {t('import.values.title', { field, column: header })}
            </h3>
            <p className="muted">{t('import.values.lead')}</p>
            <table className="table table--plain import-values__table">
              <HeadRow labels={[t('import.values.word'), t('import.values.rows'), t('import.values.value')]} />
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.word} className={r.code ? undefined : 'import-values__row--unmapped'}>
                    <th scope="row">{r.word}</th>
                    <td className="num tabular">{formatCount(r.rows, lng)}</td>
                    <td>
                      <select
                        className="input select"
                        aria-label={t('import.values.valueFor', { word: r.word, field })}
                        value={r.code ?? ''}
                        onChange={(e) => dispatch({ type: 'value', field: table.field, word: r.word, code: e.target.value || null })}
                      >
                        <option value="">{t('import.values.none')}</option>
                        {enumCodes[table.enumName].map((code) => (
                          <option key={code} value={code}>
                            {t(`${table.enumName}.${code}`)}
                          </option>
                        ))}
                      </select>
                      {r.code ? null : <p className="field__hint">{t('import.values.refused')}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <Defaults w={w} />
    </>
  );
}

/** One value for all rows, for each field without a column that takes one. */
function Defaults({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const { state: s, dispatch, ids } = w;
  const sources = useListItems('fundingSources').filter((x) => x.inUse);
  const fields = defaultFields(s);
  if (fields.length === 0) return null;
  const headId = `${ids.form}-defaults`;
  return (
    <section className="import-values" aria-labelledby={headId}>
      <h3 className="section-title" id={headId}>
        {t('import.defaults.title')}
      </h3>
      <p className="muted">{t('import.defaults.lead')}</p>
      <div className="import-defaults">
        {fields.map(({ field: f, needed }) => {
          const id = `${ids.form}-default-${f.key}`;
          const label = fieldLabel(t, s.target, f.key);
          const options = f.kind === 'enum' ? enumCodes[f.enum!].map((code) => ({ value: code, label: t(`${f.enum}.${code}`) })) : sources.map((x) => ({ value: x.id, label: sourceName(t, x) }));
          return (
            <div key={f.key} className="field">
              <label className="field__label" htmlFor={id}>
                {needed ? t('import.map.required', { field: label }) : label}
              </label>
              <select id={id} className="input select" value={s.defaults[f.key] ?? ''} onChange={(e) => dispatch({ type: 'default', field: f.key, value: e.target.value || null })}>
                <option value="">{t('import.defaults.none')}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </section>
  );
}
