import { useEntry, useReport } from './context';
import { Chapter, Table } from './parts';

/** Governance (issue 19): the body responsible for the strategy, its mandate, and who sits where. */
export function GovernanceChapter() {
  const { data, t } = useReport();
  const { plan, assessment } = data;
  return (
    <Chapter entry={useEntry('r-governance')} lead={t('assessment.report.governanceLead')}>
      <dl className="r-facts">
        <dt>{t('planSettings.responsibleBody')}</dt>
        <dd>{plan.responsibleBody || t('assessment.body.none')}</dd>
        <dt>{t('planSettings.bodyMandate')}</dt>
        <dd className="r-pre">{plan.bodyMandate || t('assessment.body.none')}</dd>
      </dl>
      {assessment.seats.length ? (
        <Table
          caption={t('assessment.seats.title')}
          head={[{ label: t('assessment.seats.body'), w: '34%' }, { label: t('assessment.seats.member') }, { label: t('assessment.seats.role'), w: '26%' }]}
          rows={assessment.seats.map((s) => ({ key: s.id, cells: [s.body, s.memberName, s.role || '—'] }))}
        />
      ) : (
        <p>{t('assessment.report.noSeats')}</p>
      )}
    </Chapter>
  );
}
