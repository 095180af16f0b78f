import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { actionStatuses } from '../../../../shared/schemas/enums';
import { formatCents, formatCount, formatDate, formatNumber, formatPercent, formatPeriod } from '../../../../shared/domain/format';
import { INDICATOR_TOLERANCE } from '../../../../shared/domain/progress';
import { statusText } from '../../../../shared/domain/statements/status';
import { actionsStatement, indicatorsStatement, moneySectorStatement, moneySourceStatement, moneyYearStatement, timelineStatement } from '../../../../shared/domain/statements/progress';
import { indicatorOrder } from '../../../../shared/domain/wall';
import { ChartCard } from '../../components/charts/ChartCard';
import { useWidth } from '../../components/charts/useWidth';
import { clip, moneyScale } from '../../components/charts/format';
import { usePrint } from '../../components/charts/medium';
import { StatusBadge } from '../../components/Badges';
import { CheckIcon, ClockIcon, WarningIcon } from '../../components/icons';
import { href, navigate } from '../../app/router';
import { font, OWN_SOURCE_COLOURS, tick, type ChartContext } from './common';

type Payload<T> = { payload?: T };

export function ActionsBySectorCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const a = d.actions;
  const rows = a.bySector.map((r) => ({ sectorId: r.sectorId, label: clip(c.sectorName(r.sectorId), 34), total: r.total, ...r.counts }));
  const { title, summary } = actionsStatement(c);
  return (
    <ChartCard
      id="actions-by-sector"
      title={title}
      subtitle={t('charts.actions.subtitle')}
      summary={summary}
      source={c.source}
      background={colors.bg}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...actionStatuses.map((s) => ({ label: t(`status.${s}`), numeric: true })), { label: t('charts.col.total'), numeric: true }],
        rows: a.bySector.map((r) => ({
          key: r.sectorId ?? 'none',
          cells: [
            { shown: c.sectorName(r.sectorId), raw: c.sectorName(r.sectorId) },
            ...actionStatuses.map((s) => ({ shown: formatCount(r.counts[s], lng), raw: r.counts[s] })),
            { shown: formatCount(r.total, lng), raw: r.total },
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
          <YAxis type="category" dataKey="label" width={Math.min(220, Math.floor(width * 0.4))} tick={tick(colors)} tickLine={false} axisLine={false} interval={0} />
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
              onClick={(e) => {
                const r = (e as Payload<(typeof rows)[number]>).payload;
                if (r) navigate('actions', { status: s, sector: r.sectorId ?? 'none' });
              }}
            >
              {i === actionStatuses.length - 1 ? <LabelList dataKey="total" position="right" fill={colors.text} fontSize={12} /> : null}
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartCard>
  );
}

function MoneyKey({ c }: { c: ChartContext }) {
  return (
    <ul className="money-key" aria-hidden="true">
      {(['planned', 'committed', 'spent'] as const).map((k) => (
        <li key={k}>
          <span className="ramp-key__swatch" style={{ background: c.colors.money[k] }} />
          {c.t(`charts.money.${k}`)}
        </li>
      ))}
    </ul>
  );
}

const moneyKinds = ['planned', 'committed', 'spent'] as const;
const moneyColumns = (c: ChartContext) => [
  { label: c.t('charts.money.planned'), numeric: true },
  { label: c.t('charts.money.committed'), numeric: true },
  { label: c.t('charts.money.spent'), numeric: true },
];
const moneyCells = (c: ChartContext, m: { planned: number; committed: number; spent: number }) =>
  (['planned', 'committed', 'spent'] as const).map((k) => ({ shown: formatCents(m[k], c.lng, 0), raw: m[k] / 100 }));

/** Planned, committed and spent as light, medium and dark bars of one hue, one group per row. */
function MoneyBars({ c, rows, onClick, labelWidth }: { c: ChartContext; rows: { key: string; label: string; planned: number; committed: number; spent: number }[]; onClick: (key: string) => void; labelWidth: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { colors, lng } = c;
  const euros = moneyScale(Math.max(0, ...rows.map((r) => Math.max(r.planned, r.committed, r.spent))), lng);
  return (
    <div ref={ref} className="chart-box">
      <MoneyKey c={c} />
      <BarChart width={width} height={30 + rows.length * 46} data={rows} layout="vertical" barGap={1} barCategoryGap={8} margin={{ top: 4, right: 76, bottom: 4, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
        <CartesianGrid horizontal={false} stroke={colors.grid} />
        <XAxis type="number" tick={tick(colors)} tickFormatter={(v: number) => euros(v)} axisLine={false} tickLine={false} />
        <YAxis type="category" dataKey="label" width={Math.min(labelWidth, Math.floor(width * 0.4))} tick={tick(colors)} tickLine={false} axisLine={false} interval={0} />
        {(['planned', 'committed', 'spent'] as const).map((k) => (
          <Bar
            key={k}
            dataKey={k}
            className={`mark-money-${k}`}
            fill={colors.money[k]}
            stroke={colors.outline}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(e) => {
              const r = (e as Payload<(typeof rows)[number]>).payload;
              if (r) onClick(r.key);
            }}
          >
            {k === 'planned' ? <LabelList dataKey="planned" position="right" fill={colors.text} fontSize={11} formatter={(v) => euros(Number(v))} /> : null}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

export function MoneyBySectorCard({ c }: { c: ChartContext }) {
  const { d, t, colors } = c;
  const m = d.money;
  const rows = m.bySector.map((r) => ({ key: r.sectorId ?? '', label: clip(c.sectorName(r.sectorId), 30), ...r }));
  const { title, summary } = moneySectorStatement(c);
  return (
    <ChartCard
      id="money-by-sector"
      title={title}
      subtitle={t('charts.moneySector.subtitle')}
      summary={summary}
      source={c.source}
      background={colors.bg}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...moneyColumns(c)],
        rows: m.bySector.map((r) => ({ key: r.sectorId ?? 'none', cells: [{ shown: c.sectorName(r.sectorId), raw: c.sectorName(r.sectorId) }, ...moneyCells(c, r)] })),
        totals: { key: 'total', cells: [{ shown: t('charts.col.total'), raw: t('charts.col.total') }, ...moneyCells(c, m.totals)] },
      }}
    >
      <MoneyBars c={c} rows={rows} labelWidth={220} onClick={(key) => navigate('actions', { sector: key || 'none' })} />
    </ChartCard>
  );
}

export function MoneyBySourceCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const m = d.money;
  const rows = [...m.bySource].sort((a, b) => b.planned - a.planned).map((r) => ({ key: r.fundingSourceId, label: `${clip(c.sourceName(r.fundingSourceId), 28)} · ${formatPercent(r.share, lng)}`, ...r }));
  const { title, summary } = moneySourceStatement(c);
  return (
    <ChartCard
      id="money-by-source"
      title={title}
      subtitle={t('charts.moneySource.subtitle')}
      summary={summary}
      source={c.source}
      background={colors.bg}
      table={{
        columns: [{ label: t('charts.col.source') }, ...moneyColumns(c), { label: t('charts.col.share'), numeric: true }],
        rows: rows.map((r) => ({
          key: r.key,
          cells: [{ shown: c.sourceName(r.fundingSourceId), raw: c.sourceName(r.fundingSourceId) }, ...moneyCells(c, r), { shown: formatPercent(r.share, lng), raw: Math.round(r.share * 1000) / 10 }],
        })),
        totals: { key: 'total', cells: [{ shown: t('charts.col.total'), raw: t('charts.col.total') }, ...moneyCells(c, m.totals), { shown: formatPercent(rows.length ? 1 : 0, lng), raw: rows.length ? 100 : 0 }] },
      }}
    >
      <MoneyBars c={c} rows={rows} labelWidth={240} onClick={() => navigate('actions')} />
    </ChartCard>
  );
}

export function MoneyByYearCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  // In print the table has nine columns: every figure in thousands of euros, said once in the caption.
  const print = usePrint();
  const euros = (cents: number) => (print ? formatNumber(cents / 100_000, lng, 0) : formatCents(cents, lng, 0));
  const [ref, width] = useWidth<HTMLDivElement>();
  const m = d.money;
  const scale = moneyScale(Math.max(0, ...m.byYear.map((y) => y.planned)), lng);
  const used = d.fundingSources.filter((s) => m.byYear.some((y) => (y.bySource[s.id] ?? 0) > 0)).sort((a, b) => c.sourceRank(a.id) - c.sourceRank(b.id));
  // At most five colours: the four largest sources, then the rest as "Other".
  const own = used.filter((s) => c.sourceRank(s.id) < OWN_SOURCE_COLOURS);
  const rest = used.filter((s) => c.sourceRank(s.id) >= OWN_SOURCE_COLOURS);
  const series = [...own.map((s) => ({ key: s.id, name: c.sourceName(s.id), fill: c.sourceColor(s.id) })), ...(rest.length ? [{ key: 'other', name: t('charts.moneyYear.other'), fill: colors.sourceOther }] : [])];
  const rows = m.byYear.map((y) => ({
    year: String(y.year),
    ...Object.fromEntries(own.map((s) => [s.id, y.bySource[s.id] ?? 0])),
    other: rest.reduce((n, s) => n + (y.bySource[s.id] ?? 0), 0),
    total: y.planned,
  }));
  const { title, summary, period } = moneyYearStatement(c);
  return (
    <ChartCard
      id="money-by-year"
      title={title}
      subtitle={print ? t('charts.moneyYear.subtitleThousands', { period }) : t('charts.moneyYear.subtitle', { period })}
      summary={summary}
      source={c.source}
      background={colors.bg}
      wide
      table={{
        columns: [{ label: t('charts.col.year') }, ...series.map((s) => ({ label: s.name, numeric: true })), ...moneyColumns(c)],
        rows: rows.map((r, i) => ({
          key: r.year,
          cells: [
            { shown: r.year, raw: Number(r.year) },
            ...series.map((s) => ({ shown: euros(Number(r[s.key as keyof typeof r] ?? 0)), raw: Number(r[s.key as keyof typeof r] ?? 0) / 100 })),
            ...moneyKinds.map((k) => ({ shown: euros(m.byYear[i]![k]), raw: m.byYear[i]![k] / 100 })),
          ],
        })),
        totals: {
          key: 'total',
          cells: [
            { shown: t('charts.col.total'), raw: t('charts.col.total') },
            ...series.map((s) => {
              const sum = rows.reduce((n, r) => n + Number(r[s.key as keyof typeof r] ?? 0), 0);
              return { shown: euros(sum), raw: sum / 100 };
            }),
            ...moneyKinds.map((k) => {
              const sum = m.byYear.reduce((n, y) => n + y[k], 0);
              return { shown: euros(sum), raw: sum / 100 };
            }),
          ],
        },
        wide: true,
      }}
    >
      <div ref={ref} className="chart-box">
        <ul className="money-key" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <span className="ramp-key__swatch" style={{ background: s.fill }} />
              {s.name}
            </li>
          ))}
        </ul>
        <BarChart width={width} height={260} data={rows} margin={{ top: 20, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false} style={{ fontFamily: font }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis dataKey="year" tick={tick(colors)} tickLine={false} axisLine={{ stroke: colors.grid }} />
          <YAxis tick={tick(colors)} tickFormatter={(v: number) => scale(v)} width={80} axisLine={false} tickLine={false} />
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              stackId="y"
              className={`mark-source-${s.key === 'other' ? 'other' : c.sourceRank(s.key) + 1}`}
              fill={s.fill}
              stroke={colors.bg}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(e) => {
                const r = (e as Payload<{ year: string }>).payload;
                if (r) navigate('actions', { year: r.year });
              }}
            >
              {i === series.length - 1 ? <LabelList dataKey="total" position="top" fill={colors.text} fontSize={11} formatter={(v) => scale(Number(v))} /> : null}
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartCard>
  );
}

const dayMs = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;

export function TimelineCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const tl = d.timeline;
  const start = toDay(`${d.plan.periodStart}-01-01`);
  const end = toDay(`${d.plan.periodEnd}-12-31`);
  const minDay = Math.min(start, ...tl.rows.map((r) => toDay(r.startDate)));
  const maxDay = Math.max(end, ...tl.rows.map((r) => toDay(r.endDate)));
  const labelW = Math.min(300, Math.floor(width * 0.36));
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
  const { title, summary } = timelineStatement(c);
  const maxChars = Math.floor(labelW / 6.6);
  return (
    <ChartCard
      id="timeline"
      title={title}
      subtitle={t('charts.timeline.subtitle', { period: formatPeriod(d.plan.periodStart, d.plan.periodEnd) })}
      summary={summary}
      source={c.source}
      background={colors.bg}
      wide
      interactive
      table={{
        columns: [{ label: t('charts.col.action') }, { label: t('charts.col.sector') }, { label: t('charts.col.status') }, { label: t('charts.col.start'), numeric: true }, { label: t('charts.col.end'), numeric: true }, { label: t('charts.col.milestones') }],
        rows: tl.rows.map((r) => ({
          key: r.id,
          cells: [
            { shown: r.title, raw: r.title },
            { shown: c.sectorName(r.sectorId), raw: c.sectorName(r.sectorId) },
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
        <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={font} role="group" aria-label={summary}>
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
                {clip(c.sectorName(g.sectorId), Math.floor(width / 7))}
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
                      {clip(r.title, maxChars)}
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
          <li>
            <svg width="12" height="14" className="icon">
              <path d="M 6 0 l 5 7 l -5 7 l -5 -7 z" fill={colors.text} />
            </svg>
            {t('charts.timeline.keyDone')}
          </li>
          <li>
            <svg width="12" height="14" className="icon">
              <path d="M 6 0 l 5 7 l -5 7 l -5 -7 z" fill={colors.bg} stroke={colors.text} />
            </svg>
            {t('charts.timeline.keyDue')}
          </li>
          <li>
            <svg width="12" height="14" className="icon">
              <path d="M 6 0 l 5 7 l -5 7 l -5 -7 z" fill={colors.gap} />
            </svg>
            {t('charts.timeline.keyOverdue')}
          </li>
          <li>
            <span className="ramp-key__swatch" style={{ background: colors.surface }} />
            {t('charts.timeline.keyPeriod')}
          </li>
        </ul>
      </div>
    </ChartCard>
  );
}

const statusIcon = { ahead: CheckIcon, onTrack: CheckIcon, behind: WarningIcon, noData: ClockIcon } as const;

export function IndicatorsCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const list = d.indicators;
  // Behind their path first: what needs attention leads, here and in the report's table.
  const charted = indicatorOrder(list.filter((i) => i.points.length > 0));
  const { title, summary } = indicatorsStatement(c);
  const [ref, width] = useWidth<HTMLDivElement>();
  const cols = width > 900 ? 3 : width > 560 ? 2 : 1;
  const cellW = Math.floor((width - (cols - 1) * 16) / cols);
  return (
    <ChartCard
      id="indicators"
      title={title}
      subtitle={t('charts.indicators.subtitle', { tolerance: formatPercent(INDICATOR_TOLERANCE, lng) })}
      summary={summary}
      source={c.source}
      background={colors.bg}
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
            { shown: i.name, raw: i.name },
            { shown: i.baselineValue === null ? '—' : `${formatNumber(i.baselineValue, lng)} (${i.baselineYear})`, raw: i.baselineValue },
            { shown: i.targetValue === null ? '—' : `${formatNumber(i.targetValue, lng)} (${i.targetYear})`, raw: i.targetValue },
            { shown: i.latest ? `${formatNumber(i.latest.value, lng)} (${formatDate(i.latest.date, lng)})` : '—', raw: i.latest?.value ?? null },
            { shown: i.expected === null ? '—' : formatNumber(i.expected, lng, 1), raw: i.expected === null ? null : Math.round(i.expected * 10) / 10 },
            { shown: t(`charts.indicators.status.${i.status}`), raw: t(`charts.indicators.status.${i.status}`) },
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
