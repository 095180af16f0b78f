import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../../shared/domain/format';
import { Field } from '../../../components/Field';
import { HeadRow, ProgressPanel, StepButtons, StepHeading } from '../parts';
import type { Wizard } from '../use-import-wizard';
import { Select } from '../../../components/Select';

const delimiterKey = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** Step 2: the file as read (type, encoding, delimiter, size, sheet) and its first rows. */
export function ReadStep({ w }: { w: Wizard }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { state: s, dispatch } = w;
  const file = s.file;
  const facts = file
    ? [
        { key: 'file', label: t('import.file.label'), value: file.file, className: 'input--mono import-facts__file' },
        { key: 'type', label: t('import.read.type'), value: t(`import.read.format.${file.format}`) },
        ...(file.encoding ? [{ key: 'encoding', label: t('import.read.encoding'), value: t(`import.read.encodings.${file.encoding}`) }] : []),
        ...(file.delimiter ? [{ key: 'delimiter', label: t('import.read.delimiter'), value: t(`import.read.delimiters.${delimiterKey[file.delimiter]}`) }] : []),
        { key: 'rows', label: t('import.read.rows'), value: t('import.read.rowsValue', { count: file.rowCount, lng }), className: 'tabular' },
        { key: 'columns', label: t('import.read.columns'), value: formatCount(file.headers.length, lng), className: 'tabular' },
      ]
    : [];
  return (
    <div className="import-step">
      <StepHeading step="read" title={t('import.steps.read')} />
      {s.progress || !file ? (
        s.progress ? (
          <ProgressPanel progress={s.progress} onCancel={w.cancel} />
        ) : null
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            dispatch({ type: 'toMap' });
          }}
        >
          <p className="muted">{t('import.read.lead')}</p>
          <dl className="facts import-facts">
            {facts.map((f) => (
              <div key={f.key} className="facts__row">
                <dt>{f.label}</dt>
                <dd className={f.className}>{f.value}</dd>
              </div>
            ))}
          </dl>
          {file.format === 'xlsx' && file.sheets.length > 1 ? (
            <Field label={t('import.read.sheet')} hint={t('import.read.sheetHint')}>
              {(p) => <Select {...p} className="input select" value={file.sheet ?? ''} onChange={w.readSheet} options={file.sheets.map((x) => [x, x] as const)} />}
            </Field>
          ) : null}
          <div className="table-scroll import-sample">
            <table className="table">
              <caption className="import-caption">{t('import.read.sample')}</caption>
              <HeadRow numberFirst labels={[t('import.read.rowHeader'), ...file.headers.map((h, i) => h || t('import.map.noHeader', { n: i + 1 }))]} />
              <tbody>
                {file.sample.slice(0, 5).map((r, ri) => (
                  <tr key={ri}>
                    <td className="num tabular">{ri + 2}</td>
                    {file.headers.map((_, ci) => (
                      <td key={ci} title={(r[ci] ?? '').length > 40 ? r[ci] : undefined}>
                        {r[ci] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <StepButtons next={t('import.read.toMapping')} onBack={() => dispatch({ type: 'goto', step: 'choose' })} />
        </form>
      )}
    </div>
  );
}
