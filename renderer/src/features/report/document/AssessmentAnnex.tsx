import { formatDate } from '../../../../../shared/domain/format';
import { assessmentTable } from '../../assessment/assessment-sheet';
import { useEntry, useReport } from './context';
import { Chapter } from './parts';

/** The enabling condition 1.1 self-assessment as an appendix: per criterion the evidence, what is missing, the judgement and note (the XLSX's rows). */
export function AssessmentAnnex() {
  const { data, t, lng } = useReport();
  const e = data.assessment.evidence;
  const { rows } = assessmentTable(e, t, lng);
  return (
    <Chapter entry={useEntry('r-assessment')} lead={t('assessment.report.annexLead', { date: formatDate(e.today, lng) })}>
      {rows.map(([criterion, evidence, gaps, judgement, note], i) => (
        <section key={i} className="r-criterion" aria-label={criterion}>
          <h2 className="r-h3">{criterion}</h2>
          <dl className="r-facts">
            <dt>{t('assessment.sheet.judgement')}</dt>
            <dd>
              <strong>{judgement}</strong>
            </dd>
            <dt>{t('assessment.sheet.evidence')}</dt>
            <dd className="r-pre">{evidence}</dd>
            <dt>{t('assessment.sheet.gaps')}</dt>
            <dd className="r-pre">{gaps}</dd>
            {note ? (
              <>
                <dt>{t('assessment.sheet.note')}</dt>
                <dd className="r-pre">{note}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ))}
    </Chapter>
  );
}
