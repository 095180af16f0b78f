import { helixes } from '../../../../../shared/schemas/enums';
import { formatCount, formatDate } from '../../../../../shared/domain/format';
import { byHelix, participationTotals } from '../../../../../shared/domain/discovery';
import { useEntry, useReport } from './context';
import { Chapter, Table } from './parts';

/**
 * The entrepreneurial discovery process (issue 19; ERDF enabling condition 1.1, criterion 4):
 * the workshops over time with who took part by helix, participation in total, and the decisions
 * with what came of them (the actions, with status, and the sectors linked to each).
 */
export function DiscoveryChapter() {
  const { data, t, lng, o } = useReport();
  // With sectors chosen, the workshops that discussed one of them.
  const workshops = data.discovery.workshops.filter((w) => !o.sectorIds.length || w.sectors.some((s) => o.sectorIds.includes(s.id)));
  const totals = participationTotals(workshops);
  const decisions = workshops.flatMap((w) => w.decisions.map((d) => ({ ...d, workshop: w })));
  const seats = totals.reduce((n, x) => n + x.participations, 0);
  const people = new Set(workshops.flatMap((w) => w.participants.map((p) => p.id))).size;
  const lead = workshops.length
    ? t('discovery.report.lead', {
        count: workshops.length,
        from: formatDate(workshops[0]!.heldOn, lng),
        to: formatDate(workshops[workshops.length - 1]!.heldOn, lng),
        seats: formatCount(seats, lng),
        people: formatCount(people, lng),
        decisions: formatCount(decisions.length, lng),
        linked: formatCount(decisions.filter((d) => d.actions.length || d.sectors.length).length, lng),
      })
    : t('discovery.report.none');
  return (
    <Chapter entry={useEntry('r-discovery')} lead={lead}>
      {workshops.length ? (
        <>
          <Table
            caption={t('discovery.report.workshopsTable')}
            head={[
              { label: t('discovery.report.date'), w: '13%' },
              { label: t('discovery.report.workshop') },
              ...helixes.map((h) => ({ label: t(`helixLetter.${h}`), num: true, w: '5%' })),
              { label: t('discovery.report.total'), num: true, w: '11%' },
              { label: t('discovery.decisions'), num: true, w: '12%' },
            ]}
            rows={workshops.map((w) => ({
              key: w.id,
              cells: [
                formatDate(w.heldOn, lng),
                <>
                  {w.title}
                  <span className="r-sub">{[w.place, w.sectors.map((s) => s.name).join(', ')].filter(Boolean).join(' · ')}</span>
                </>,
                ...byHelix(w.participants).map((g) => formatCount(g.people.length, lng)),
                formatCount(w.participants.length, lng),
                formatCount(w.decisions.length, lng),
              ],
            }))}
            foot={[t('discovery.report.total'), '', ...totals.map((x) => formatCount(x.participations, lng)), formatCount(seats, lng), formatCount(decisions.length, lng)]}
          />
          <p className="r-note">{t('discovery.report.helixKey', { keys: helixes.map((h) => `${t(`helixLetter.${h}`)} = ${t(`helix.${h}`)}`).join(', ') })}</p>
          <Table
            caption={t('discovery.report.helixTable')}
            head={[{ label: t('report.col.helix') }, { label: t('discovery.report.participations'), num: true, w: '22%' }, { label: t('discovery.report.stakeholders'), num: true, w: '22%' }]}
            rows={totals.map((x) => ({ key: x.helix, cells: [t(`helix.${x.helix}`), formatCount(x.participations, lng), formatCount(x.stakeholders, lng)] }))}
            foot={[t('discovery.report.total'), formatCount(seats, lng), formatCount(people, lng)]}
          />
          {decisions.length ? (
            <Table
              caption={t('discovery.report.decisionsTable')}
              head={[{ label: t('discovery.report.decision') }, { label: t('discovery.report.actions'), w: '34%' }, { label: t('discovery.report.sectors'), w: '20%' }]}
              rows={decisions.map((d) => ({
                key: d.id,
                cells: [
                  <>
                    {d.text}
                    <span className="r-sub">
                      {[`${d.workshop.title}, ${formatDate(d.workshop.heldOn, lng)}`, d.owner ? t('discovery.ownerIs', { owner: d.owner }) : '', d.dueOn ? t('discovery.dueIs', { date: formatDate(d.dueOn, lng) }) : '']
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </>,
                  d.actions.length ? d.actions.map((a) => `${a.title} (${t(`status.${a.derivedStatus}`)})`).join('; ') : '—',
                  d.sectors.map((s) => s.name).join(', ') || '—',
                ],
              }))}
            />
          ) : null}
        </>
      ) : null}
    </Chapter>
  );
}
