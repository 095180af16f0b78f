import { useMemo } from 'react';
import { compareText, formatCount } from '../../../../shared/domain/format';
import { isInternational } from '../../../../shared/domain/coverage';
import { mapStatement } from '../../../../shared/domain/statements/coverage';
import { ChartCard } from '../../components/charts/ChartCard';
import { useWidth } from '../../components/charts/useWidth';
import { clip, fitText } from '../../components/charts/format';
import { navigate } from '../../app/router';
import { networkScopes } from '../../../../shared/schemas/enums';
import { cardOf, countCell, font, textCell, type ChartContext } from './common';

/** International first: the scopes from the widest (global) to the narrowest (regional). */
const scopeRank = (scope: (typeof networkScopes)[number]) => networkScopes.length - networkScopes.indexOf(scope);

/**
 * The network map as an adjacency view: one row per network (international first), one column
 * per sector, a filled mark where the network serves the sector, members at the end. Unlike a
 * node-link picture it stays legible with 300 networks: it scrolls, and every row reads alone.
 * Loaded lazily (React.lazy) so the first paint of the Dashboard does not wait for it.
 */
export default function NetworkMapCard({ c }: { c: ChartContext }) {
  const { d, t, lng, colors } = c;
  const [ref, width] = useWidth<HTMLDivElement>();
  const nets = useMemo(
    () => [...d.networkMap.networks].sort((a, b) => scopeRank(a.scope) - scopeRank(b.scope) || compareText(a.name, b.name, lng)),
    [d.networkMap.networks, lng],
  );
  const shown = new Set(d.sectors.map((s) => s.id));
  const statement = mapStatement(c, nets);
  const labelW = Math.min(320, Math.floor(width * 0.42));
  const memberW = 64;
  const colW = Math.max(28, Math.floor((width - labelW - memberW) / Math.max(1, d.sectors.length)));
  const headH = 120;
  const rowH = 20;
  const w = labelW + colW * d.sectors.length + memberW;
  const h = headH + nets.length * rowH + 4;
  return (
    <ChartCard
      {...cardOf(c, 'network-map', statement, statement.subtitle)}
      wide
      interactive
      table={{
        columns: [{ label: t('charts.col.network') }, { label: t('charts.col.scope') }, { label: t('charts.col.sectors') }, { label: t('charts.col.members'), numeric: true }],
        rows: nets.map((n) => ({
          key: n.id,
          cells: [
            textCell(n.name),
            { shown: t(`scope.${n.scope}`), raw: t(`scope.${n.scope}`) },
            { shown: n.sectorIds.filter((id) => shown.has(id)).map((id) => c.sectorName(id)).join(', '), raw: n.sectorIds.filter((id) => shown.has(id)).map((id) => c.sectorName(id)).join('; ') },
            countCell(n.members, lng),
          ],
        })),
      }}
    >
      <div ref={ref} className="chart-box chart-box--scroll" tabIndex={0} role="region" aria-label={statement.title}>
        <svg className="chart-svg" width={w} height={h} viewBox={`0 0 ${w} ${h}`} fontFamily={font} role="group" aria-label={statement.summary}>
          {d.sectors.map((s, j) => {
            const x = labelW + j * colW + colW / 2;
            return (
              <text key={s.id} x={x} y={headH - 8} fontSize={12} fill={colors.muted} transform={`rotate(-40 ${x} ${headH - 8})`}>
                <title>{s.name}</title>
                {clip(s.name, 22)}
              </text>
            );
          })}
          <text x={w - 4} y={headH - 8} fontSize={12} textAnchor="end" fill={colors.muted}>
            {t('charts.col.members')}
          </text>
          {nets.map((n, i) => {
            const y = headH + i * rowH;
            return (
              // Pointer only: keyboard and screen-reader users have the table twin and the Networks list.
              <g key={n.id} className="map-row" onClick={() => navigate('networks', undefined, n.id)}>
                {i % 2 === 0 ? <rect x={0} y={y} width={w} height={rowH} fill={colors.surface} opacity={0.5} /> : null}
                <text x={0} y={y + 14} fontSize={12} fill={colors.text}>
                  <title>{n.name}</title>
                  <tspan fontWeight={600} fill={isInternational(n.scope) ? colors.accent : colors.muted}>{t(`charts.map.scopeShort.${n.scope}`)}</tspan>
                  {` ${fitText(n.name, labelW - 30, 12)}`}
                </text>
                {d.sectors.map((s, j) =>
                  n.sectorIds.includes(s.id) ? (
                    <rect key={s.id} x={labelW + j * colW + colW / 2 - 6} y={y + 4} width={12} height={12} rx={2} fill={colors.text} />
                  ) : (
                    <circle key={s.id} cx={labelW + j * colW + colW / 2} cy={y + 10} r={1.5} fill={colors.grid} />
                  ),
                )}
                <text x={w - 4} y={y + 14} fontSize={12} textAnchor="end" fill={colors.text}>
                  {formatCount(n.members, lng)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </ChartCard>
  );
}
