import { helixes } from '../../../../../shared/schemas/enums';
import { formatCount, sortByText } from '../../../../../shared/domain/format';
import { DENSE_ROWS } from '../../../../../shared/report/model';
import { useEntry, useReport } from './context';
import { Chapter, Table } from './parts';

/** Appendix A: every stakeholder shown, by helix then name. Appendix B: every network. */
export function Appendices() {
  const { t, lng, sectorNames, stakeholders, networks, intros } = useReport();
  const sorted = helixes.flatMap((h) => sortByText(stakeholders.filter((s) => s.helix === h), (s) => s.name, lng));
  return (
    <>
      <Chapter entry={useEntry('r-stakeholders')} lead={intros.stakeholders}>
        <Table
          caption={t('report.stakeholders.table')}
          className={sorted.length > DENSE_ROWS ? 'r-table--dense' : undefined}
          head={[{ label: t('report.col.name') }, { label: t('report.col.helix'), w: '19%' }, { label: t('report.col.type'), w: '19%' }, { label: t('report.col.municipality'), w: '14%' }, { label: t('report.col.sectors'), w: '12.5%', num: true }]}
          rows={sorted.map((s) => ({ key: s.id, cells: [s.name, t(`helix.${s.helix}`), t(`stakeholderType.${s.type}`), s.municipality || '—', formatCount(s.engagements.length, lng)] }))}
        />
      </Chapter>
      <Chapter entry={useEntry('r-networks')} lead={intros.networks}>
        <Table
          caption={t('report.networks.table')}
          className={networks.length > DENSE_ROWS ? 'r-table--dense' : undefined}
          head={[{ label: t('report.col.name') }, { label: t('report.col.scope'), w: '13%' }, { label: t('report.col.membership'), w: '14%' }, { label: t('report.col.sectors'), w: '22%' }, { label: t('report.col.members'), num: true, w: '13%' }]}
          rows={sortByText(networks, (n) => n.name, lng).map((n) => ({
            key: n.id,
            cells: [n.name, t(`scope.${n.scope}`), t(`membership.${n.membership}`), sectorNames(n.sectorIds) || '—', formatCount(n.memberCount, lng)],
          }))}
        />
      </Chapter>
    </>
  );
}
