import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useApi, useAppStore } from '../../store/context';
import { closeReportExport, useReportExportOpen } from './open';
import { reportQuery, reportSections, type Paper, type ReportSection } from '../../../../shared/report/paging';
import { useChannel, useListItems } from '../../api/use-queries';
import { Select } from '../../components/Select';
import { uiLanguages, type UiLanguage } from '../../../../shared/schemas/app';
import { isUiLanguage } from '../../i18n/i18n';

type Progress = { step: 'working' | 'measure' | 'print' | 'write'; done: number; total: number } | null;

function ExportForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const plan = useAppStore((s) => s.planFile?.plan);
  const sectors = useListItems('sectors').filter((s) => !s.archived);
  const [sources, setSources] = useState<{ id: string; label: string }[]>([]);
  const [lang, setLang] = useState<UiLanguage>(isUiLanguage(i18n.language) ? i18n.language : 'en');
  const [paper, setPaper] = useState<Paper>('a4');
  // "Changes since a version" is asked for, not printed by default (issue 21).
  const [sections, setSections] = useState<ReportSection[]>(reportSections.filter((s) => s !== 'changes'));
  // The plan's versions, newest first: the chapter is offered only when there is one.
  const versions = useChannel('version.list', {}).data ?? [];
  const [since, setSince] = useState('');
  const sinceId = versions.some((v) => v.id === since) ? since : (versions[0]?.id ?? '');
  const [sector, setSector] = useState('');
  const [source, setSource] = useState('');
  const [progress, setProgress] = useState<Progress>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void api.call('fundingSource.list', {}).then((r) => {
      if (r.ok) setSources(r.value.filter((s) => s.inUse).map((s) => ({ id: s.id, label: s.kind === 'custom' ? s.name : t(`fundingKind.${s.kind}`) })));
    });
  }, [api, t]);

  useEffect(
    () =>
      api.onEvent((e) => {
        if (e.name === 'report.progress') setProgress({ step: e.step, done: e.done, total: e.total });
      }),
    [api],
  );

  const busy = progress !== null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!sections.length || busy || !plan) return;
    setMessage(null);
    const chosen = sinceId ? sections : sections.filter((s) => s !== 'changes');
    const query = reportQuery({ lang, sections: chosen, sectorIds: sector ? [sector] : [], sourceIds: source ? [source] : [], paper, ...(chosen.includes('changes') ? { since: sinceId } : {}) });
    setProgress({ step: 'working', done: 0, total: 0 });
    const reply = await api.call('report.exportPdf', { query, suggestedName: plan.name, paper });
    setProgress(null);
    if (!reply.ok) return setMessage({ kind: 'error', text: t('report.dialog.failed') });
    if (!reply.value.supported) {
      // The browser host: the report in a new tab (same session), printed by the browser.
      const tab = window.open(`${location.pathname}${location.search}#/report?${query}&print=1`, '_blank');
      if (!tab) return setMessage({ kind: 'error', text: t('report.dialog.popupBlocked') });
      return onClose();
    }
    if (reply.value.path) setMessage({ kind: 'ok', text: t('report.dialog.saved', { file: reply.value.path, count: reply.value.pages ?? 0 }) });
  };

  const status =
    progress?.step === 'measure'
      ? t('report.dialog.measuring', { done: progress.done + 1, total: progress.total })
      : progress?.step === 'print'
        ? t('report.dialog.printing')
        : progress?.step === 'write'
          ? t('report.dialog.writing')
          : progress
            ? t('report.dialog.working')
            : message?.kind === 'ok'
              ? message.text
              : '';

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{api.host === 'browser' ? t('report.dialog.browser') : t('report.dialog.lead')}</p>
      <Field label={t('report.dialog.language')}>
        {(p) => (
          <select {...p} className="input" value={lang} onChange={(e) => isUiLanguage(e.target.value) && setLang(e.target.value)}>
            {uiLanguages.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('report.dialog.paper')}>
        {(p) => (
          <select {...p} className="input" value={paper} onChange={(e) => setPaper(e.target.value === 'letter' ? 'letter' : 'a4')}>
            <option value="a4">{t('report.dialog.a4')}</option>
            <option value="letter">{t('report.dialog.letter')}</option>
          </select>
        )}
      </Field>
      <fieldset className="field">
        <legend className="field__label">{t('report.dialog.sections')}</legend>
        {reportSections.filter((s) => s !== 'changes' || sinceId).map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={sections.includes(s)}
              onChange={(e) => setSections((cur) => (e.target.checked ? reportSections.filter((x) => x === s || cur.includes(x)) : cur.filter((x) => x !== s)))}
            />{' '}
            {t(`report.dialog.section.${s}`)}
          </label>
        ))}
        {!sections.length ? <p role="alert">{t('report.dialog.noSections')}</p> : null}
      </fieldset>
      {sinceId && sections.includes('changes') ? (
        <Field label={t('report.dialog.since')}>
          {(p) => <Select {...p} className="input" value={sinceId} onChange={setSince} options={versions.map((v) => [v.id, v.name] as const)} />}
        </Field>
      ) : null}
      <SelectOne label={t('report.dialog.sector')} all={t('report.dialog.allSectors')} value={sector} onChange={setSector} options={sectors.map((s) => ({ id: s.id, label: s.name }))} />
      <SelectOne label={t('report.dialog.source')} all={t('report.dialog.allSources')} value={source} onChange={setSource} options={sources} />
      <p role="status" aria-live="polite" className="muted">
        {busy ? <progress className="report-progress" {...(progress.total ? { value: progress.done, max: progress.total } : {})} /> : null} {status}
      </p>
      {message?.kind === 'error' ? <p role="alert">{message.text}</p> : null}
      <div className="form__buttons">
        <button type="submit" className="button button--primary" disabled={busy || !sections.length}>
          {t('report.dialog.export')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}

/** File → Export PDF: language, paper, sections and filters; then Electron's export or the browser's print. */
export function ExportPdfDialog() {
  const { t } = useTranslation();
  const open = useReportExportOpen();
  if (!open) return null;
  return (
    <Dialog title={t('report.dialog.title')} onClose={closeReportExport}>
      <ExportForm onClose={closeReportExport} />
    </Dialog>
  );
}

/** One of a list, or all of them (the empty value). */
function SelectOne({ label, all, value, onChange, options }: { label: string; all: string; value: string; onChange: (value: string) => void; options: readonly { id: string; label: string }[] }) {
  return (
    <Field label={label}>
      {(p) => <Select {...p} className="input" value={value} onChange={onChange} empty={all} options={options.map((o) => [o.id, o.label] as const)} />}
    </Field>
  );
}
