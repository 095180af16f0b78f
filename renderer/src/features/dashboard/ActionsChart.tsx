import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { actionStatuses } from '../../../../shared/schemas/enums';
import { actionsStatement } from '../../../../shared/domain/statements/progress';
import { ChartCard } from '../../components/charts/ChartCard';
import { useWidth } from '../../components/charts/useWidth';
import { categoryAxis } from '../../components/charts/format';
import { StatusBadge } from '../../components/Badges';
import { navigate } from '../../app/router';
import { cardOf, countCell, font, onRow, textCell, tick, type ChartContext } from './common';

/** Actions per sector, stacked by status; a bar opens the Actions list filtered to it. */
export function ActionsBySectorCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const a = d.actions;
  const rows = a.bySector.map((r) => ({ sectorId: r.sectorId, label: c.sectorName(r.sectorId), total: r.total, ...r.counts }));
  const axis = categoryAxis(rows.map((r) => r.label), width);
  const statement = actionsStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'actions-by-sector', statement, t('charts.actions.subtitle'))}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...actionStatuses.map((s) => ({ label: t(`status.${s}`), numeric: true })), { label: t('charts.col.total'), numeric: true }],
        rows: a.bySector.map((r) => ({
          key: r.sectorId ?? 'none',
          cells: [
            textCell(c.sectorName(r.sectorId)),
            ...actionStatuses.map((s) => countCell(r.counts[s], lng)),
            countCell(r.total, lng),
          ],
        })),
      }}
    >
      <div ref={ref} className="chart-box">
        <ul className="status-key" aria-hidden="true">
          {actionStatuses.map((s) => (
            <li key={s}>
              <StatusBadge status={s} />
            </li>
          ))}
        </ul>
        <BarChart width={width} height={28 + rows.length * 32} data={rows} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
          <defs>
            <pattern id="hatch-cancelled" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={colors.bg} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={colors.muted} strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} stroke={colors.grid} />
          <XAxis type="number" allowDecimals={false} tick={tick(colors)} axisLine={false} tickLine={false} />
          <YAxis type="category" dataKey="label" width={axis.width} tickFormatter={axis.format} tick={tick(colors)} tickLine={false} axisLine={false} interval={0} />
          {actionStatuses.map((s, i) => (
            <Bar
              key={s}
              dataKey={s}
              stackId="status"
              // The category, for the colour checks (a hatch is a pattern, not a colour).
              className={s === 'cancelled' ? 'pattern-cancelled' : `mark-status-${s}`}
              fill={s === 'cancelled' ? 'url(#hatch-cancelled)' : colors.status[s]}
              stroke={colors.bg}
              isAnimationActive={false}
              cursor="pointer"
              onClick={onRow<(typeof rows)[number]>((r) => navigate('actions', { status: s, sector: r.sectorId ?? 'none' }))}
            >
              {i === actionStatuses.length - 1 ? <LabelList dataKey="total" position="right" fill={colors.text} fontSize={12} /> : null}
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartCard>
  );
}

