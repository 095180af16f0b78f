import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/schemas/import';
import { formatCount } from '../../../../../shared/domain/format';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { issueReason, warningReason } from '../issues';
import { HeadRow, ProgressPanel, RadioOption, StepButtons, StepHeading, Summary } from '../parts';
import type { Wizard } from '../use-import-wizard';
import { createdWithoutHelix, goodRows } from '../wizard';
import { PreviewCreated } from './PreviewCreated';

/** Step 4: what the import would do (counts), each bad row's problem, and what to do about them. */
export function PreviewStep({ w }: { w: Wizard }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { state: s, dispatch, ids } = w;
  const { preview, choice } = s;
  const good = goodRows(s);
  const choiceError = s.choiceMissing && choice === null;
  const helixError = s.createSubmitted && choice !== 'fix' && createdWithoutHelix(s) > 0;
  return (
    <div className="import-step">
      <StepHeading step="preview" title={t('import.steps.preview')} />
      {s.error ? <ErrorNotice error={s.error} /> : null}
      {s.progress || !preview ? (
        s.progress ? (
          <ProgressPanel progress={s.progress} onCancel={w.cancel} />
        ) : null
      ) : (
        <form className="form" onSubmit={w.submitPreview} noValidate>
          <Summary
            items={[
              ...(choiceError ? [{ id: ids.choice, text: t('import.preview.choice') }] : []),
              ...(helixError ? [{ id: ids.createHelix, text: t('import.created.helixMissing') }] : []),
            ]}
          />
          <p className="muted">{t('import.preview.lead')}</p>
          <section aria-labelledby={`${ids.form}-counts`}>
            <h3 className="visually-hidden" id={`${ids.form}-counts`}>
              {t('import.preview.counts')}
            </h3>
            <dl className="import-counts">
              {(
                [
                  ['add', preview.add],
                  ['update', preview.update],
                  ['skip', preview.skip],
                  ['bad', preview.badRows],
                ] as const
              ).map(([k, n]) => (
                <div key={k} className={`import-count import-count--${k}`} data-count={k}>
                  <dt>{t(`import.preview.${k}`)}</dt>
                  <dd className="tabular">{formatCount(n, lng)}</dd>
                </div>
              ))}
            </dl>
            {preview.empty > 0 ? <p className="muted">{t('import.preview.empty', { count: preview.empty, lng })}</p> : null}
            {preview.filtered > 0 && s.rowFilter ? (
              <p className="muted">{t('import.preview.filtered', { count: preview.filtered, column: s.file?.headers[s.rowFilter.column] ?? '', lng })}</p>
            ) : null}
          </section>
          <PreviewCreated w={w} preview={preview} />
          {preview.issues.length === 0 ? <p className="import-notice">{t('import.preview.noProblems')}</p> : <Problems preview={preview} id={`${ids.form}-problems`} />}
          {preview.warningCount > 0 ? <Conversions preview={preview} id={`${ids.form}-conversions`} /> : null}
          {preview.badRows > 0 ? (
            <fieldset className={`fieldset field${choiceError ? ' field--error' : ''}`}>
              <legend className="field__label">{t('import.preview.choice')}</legend>
              <div className="radio-list import-targets">
                <RadioOption
                  id={ids.choice}
                  name="import-choice"
                  checked={choice === 'good'}
                  onChange={() => dispatch({ type: 'choice', choice: 'good' })}
                  label={t('import.preview.goodOnly')}
                  hint={t('import.preview.goodOnlyHint', { count: good, lng })}
                />
                <RadioOption
                  id={`${ids.form}-choice-fix`}
                  name="import-choice"
                  checked={choice === 'fix'}
                  onChange={() => dispatch({ type: 'choice', choice: 'fix' })}
                  label={t('import.preview.fix')}
                  hint={t('import.preview.fixHint')}
                />
              </div>
            </fieldset>
          ) : null}
          {good === 0 && choice !== 'fix' ? <p className="import-notice">{t('import.preview.nothing')}</p> : null}
          <StepButtons
            next={choice === 'fix' ? t('import.preview.reread') : t('import.preview.import', { count: good, lng })}
            disabled={choice !== 'fix' && (s.running || good === 0)}
            onBack={() => dispatch({ type: 'goto', step: 'map' })}
          />
        </form>
      )}
    </div>
  );
}

/** The bad rows: row, column, value and why, as the core listed them (the first ones of many). */
function Problems({ preview, id }: { preview: ImportPreview; id: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section aria-labelledby={id} className="import-problems">
      <h3 className="section-title" id={id}>
        {t('import.preview.problemsTitle', { count: preview.badRows, lng })}
      </h3>
      <p className="muted">{t('import.preview.problemsLead')}</p>
      <div className="table-scroll import-problems__scroll">
        <table className="table import-problems__table">
          <caption className="visually-hidden">{t('import.preview.caption')}</caption>
          <HeadRow numberFirst labels={[t('import.preview.row'), t('import.preview.column'), t('import.preview.value'), t('import.preview.reason')]} />
          <tbody>
            {preview.issues.map((i, n) => (
              <tr key={n}>
                <td className="num tabular">{i.row}</td>
                <td>{i.column ?? t('import.preview.wholeRow')}</td>
                <td className="import-problems__value">{i.value ?? ''}</td>
                <td>{issueReason(t, i)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.issueCount > preview.issues.length ? <p className="muted">{t('import.preview.more', { shown: preview.issues.length, count: preview.issueCount, lng })}</p> : null}
    </section>
  );
}

/** Values taken after a conversion (a timestamp as a date, HTML as text): imported, with how each was read. */
function Conversions({ preview, id }: { preview: ImportPreview; id: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section aria-labelledby={id} className="import-problems import-conversions">
      <h3 className="section-title" id={id}>
        {t('import.preview.conversionsTitle', { count: preview.warningCount, lng })}
      </h3>
      <p className="muted">{t('import.preview.conversionsLead')}</p>
      <div className="table-scroll import-problems__scroll">
        <table className="table import-problems__table">
          <caption className="visually-hidden">{t('import.preview.conversionsCaption')}</caption>
          <HeadRow numberFirst labels={[t('import.preview.row'), t('import.preview.column'), t('import.preview.value'), t('import.preview.readAs')]} />
          <tbody>
            {preview.warnings.map((w, n) => (
              <tr key={n}>
                <td className="num tabular">{w.row}</td>
                <td>{w.column ?? t('import.preview.wholeRow')}</td>
                <td className="import-problems__value">{w.value ?? ''}</td>
                <td>{warningReason(t, w, lng)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.warningCount > preview.warnings.length ? <p className="muted">{t('import.preview.moreConversions', { shown: preview.warnings.length, count: preview.warningCount, lng })}</p> : null}
    </section>
  );
}
