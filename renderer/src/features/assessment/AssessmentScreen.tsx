import { useTranslation } from 'react-i18next';
import { useAppStore, useApi } from '../../store/context';
import { useChannel } from '../../api/use-queries';
import { exportLanguage, useExportTo } from '../export/save';
import { CriterionCard } from './CriterionCard';
import { DocumentsSection } from './DocumentsSection';
import { GovernanceSection } from './GovernanceSection';
import { assessmentTable } from './assessment-sheet';
import './assessment.css';

/**
 * Enabling condition 1.1 self-assessment (issue 19): the seven criteria with the evidence the
 * plan holds and what is missing, the officer's judgement and note per criterion, and the lists
 * the evidence needs that the plan had nowhere else (analysis documents, who sits where).
 */
export function AssessmentScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const plan = useAppStore((s) => s.planFile?.plan);
  const { data, error } = useChannel('assessment.get', {});
  const { exportTo, dialog } = useExportTo();
  if (!plan) return null;

  const exportXlsx = () => {
    if (!data) return;
    const { headers, rows } = assessmentTable(data.evidence, t, i18n.language);
    exportTo('xlsx', `${t('assessment.sheet.name')}.xlsx`, (path, overwrite) =>
      api.call('export.table', { path, format: 'xlsx', language: exportLanguage(i18n.language), title: t('assessment.sheet.name'), headers, rows, overwrite }),
    );
  };

  return (
    <div className="screen assessment">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{t('assessment.title')}</h1>
          <p className="screen-lead">{t('assessment.lead')}</p>
        </div>
        <div className="screen-head__actions">
          <button type="button" className="button" onClick={exportXlsx} disabled={!data}>
            {t('assessment.export')}
          </button>
        </div>
      </header>
      {error && !data ? (
        <p role="alert" className="muted">
          {t('charts.loadFailed')}
        </p>
      ) : null}
      {!data ? (
        <p className="muted loading" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <>
          {data.evidence.criteria.map((c) => (
            <CriterionCard key={c.criterion} evidence={data.evidence} c={c} />
          ))}
          <DocumentsSection evidence={data.evidence} staleYears={plan.documentsStaleYears} />
          <GovernanceSection plan={plan} seats={data.seats} />
        </>
      )}
      {dialog}
    </div>
  );
}
