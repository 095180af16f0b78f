import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { formatCents, formatNumber, formatPercent } from '../../../../shared/domain/format';
import { isEstimate, moneyEstimateNote, moneySectorStatement, moneySourceStatement, moneyYearStatement } from '../../../../shared/domain/statements/progress';
import { ChartCard } from '../../components/charts/ChartCard';
import { SwatchKey } from '../../components/charts/SwatchKey';
import { useWidth } from '../../components/charts/useWidth';
import { categoryAxis, moneyScale } from '../../components/charts/format';
import { usePrint } from '../../components/charts/medium';
import { navigate } from '../../app/router';
import { cardOf, font, onRow, OWN_SOURCE_COLOURS, textCell, tick, type ChartContext } from './common';

const moneyKinds = ['planned', 'committed', 'spent'] as const;

function MoneyKey({ c }: { c: ChartContext }) {
  return <SwatchKey className="money-key" items={moneyKinds.map((k) => ({ key: k, colour: c.colors.money[k], label: c.t(`charts.money.${k}`) }))} />;
}

/** "planned, committed": the figures of a year that hold estimates, in words (the tables' and exports' estimate column). */
const estimatedKinds = (c: ChartContext, y: Parameters<typeof isEstimate>[0]) =>
  moneyKinds.filter((k) => isEstimate(y, k)).map((k) => c.t(`charts.money.${k}`).toLocaleLowerCase(c.lng)).join(', ');

const moneyColumns = (c: ChartContext) => moneyKinds.map((k) => ({ label: c.t(`charts.money.${k}`), numeric: true }));
const moneyCells = (c: ChartContext, m: { planned: number; committed: number; spent: number }) => moneyKinds.map((k) => ({ shown: formatCents(m[k], c.lng, 0), raw: m[k] / 100 }));

/** Planned, committed and spent as light, medium and dark bars of one hue, one group per row. */
function MoneyBars({ c, rows, onClick, labelWidth }: { c: ChartContext; rows: { key: string; label: string; planned: number; committed: number; spent: number }[]; onClick: (key: string) => void; labelWidth: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { colors, lng } = c;
  const axis = categoryAxis(rows.map((r) => r.label), width, { least: Math.min(labelWidth, 160) });
  const euros = moneyScale(Math.max(0, ...rows.map((r) => Math.max(r.planned, r.committed, r.spent))), lng);
  return (
    <div ref={ref} className="chart-box">
      <MoneyKey c={c} />
      <BarChart width={width} height={30 + rows.length * 46} data={rows} layout="vertical" barGap={1} barCategoryGap={8} margin={{ top: 4, right: 76, bottom: 4, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
        <CartesianGrid horizontal={false} stroke={colors.grid} />
        <XAxis type="number" tick={tick(colors)} tickFormatter={(v: number) => euros(v)} axisLine={false} tickLine={false} />
        <YAxis type="category" dataKey="label" width={axis.width} tickFormatter={axis.format} tick={tick(colors)} tickLine={false} axisLine={false} interval={0} />
        {moneyKinds.map((k) => (
          <Bar
            key={k}
            dataKey={k}
            className={`mark-money-${k}`}
            fill={colors.money[k]}
            stroke={colors.outline}
            isAnimationActive={false}
            cursor="pointer"
            onClick={onRow<(typeof rows)[number]>((r) => onClick(r.key))}
          >
            {k === 'planned' ? <LabelList dataKey="planned" position="right" fill={colors.text} fontSize={11} formatter={(v) => euros(Number(v))} /> : null}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

export function MoneyBySectorCard({ c }: { c: ChartContext }) {
  const { d, t } = c;
  const m = d.money;
  const rows = m.bySector.map((r) => ({ key: r.sectorId ?? '', label: c.sectorName(r.sectorId), ...r }));
  const statement = moneySectorStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'money-by-sector', statement, t('charts.moneySector.subtitle'))}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...moneyColumns(c)],
        rows: m.bySector.map((r) => ({ key: r.sectorId ?? 'none', cells: [textCell(c.sectorName(r.sectorId)), ...moneyCells(c, r)] })),
        totals: { key: 'total', cells: [textCell(t('charts.col.total')), ...moneyCells(c, m.totals)] },
      }}
    >
      <MoneyBars c={c} rows={rows} labelWidth={220} onClick={(key) => navigate('actions', { sector: key || 'none' })} />
    </ChartCard>
  );
}

export function MoneyBySourceCard({ c }: { c: ChartContext }) {
  const { d, t, lng } = c;
  const m = d.money;
  const rows = [...m.bySource].sort((a, b) => b.planned - a.planned).map((r) => ({ key: r.fundingSourceId, label: `${c.sourceName(r.fundingSourceId)} · ${formatPercent(r.share, lng)}`, ...r }));
  const statement = moneySourceStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'money-by-source', statement, t('charts.moneySource.subtitle'))}
      table={{
        columns: [{ label: t('charts.col.source') }, ...moneyColumns(c), { label: t('charts.col.share'), numeric: true }],
        rows: rows.map((r) => ({
          key: r.key,
          cells: [textCell(c.sourceName(r.fundingSourceId)), ...moneyCells(c, r), { shown: formatPercent(r.share, lng), raw: Math.round(r.share * 1000) / 10 }],
        })),
        totals: { key: 'total', cells: [textCell(t('charts.col.total')), ...moneyCells(c, m.totals), { shown: formatPercent(rows.length ? 1 : 0, lng), raw: rows.length ? 100 : 0 }] },
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
  const statement = moneyYearStatement(c);
  const { period } = statement;
  return (
    <ChartCard
      {...cardOf(c, 'money-by-year', statement, print ? t('charts.moneyYear.subtitleThousands', { period }) : t('charts.moneyYear.subtitle', { period }))}
      wide
      note={moneyEstimateNote(c)}
      table={{
        columns: [{ label: t('charts.col.year') }, ...series.map((s) => ({ label: s.name, numeric: true })), ...moneyColumns(c), { label: t('charts.moneyYear.estimateColumn') }],
        rows: rows.map((r, i) => ({
          key: r.year,
          cells: [
            { shown: r.year, raw: Number(r.year) },
            ...series.map((s) => ({ shown: euros(Number(r[s.key as keyof typeof r] ?? 0)), raw: Number(r[s.key as keyof typeof r] ?? 0) / 100 })),
            ...moneyKinds.map((k) => ({
              shown: isEstimate(m.byYear[i]!, k) ? (
                <>
                  {euros(m.byYear[i]![k])} <span className="estimate-mark">({t('charts.moneyYear.marker')})</span>
                </>
              ) : (
                euros(m.byYear[i]![k])
              ),
              raw: m.byYear[i]![k] / 100,
            })),
            textCell(estimatedKinds(c, m.byYear[i]!)),
          ],
        })),
        totals: {
          key: 'total',
          cells: [
            textCell(t('charts.col.total')),
            ...series.map((s) => {
              const sum = rows.reduce((n, r) => n + Number(r[s.key as keyof typeof r] ?? 0), 0);
              return { shown: euros(sum), raw: sum / 100 };
            }),
            ...moneyKinds.map((k) => {
              const sum = m.byYear.reduce((n, y) => n + y[k], 0);
              return { shown: euros(sum), raw: sum / 100 };
            }),
            textCell(''),
          ],
        },
        wide: true,
      }}
    >
      <div ref={ref} className="chart-box">
        <SwatchKey className="money-key" items={series.map((s) => ({ key: s.key, colour: s.fill, label: s.name }))} />
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
              onClick={onRow<{ year: string }>((r) => navigate('actions', { year: r.year }))}
            >
              {i === series.length - 1 ? <LabelList dataKey="total" position="top" fill={colors.text} fontSize={11} formatter={(v) => scale(Number(v))} /> : null}
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartCard>
  );
}

