import { actionStatuses } from '../../../../shared/schemas/enums';
import { formatDate, formatPeriod } from '../../../../shared/domain/format';
import { statusText } from '../../../../shared/domain/statements/status';
import { timelineStatement } from '../../../../shared/domain/statements/progress';
import { ChartCard } from '../../components/charts/ChartCard';
import { useWidth } from '../../components/charts/useWidth';
import { fitText, textWidth } from '../../components/charts/format';
import { StatusBadge } from '../../components/Badges';
import { navigate } from '../../app/router';
import { cardOf, dayMs, font, textCell, toDay, type ChartContext } from './common';

/** Every action as a bar from start to end under its sector, with milestones, the plan period and today. */
export function TimelineCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const tl = d.timeline;
  const start = toDay(`${d.plan.periodStart}-01-01`);
  const end = toDay(`${d.plan.periodEnd}-12-31`);
  const minDay = Math.min(start, ...tl.rows.map((r) => toDay(r.startDate)));
  const maxDay = Math.max(end, ...tl.rows.map((r) => toDay(r.endDate)));
  // Titles take what the longest needs, up to 36 % of the width.
  const labelW = Math.ceil(Math.min(Math.max(160, ...tl.rows.map((r) => textWidth(r.title, 12) + 20)), width * 0.36));
  const plotW = Math.max(100, width - labelW - 12);
  const x = (day: number) => labelW + ((day - minDay) / Math.max(1, maxDay - minDay)) * plotW;
  const rowH = 24;
  const groupH = 22;
  // Rows under sector headings, in the order the core sent them (sector order, then start).
  const groups: { sectorId: string | null; rows: typeof tl.rows }[] = [];
  for (const r of tl.rows) {
    const g = groups[groups.length - 1];
    if (g && g.sectorId === r.sectorId) g.rows.push(r);
    else groups.push({ sectorId: r.sectorId, rows: [r] });
  }
  let y = 28;
  const layout = groups.map((g) => {
    const top = y;
    y += groupH;
    const rows = g.rows.map((r) => ({ r, y: (y += rowH) - rowH }));
    return { g, top, rows };
  });
  const height = y + 8;
  const milestonesOf = new Map<string, typeof tl.milestones>();
  for (const m of tl.milestones) milestonesOf.set(m.actionId, [...(milestonesOf.get(m.actionId) ?? []), m]);
  const today = toDay(d.today);
  const years: number[] = [];
  for (let yr = new Date(minDay * dayMs).getUTCFullYear(); yr <= new Date(maxDay * dayMs).getUTCFullYear() + 1; yr++) years.push(yr);
  const statement = timelineStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'timeline', statement, t('charts.timeline.subtitle', { period: formatPeriod(d.plan.periodStart, d.plan.periodEnd) }))}
      wide
      interactive
      table={{
        columns: [{ label: t('charts.col.action') }, { label: t('charts.col.sector') }, { label: t('charts.col.status') }, { label: t('charts.col.start'), numeric: true }, { label: t('charts.col.end'), numeric: true }, { label: t('charts.col.milestones') }],
        rows: tl.rows.map((r) => ({
          key: r.id,
          cells: [
            textCell(r.title),
            textCell(c.sectorName(r.sectorId)),
            { shown: statusText(t, r, lng), raw: t(`status.${r.derivedStatus}`) },
            { shown: formatDate(r.startDate, lng), raw: r.startDate },
            { shown: formatDate(r.endDate, lng), raw: r.endDate },
            {
              shown: (milestonesOf.get(r.id) ?? []).map((m) => `${formatDate(m.dueDate, lng)}${m.doneDate ? ` (${t('charts.timeline.done')})` : m.overdue ? ` (${t('charts.timeline.overdueMark')})` : ''}`).join(', '),
              raw: (milestonesOf.get(r.id) ?? []).map((m) => `${m.dueDate}${m.doneDate ? ' done' : m.overdue ? ' overdue' : ''}`).join('; '),
            },
          ],
        })),
      }}
    >
      <div ref={ref} className="chart-box">
        <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={font} role="group" aria-label={statement.summary}>
          <rect x={x(start)} y={20} width={x(end) - x(start)} height={height - 24} fill={colors.surface} opacity={0.55} />
          {years.map((yr) => {
            const xx = x(toDay(`${yr}-01-01`));
            if (xx < labelW - 1 || xx > width - 32) return null;
            return (
              <g key={yr}>
                <line x1={xx} x2={xx} y1={20} y2={height - 4} stroke={colors.grid} />
                <text x={xx + 3} y={14} fontSize={11} fill={colors.muted}>
                  {yr}
                </text>
              </g>
            );
          })}
          {layout.map(({ g, top, rows }) => (
            <g key={g.sectorId ?? 'none'}>
              <text x={0} y={top + 15} fontSize={12} fontWeight={650} fill={colors.text}>
                {fitText(c.sectorName(g.sectorId), width - 8, 12, 650)}
              </text>
              {rows.map(({ r, y: ry }) => {
                const x1 = x(toDay(r.startDate));
                const x2 = Math.max(x1 + 3, x(toDay(r.endDate) + 1));
                const fill = r.derivedStatus === 'cancelled' ? 'none' : colors.status[r.derivedStatus];
                return (
                  // Pointer only: keyboard and screen-reader users have the table twin and the Actions list.
                  <g key={r.id} className="map-row" onClick={() => navigate('actions', undefined, r.id)}>
                    <title>{r.title}</title>
                    <text x={8} y={ry + 16} fontSize={12} fill={colors.text} textDecoration={r.derivedStatus === 'cancelled' ? 'line-through' : undefined}>
                      {fitText(r.title, labelW - 16, 12)}
                    </text>
                    <rect {...(r.derivedStatus === 'cancelled' ? {} : { 'data-mark': `status-${r.derivedStatus}` })} x={x1} y={ry + 5} width={x2 - x1} height={14} rx={3} fill={fill} stroke={r.derivedStatus === 'cancelled' ? colors.muted : colors.outline} strokeDasharray={r.derivedStatus === 'cancelled' ? '3 2' : undefined} />
                    {(milestonesOf.get(r.id) ?? []).map((m) => {
                      const mx = x(toDay(m.dueDate));
                      const color = m.overdue ? colors.gap : m.doneDate ? colors.text : colors.bg;
                      return <path key={m.id} d={`M ${mx} ${ry + 4} l 5 8 l -5 8 l -5 -8 z`} fill={color} stroke={m.overdue ? colors.bg : colors.text} strokeWidth={1} />;
                    })}
                  </g>
                );
              })}
            </g>
          ))}
          <line x1={x(today)} x2={x(today)} y1={18} y2={height - 4} stroke={colors.today} strokeWidth={1.5} strokeDasharray="4 3" />
          <text x={Math.min(width - 4, x(today) + 4)} y={height - 6} fontSize={11} fontWeight={600} fill={colors.text} textAnchor={x(today) > width - 80 ? 'end' : 'start'}>
            {t('charts.timeline.today')}
          </text>
        </svg>
        <ul className="status-key status-key--after" aria-hidden="true">
          {actionStatuses.map((s) => (
            <li key={s}>
              <span className={`ramp-key__swatch${s === 'cancelled' ? ' ramp-key__swatch--cancelled' : ''}`} style={{ background: colors.status[s] }} />
              <StatusBadge status={s} />
            </li>
          ))}
        </ul>
        <ul className="money-key" aria-hidden="true">
          {(
            [
              ['keyDone', colors.text, undefined],
              ['keyDue', colors.bg, colors.text],
              ['keyOverdue', colors.gap, undefined],
            ] as const
          ).map(([key, fill, stroke]) => (
            <li key={key}>
              <svg width="12" height="14" className="icon">
                <path d="M 6 0 l 5 7 l -5 7 l -5 -7 z" fill={fill} stroke={stroke} />
              </svg>
              {t(`charts.timeline.${key}`)}
            </li>
          ))}
          <li>
            <span className="ramp-key__swatch" style={{ background: colors.surface }} />
            {t('charts.timeline.keyPeriod')}
          </li>
        </ul>
      </div>
    </ChartCard>
  );
}
