import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import { engagementLevels, helixes, networkScopes, type Helix } from '../../../../shared/schemas/enums';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { isInternational } from '../../../../shared/domain/coverage';
import { coverageStatement, helixGapText, levelsStatement, networkGapText, networkStatement, noGapsText, overTimeStatement, stakeholderStatement } from '../../../../shared/domain/statements/coverage';
import { ChartCard } from '../../components/charts/ChartCard';
import { SwatchKey } from '../../components/charts/SwatchKey';
import { Matrix } from '../../components/charts/Matrix';
import { useWidth } from '../../components/charts/useWidth';
import { clip } from '../../components/charts/format';
import { WarningIcon } from '../../components/icons';
import { href, navigate } from '../../app/router';
import { cardOf, countCell, font, textCell, tick, type ChartContext } from './common';

const helixText: Record<Helix, string> = { business: '#ffffff', academia: '#000000', public: '#000000', civil: '#000000' };

/** The ramp key: six steps, aware → leading. */
function RampKey({ c }: { c: ChartContext }) {
  return (
    <div className="ramp-key">
      <span className="ramp-key__label">{c.t('charts.coverage.rampKey')}</span>
      <ul className="ramp-key__steps">
        {engagementLevels.map((l) => (
          <li key={l}>
            <span className="ramp-key__swatch" style={{ background: c.colors.ramp[l] }} aria-hidden="true" />
            {c.t(`engagement.${l}`)}
          </li>
        ))}
        <li>
          <span className="ramp-key__swatch ramp-key__swatch--gap" aria-hidden="true" />
          {c.t('charts.coverage.gapKey')}
        </li>
      </ul>
    </div>
  );
}

/** The gaps beside a matrix, each a link to the list that would fill it; or a line saying there are none. */
function GapList({ title, none, gaps }: { title: string; none: string; gaps: { key: string; href: string; text: string }[] }) {
  return (
    <div className="gap-list">
      <h4 className="gap-list__title">{title}</h4>
      {gaps.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul>
          {gaps.map((g) => (
            <li key={g.key}>
              <WarningIcon size={16} className="icon gap-icon" aria-hidden="true" />
              <a href={g.href}>{g.text}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CoverageMatrixCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const cov = d.coverage;
  const cells = new Map(cov.cells.map((x) => [`${x.sectorId}|${x.helix}`, x]));
  const gapText = (g: { sectorName: string; helix: Helix }) => helixGapText(c, g);
  const statement = coverageStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'coverage-matrix', statement, t('charts.coverage.subtitle'))}
      interactive
      aside={<GapList title={t('charts.coverage.gapsTitle')} none={noGapsText(c, 'coverage')} gaps={cov.gaps.map((g) => ({ key: `${g.sectorId}-${g.helix}`, href: href('stakeholders', { sector: g.sectorId, helix: g.helix }), text: gapText(g) }))} />}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...d.helixes.map((h) => ({ label: t(`helix.${h}`), numeric: true }))],
        rows: d.sectors.map((s) => ({
          key: s.id,
          cells: [
            textCell(s.name),
            ...d.helixes.map((h) => {
              const x = cells.get(`${s.id}|${h}`);
              const n = x?.count ?? 0;
              return {
                shown: n === 0 ? t('charts.coverage.none') : `${formatCount(n, lng)} (${t(`engagement.${x!.topLevel!}`)})`,
                raw: n,
              };
            }),
          ],
        })),
      }}
    >
      <Matrix
        label={statement.summary}
        colors={colors}
        rows={d.sectors.map((s) => ({ id: s.id, label: s.name }))}
        columns={d.helixes.map((h) => ({ id: h, label: t(`helix.${h}`), chip: { fill: colors.helix[h], letter: t(`helixLetter.${h}`), text: helixText[h] } }))}
        cell={(sectorId, h) => {
          const x = cells.get(`${sectorId}|${h}`);
          const level = x?.topLevel ?? null;
          const name = c.sectorName(sectorId);
          return {
            count: x?.count ?? 0,
            gap: !level,
            fill: level ? colors.ramp[level] : 'none',
            mark: level ? `level-${level}` : undefined,
            text: level ? colors.onRamp[level] : colors.text,
            href: href('stakeholders', { sector: sectorId, helix: h }),
            label: level
              ? t('charts.coverage.cell', { sector: name, helix: t(`helix.${h}`), count: x!.count, level: t(`engagement.${level}`) })
              : gapText({ sectorName: name, helix: h as Helix }),
          };
        }}
        footer={<RampKey c={c} />}
      />
    </ChartCard>
  );
}

export function NetworkMatrixCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const n = d.networks;
  const counts = new Map(n.cells.map((x) => [`${x.sectorId}|${x.scope}`, x.count]));
  const without = new Set(n.withoutInternational.map((s) => s.id));
  const scopes = networkScopes;
  const gapText = (name: string) => networkGapText(c, name);
  const statement = networkStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'network-matrix', statement, t('charts.networks.subtitle'))}
      interactive
      aside={<GapList title={t('charts.networks.gapsTitle')} none={noGapsText(c, 'networks')} gaps={n.withoutInternational.map((s) => ({ key: s.id, href: href('networks', { sector: s.id }), text: gapText(s.name) }))} />}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...scopes.map((s) => ({ label: t(`scope.${s}`), numeric: true }))],
        rows: d.sectors.map((s) => ({
          key: s.id,
          cells: [textCell(s.name), ...scopes.map((sc) => countCell(counts.get(`${s.id}|${sc}`) ?? 0, lng))],
        })),
      }}
    >
      <Matrix
        label={statement.summary}
        colors={colors}
        rows={d.sectors.map((s) => ({ id: s.id, label: s.name }))}
        columns={scopes.map((s) => ({ id: s, label: t(`scope.${s}`) }))}
        cell={(sectorId, scope) => {
          const count = counts.get(`${sectorId}|${scope}`) ?? 0;
          const gap = count === 0 && isInternational(scope as (typeof scopes)[number]) && without.has(sectorId);
          return {
            count,
            gap,
            fill: count > 0 ? colors.surface : 'none',
            text: count > 0 ? colors.text : colors.muted,
            href: href('networks', { sector: sectorId, scope }),
            label: gap ? gapText(c.sectorName(sectorId)) : t('charts.networks.cell', { sector: c.sectorName(sectorId), scope: t(`scope.${scope}`), count }),
          };
        }}
      />
    </ChartCard>
  );
}

export function StakeholderBaseCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const s = d.stakeholders;
  const rows = helixes
    .flatMap((h) => s.byHelixType.filter((r) => r.helix === h).sort((a, b) => b.count - a.count))
    .map((r) => ({ ...r, label: `${t(`helixLetter.${r.helix}`)} · ${t(`stakeholderType.${r.type}`)}` }));
  const statement = stakeholderStatement(c);
  const height = 24 + rows.length * 24;
  return (
    <ChartCard
      {...cardOf(c, 'stakeholder-base', statement, t('charts.stakeholders.subtitle'))}
      table={{
        columns: [{ label: t('charts.col.helix') }, { label: t('charts.col.type') }, { label: t('charts.col.count'), numeric: true }],
        rows: rows.map((r) => ({
          key: `${r.helix}-${r.type}`,
          cells: [
            { shown: t(`helix.${r.helix}`), raw: t(`helix.${r.helix}`) },
            { shown: t(`stakeholderType.${r.type}`), raw: t(`stakeholderType.${r.type}`) },
            countCell(r.count, lng),
          ],
        })),
      }}
    >
      <div ref={ref} className="chart-box">
        <BarChart width={width} height={height} data={rows} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
          <CartesianGrid horizontal={false} stroke={colors.grid} />
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={Math.min(260, Math.floor(width * 0.45))} tick={tick(colors)} tickLine={false} axisLine={false} interval={0} />
          <Bar
            dataKey="count"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(e) => {
              const r = (e as { payload?: (typeof rows)[number] }).payload;
              if (r) navigate('stakeholders', { helix: r.helix });
            }}
            shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: (typeof rows)[number] }) => (
              <rect x={props.x} y={props.y} width={props.width} height={props.height} rx={2} fill={colors.helix[props.payload!.helix]} stroke={colors.outline} />
            )}
          >
            <LabelList dataKey="count" position="right" fill={colors.text} fontSize={12} formatter={(v) => formatCount(Number(v), lng)} />
          </Bar>
        </BarChart>
      </div>
    </ChartCard>
  );
}

export function EngagementLevelsCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = d.coverage.levels.map((l) => ({
    sectorId: l.sectorId,
    label: clip(c.sectorName(l.sectorId), 34),
    total: l.total,
    ...Object.fromEntries(engagementLevels.map((lv) => [lv, l.total ? l.counts[lv] / l.total : 0])),
  }));
  const statement = levelsStatement(c);
  return (
    <ChartCard
      {...cardOf(c, 'engagement-levels', statement, t('charts.levels.subtitle'))}
      table={{
        columns: [{ label: t('charts.col.sector') }, ...engagementLevels.map((l) => ({ label: t(`engagement.${l}`), numeric: true }))],
        rows: d.coverage.levels.map((l) => ({
          key: l.sectorId,
          cells: [textCell(c.sectorName(l.sectorId)), ...engagementLevels.map((lv) => (countCell(l.counts[lv], lng)))],
        })),
      }}
    >
      <div ref={ref} className="chart-box">
        <BarChart width={width} height={28 + rows.length * 30} data={rows} layout="vertical" stackOffset="expand" margin={{ top: 4, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
          <XAxis type="number" hide domain={[0, 1]} />
          <YAxis type="category" dataKey="label" width={Math.min(220, Math.floor(width * 0.4))} tick={tick(colors)} tickLine={false} axisLine={false} interval={0} />
          {engagementLevels.map((l) => (
            <Bar
              key={l}
              dataKey={l}
              stackId="levels"
              fill={colors.ramp[l]}
              stroke={colors.bg}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(e) => {
                const r = (e as { payload?: (typeof rows)[number] }).payload;
                if (r) navigate('stakeholders', { sector: r.sectorId });
              }}
            />
          ))}
        </BarChart>
        <RampKeyInline c={c} />
      </div>
    </ChartCard>
  );
}

function RampKeyInline({ c }: { c: ChartContext }) {
  return <SwatchKey className="ramp-key__steps ramp-key__steps--inline" items={engagementLevels.map((l) => ({ key: l, colour: c.colors.ramp[l], label: c.t(`engagement.${l}`) }))} />;
}

export function EngagementOverTimeCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const series = d.engagementOverTime;
  const statement = overTimeStatement(c);
  const lastIndex = series.length - 1;
  const endLabel = (key: 'involved' | 'engaged', word: string) =>
    function EndLabel(props: { x?: number | string; y?: number | string; index?: number; value?: unknown }) {
      if (props.index !== lastIndex) return null;
      return (
        <text x={Number(props.x) + 6} y={Number(props.y) + 4} fontSize={12} fill={key === 'involved' ? colors.text : colors.muted}>
          {`${formatCount(Number(props.value), lng)} ${word}`}
        </text>
      );
    };
  return (
    <ChartCard
      {...cardOf(c, 'engagement-over-time', statement, statement.subtitle)}
      table={{
        columns: [{ label: t('charts.col.quarter') }, { label: t('charts.col.quarterEnd') }, { label: t('charts.overTime.involved'), numeric: true }, { label: t('charts.overTime.engaged'), numeric: true }],
        rows: series.map((q) => ({
          key: q.quarter,
          cells: [
            { shown: q.quarter.replace('-', ' '), raw: q.quarter },
            { shown: formatDate(q.end, lng), raw: q.end },
            countCell(q.involved, lng),
            countCell(q.engaged, lng),
          ],
        })),
      }}
    >
      <div ref={ref} className="chart-box">
        <LineChart width={width} height={220} data={series} margin={{ top: 12, right: 130, bottom: 4, left: 0 }} accessibilityLayer={false} style={{ fontFamily: font }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis dataKey="quarter" tick={tick(colors)} tickFormatter={(q: string) => (q.endsWith('Q1') ? q.slice(0, 4) : '')} interval={0} tickLine={false} axisLine={{ stroke: colors.grid }} />
          <YAxis tick={tick(colors)} allowDecimals={false} width={36} axisLine={false} tickLine={false} domain={[0, 'auto']} />
          <Line dataKey="engaged" stroke={colors.muted} strokeWidth={1.5} strokeDasharray="4 3" dot={false} isAnimationActive={false} label={endLabel('engaged', t('charts.overTime.engagedShort'))} />
          <Line dataKey="involved" stroke={colors.accent} strokeWidth={2.5} dot={false} isAnimationActive={false} label={endLabel('involved', t('charts.overTime.involvedShort'))} />
        </LineChart>
      </div>
    </ChartCard>
  );
}
