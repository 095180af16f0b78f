import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareResult } from '../../../../shared/schemas/version';
import { byConcept, changeLines, concepts, type Concept } from '../../../../shared/domain/change-sentences';
import { formatDateTime } from '../../../../shared/domain/format';
import { foldForSearch } from '../../../../shared/domain/text';
import { useApi } from '../../store/context';
import { exportLanguage, useExportTo } from '../export/save';

/** A side of the comparison in words: the version's name, the file's name, or "the plan now". */
export function sideName(t: (key: string, values?: Record<string, unknown>) => string, side: CompareResult['from']): string {
  return side.kind === 'current' ? t('versions.ui.now') : side.name;
}

/**
 * The changes between two states in sentences (shared/domain/change-sentences.ts), grouped by
 * concept, filtered by concept and text as the user types; exported to XLSX as shown.
 */
export function Comparison({ result, onClose }: { result: CompareResult; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { exportTo, dialog } = useExportTo();
  const [concept, setConcept] = useState<Concept | ''>('');
  const [text, setText] = useState('');
  const lines = useMemo(() => changeLines(result.changes, result.context, t, i18n.language), [result, t, i18n.language]);
  const shown = useMemo(() => {
    const needle = foldForSearch(text);
    return lines.filter((l) => (!concept || l.concept === concept) && (!needle || foldForSearch(l.text).includes(needle)));
  }, [lines, concept, text]);
  const groups = byConcept(shown);
  const title = t('versions.ui.changesSince', { from: sideName(t, result.from), to: sideName(t, result.to) });
  const when = result.from.createdAt ? formatDateTime(result.from.createdAt, i18n.language) : null;

  const exportXlsx = () =>
    exportTo('xlsx', `${title}.xlsx`, (path, overwrite) =>
      api.call('export.table', {
        path,
        overwrite,
        format: 'xlsx',
        language: exportLanguage(i18n.language),
        title: t('versions.ui.sheet'),
        headers: [t('versions.ui.concept'), t('versions.ui.change')],
        rows: shown.map((l) => [t(`versions.concept.${l.concept}`), l.text]),
      }),
    );

  return (
    <section className="versions__comparison" aria-labelledby="versions-comparison-title">
      <header className="versions__comparison-head">
        <h3 className="section-title" id="versions-comparison-title">
          {title}
        </h3>
        {when ? <p className="field__hint">{t('versions.ui.namedOn', { date: when })}</p> : null}
      </header>
      <div className="versions__filters" role="search">
        <label className="field">
          <span className="field__label">{t('versions.ui.concept')}</span>
          <select className="input select" value={concept} onChange={(e) => setConcept(e.target.value as Concept | '')}>
            <option value="">{t('versions.ui.allConcepts')}</option>
            {concepts.map((c) => (
              <option key={c} value={c}>
                {t(`versions.concept.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('versions.ui.search')}</span>
          <input className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="button-row">
          <button type="button" className="button" disabled={!shown.length} onClick={exportXlsx}>
            {t('versions.ui.exportXlsx')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('versions.ui.closeComparison')}
          </button>
        </div>
      </div>
      <p role="status" className="versions__count">
        {lines.length === 0 ? t('versions.ui.noChanges') : t('versions.ui.shown', { count: shown.length, total: lines.length })}
      </p>
      {groups.map((g) => (
        <section key={g.concept} className="versions__group" aria-labelledby={`versions-group-${g.concept}`}>
          <h4 id={`versions-group-${g.concept}`}>
            {t(`versions.concept.${g.concept}`)} <span className="versions__group-count">({g.lines.length})</span>
          </h4>
          <ul className="versions__lines">
            {g.lines.map((l) => (
              <li key={`${l.table}|${l.key}|${l.field ?? ''}`} className={`versions__line versions__line--${l.kind}`}>
                {l.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {dialog}
    </section>
  );
}
