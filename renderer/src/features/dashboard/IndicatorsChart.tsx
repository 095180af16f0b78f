import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatDate, formatNumber, formatPercent } from '../../../../shared/domain/format';
import { INDICATOR_TOLERANCE } from '../../../../shared/domain/progress';
import { indicatorsStatement } from '../../../../shared/domain/statements/progress';
import { indicatorOrder } from '../../../../shared/domain/wall';
import { ChartCard } from '../../components/charts/ChartCard';
import { useWidth } from '../../components/charts/useWidth';
import { CheckIcon, ClockIcon, WarningIcon } from '../../components/icons';
import { href } from '../../app/router';
import { cardOf, dayMs, font, textCell, tick, toDay, type ChartContext } from './common';

const statusIcon = { ahead: CheckIcon, onTrack: CheckIcon, behind: WarningIcon, noData: ClockIcon } as const;

/** One small chart per indicator with measurements: the values against the path from baseline to target. */
export function IndicatorsCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const list = d.indicators;
  // Behind their path first: what needs attention leads, here and in the report's table.
  const charted = indicatorOrder(list.filter((i) => i.points.length > 0));
  const statement = indicatorsStatement(c);
  const [ref, width] = useWidth<HTMLDivElement>();
  const cols = width > 900 ? 3 : width > 560 ? 2 : 1;
  const cellW = Math.floor((width - (cols - 1) * 16) / cols);
  return (
    <ChartCard
      {...cardOf(c, 'indicators', statement, t('charts.indicators.subtitle', { tolerance: formatPercent(INDICATOR_TOLERANCE, lng) }))}
      wide
      interactive
      table={{
        columns: [
          { label: t('charts.col.indicator') }, { label: t('charts.col.baseline'), numeric: true }, { label: t('charts.col.target'), numeric: true },
          { label: t('charts.col.latest'), numeric: true }, { label: t('charts.col.expected'), numeric: true }, { label: t('charts.col.status') },
        ],
        rows: list.map((i) => ({
          key: i.id,
          cells: [
            textCell(i.name),
            { shown: i.baselineValue === null ? '—' : `${formatNumber(i.baselineValue, lng)} (${i.baselineYear})`, raw: i.baselineValue },
            { shown: i.targetValue === null ? '—' : `${formatNumber(i.targetValue, lng)} (${i.targetYear})`, raw: i.targetValue },
            { shown: i.latest ? `${formatNumber(i.latest.value, lng)} (${formatDate(i.latest.date, lng)})` : '—', raw: i.latest?.value ?? null },
            { shown: i.expected === null ? '—' : formatNumber(i.expected, lng, 1), raw: i.expected === null ? null : Math.round(i.expected * 10) / 10 },
            textCell(t(`charts.indicators.status.${i.status}`)),
          ],
        })),
      }}
    >
      <div ref={ref} className="indicator-grid" style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }}>
        {charted.map((i) => {
          const Icon = statusIcon[i.status];
          const baseDate = i.baselineYear ? `${i.baselineYear}-12-31` : null;
          const targetDate = i.targetYear ? `${i.targetYear}-12-31` : null;
          const data = [
            ...(baseDate && i.baselineValue !== null ? [{ day: toDay(baseDate), path: i.baselineValue }] : []),
            ...i.points.map((p) => ({ day: toDay(p.date), value: p.value })),
            ...(targetDate && i.targetValue !== null ? [{ day: toDay(targetDate), path: i.targetValue }] : []),
          ].sort((a, b) => a.day - b.day);
          // Ticks on the first day of whole years, at most five.
          const y0 = new Date((data[0]?.day ?? 0) * dayMs).getUTCFullYear() + 1;
          const y1 = new Date((data[data.length - 1]?.day ?? 0) * dayMs).getUTCFullYear();
          const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 5));
          const ticks = Array.from({ length: Math.max(0, Math.floor((y1 - y0) / step) + 1) }, (_, k) => toDay(`${y0 + k * step}-01-01`));
          return (
            <div key={i.id} className={`indicator indicator--${i.status}`}>
              <h4 className="indicator__name">
                <a href={href('indicators', undefined, i.id)}>{i.name}</a>
              </h4>
              <p className={`indicator__status indicator__status--${i.status}`}>
                <Icon size={14} className="icon" />
                {t(`charts.indicators.status.${i.status}`)}
                {i.latest && i.expected !== null ? (
                  <span className="muted">
                    {' · '}
                    {t('charts.indicators.latestVsPath', { latest: formatNumber(i.latest.value, lng), expected: formatNumber(i.expected, lng, 1), unit: i.unit })}
                  </span>
                ) : null}
              </p>
              <LineChart width={cellW} height={150} data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
                <CartesianGrid vertical={false} stroke={colors.grid} />
                <XAxis dataKey="day" type="number" domain={['dataMin', 'dataMax']} tick={tick(colors)} ticks={ticks} tickFormatter={(v: number) => String(new Date(v * dayMs).getUTCFullYear())} tickLine={false} axisLine={{ stroke: colors.grid }} />
                <YAxis tick={tick(colors)} width={40} axisLine={false} tickLine={false} tickFormatter={(v: number) => formatNumber(v, lng, 0)} domain={['auto', 'auto']} />
                <ReferenceLine y={i.targetValue ?? undefined} stroke={colors.grid} />
                <Line dataKey="path" connectNulls stroke={colors.path} strokeDasharray="5 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
                <Line dataKey="value" connectNulls stroke={i.status === 'behind' ? colors.gap : colors.accent} strokeWidth={2} dot={{ r: 2.5, fill: i.status === 'behind' ? colors.gap : colors.accent }} isAnimationActive={false} />
              </LineChart>
            </div>
          );
        })}
      </div>
      <p className="chart-note">{t('charts.indicators.key')}</p>
    </ChartCard>
  );
}
