import { useTranslation } from 'react-i18next';
import { formatCount, formatNumber } from '../../../../../shared/domain/format';
import { bodyHeight, indicatorOrder, WALL, type WallFit } from '../../../../../shared/domain/wall';
import { niceTicks } from '../../../../../shared/domain/ticks';
import { overTimeStatement } from '../../../../../shared/domain/statements/coverage';
import { indicatorsStatement } from '../../../../../shared/domain/statements/progress';
import { CheckIcon, ClockIcon, WarningIcon } from '../../../components/icons';
import type { ChartContext } from '../../dashboard/common';
import { WallFrame } from './parts';

const dayMs = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;

/** Involved-or-deeper and all engaged over quarters: two lines named at their ends. */
export function WallOverTime({ c, title }: { c: ChartContext; title: string }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const series = d.engagementOverTime;
  const last = series[series.length - 1];
  const { summary } = overTimeStatement(c);
  // Drawn in slide pixels: the SVG's viewBox is the chart's box on a 1920 px wall.
  const W = WALL.width - 2 * WALL.padX;
  const H = Math.max(240, bodyHeight(title) - WALL.summary - 24);
  const left = 150;
  const right = 300;
  const top = 20;
  const bottom = 56;
  const ticks = niceTicks(0, Math.max(1, ...series.map((q) => q.engaged)), 5);
  const yMax = ticks[ticks.length - 1]!;
  const x = (i: number) => left + (i / Math.max(1, series.length - 1)) * (W - left - right);
  const y = (v: number) => top + (1 - v / yMax) * (H - top - bottom);
  const path = (k: 'involved' | 'engaged') => series.map((q, i) => `${i ? 'L' : 'M'} ${x(i).toFixed(1)} ${y(q[k]).toFixed(1)}`).join(' ');
  return (
    <WallFrame chart="engagementOverTime" summary={summary}>
      <svg className="wall__svg" viewBox={`0 0 ${W} ${H}`} role="presentation">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} className="wall__gridline" />
            <text x={left - 14} y={y(v) + 10} textAnchor="end" className="wall__axis">
              {formatCount(v, lng)}
            </text>
          </g>
        ))}
        {series.map((q, i) =>
          q.quarter.endsWith('Q1') ? (
            <text key={q.quarter} x={x(i)} y={H - 12} textAnchor="middle" className="wall__axis">
              {q.quarter.slice(0, 4)}
            </text>
          ) : null,
        )}
        <path d={path('engaged')} className="wall__line wall__line--engaged" />
        <path d={path('involved')} className="wall__line wall__line--involved" />
        {last ? (
          <>
            <text x={x(series.length - 1) + 14} y={y(last.engaged) + (last.engaged - last.involved < yMax * 0.08 ? -12 : 10)} className="wall__endlabel">
              {`${formatCount(last.engaged, lng)} ${t('charts.overTime.engagedShort')}`}
            </text>
            <text x={x(series.length - 1) + 14} y={y(last.involved) + (last.engaged - last.involved < yMax * 0.08 ? 30 : 10)} className="wall__endlabel wall__endlabel--strong">
              {`${formatCount(last.involved, lng)} ${t('charts.overTime.involvedShort')}`}
            </text>
          </>
        ) : null}
      </svg>
    </WallFrame>
  );
}

const statusIcon = { ahead: CheckIcon, onTrack: CheckIcon, behind: WarningIcon, noData: ClockIcon } as const;

/** Indicators as small multiples, behind target first: status word, latest against target, the path. */
export function WallIndicators({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const list = indicatorOrder(d.indicators).slice(0, fit.shown);
  const { summary } = indicatorsStatement(c);
  return (
    <WallFrame chart="indicators" summary={summary} fit={fit}>
      <div className="wall__multiples">
        {list.map((i) => {
          const Icon = statusIcon[i.status];
          const pts = [
            ...(i.baselineYear && i.baselineValue !== null ? [{ day: toDay(`${i.baselineYear}-12-31`), v: i.baselineValue, path: true }] : []),
            ...i.points.map((p) => ({ day: toDay(p.date), v: p.value, path: false })),
            ...(i.targetYear && i.targetValue !== null ? [{ day: toDay(`${i.targetYear}-12-31`), v: i.targetValue, path: true }] : []),
          ].sort((a, b) => a.day - b.day);
          const W = 520;
          const H = 110;
          const d0 = pts[0]?.day ?? 0;
          const d1 = pts[pts.length - 1]?.day ?? 1;
          const ticks = niceTicks(Math.min(0, ...pts.map((p) => p.v)), Math.max(1, ...pts.map((p) => p.v)), 3);
          const lo = ticks[0]!;
          const hi = ticks[ticks.length - 1]!;
          const px = (day: number) => 8 + ((day - d0) / Math.max(1, d1 - d0)) * (W - 16);
          const py = (v: number) => 8 + (1 - (v - lo) / Math.max(1e-9, hi - lo)) * (H - 16);
          const measured = pts.filter((p) => !p.path);
          const path = pts.filter((p) => p.path);
          return (
            <article key={i.id} className={`wall__indicator wall__indicator--${i.status}`}>
              <h2 className="wall__indicator-name">{i.name}</h2>
              <p className="wall__indicator-status">
                <Icon className="wall__icon" aria-hidden="true" />
                {t(`charts.indicators.status.${i.status}`)}
              </p>
              <p className="wall__indicator-figures">
                {i.latest ? (
                  <>
                    <strong>{formatNumber(i.latest.value, lng)}</strong>
                    {i.targetValue !== null ? ` / ${t('presentation.wall.indicators.target', { value: formatNumber(i.targetValue, lng) })}` : ''} {i.unit}
                  </>
                ) : (
                  t('presentation.wall.indicators.noMeasurements')
                )}
              </p>
              <svg className="wall__spark" viewBox={`0 0 ${W} ${H}`} role="presentation">
                {path.length === 2 ? <line x1={px(path[0]!.day)} y1={py(path[0]!.v)} x2={px(path[1]!.day)} y2={py(path[1]!.v)} className="wall__path" /> : null}
                {measured.length ? <polyline points={measured.map((p) => `${px(p.day).toFixed(1)},${py(p.v).toFixed(1)}`).join(' ')} className="wall__line wall__line--measured" /> : null}
                {measured.length ? <circle cx={px(measured[measured.length - 1]!.day)} cy={py(measured[measured.length - 1]!.v)} r={9} className="wall__dot" /> : null}
              </svg>
            </article>
          );
        })}
      </div>
    </WallFrame>
  );
}
