import { statusText } from '../../../../../shared/domain/statements/status';
import { TimelineCard } from '../../dashboard/TimelineChart';
import { DENSE_ROWS, budgetMoney, yearSpan } from '../../../../../shared/report/model';
import { sumMoney } from '../../../../../shared/domain/money';
import { useEntry, useReport } from './context';
import { Chapter, Figure, Table } from './parts';

/** The action plan: every action shown with its money (from the chosen sources), and the timeline. */
export function ActionsChapter() {
  const { o, t, lng, c, period, sectorNames, sourceName, actions, moneyOf, intros } = useReport();
  const rows = actions.map((a) => ({ a, m: moneyOf(a) }));
  const total = sumMoney(rows.map((r) => r.m));
  const { thousands, format: money, percent } = budgetMoney([total.planned, total.committed, total.spent], lng);
  const totals = [money(total.planned), money(total.committed), money(total.spent)];
  const moneyW = `${percent}%`;
  return (
    <Chapter entry={useEntry('r-actions')} lead={intros.actions}>
      <Table
        className={`r-table--budget${rows.length > DENSE_ROWS ? ' r-table--dense' : ''}`}
        caption={thousands ? t('report.actions.tableThousands') : t('report.actions.table')}
        head={[
          { label: t('report.col.action') },
          { label: t('report.col.lead'), w: '17%' },
          { label: t('report.col.status'), w: '11.5%' },
          { label: t('report.col.years'), w: '10.5%' },
          { label: t('report.col.planned'), num: true, w: moneyW },
          { label: t('report.col.committed'), num: true, w: moneyW },
          { label: t('report.col.spent'), num: true, w: moneyW },
        ]}
        rows={rows.map(({ a, m }) => ({
          key: a.id,
          cells: [
            <>
              {a.title}
              <span className="r-sub">{sectorNames(a.sectorIds)}</span>
            </>,
            a.leadName ?? '—',
            statusText(t, a, lng),
            yearSpan(a.startDate, a.endDate),
            money(m.planned),
            money(m.committed),
            money(m.spent),
          ],
        }))}
        foot={[t('report.actions.totals'), '', '', '', ...totals]}
      />
      {o.sourceIds.length ? <p className="r-note">{o.sourceIds.map(sourceName).join(', ')}</p> : null}
      <Figure caption={t('charts.timeline.subtitle', { period })}>
        <TimelineCard c={c} />
      </Figure>
    </Chapter>
  );
}
