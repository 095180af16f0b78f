import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../../shared/schemas/enums';
import { formatCount, formatPercent } from '../../../../../shared/domain/format';
import { sumMoney } from '../../../../../shared/domain/money';
import { actionsStatement, moneySourceStatement, moneySummary, moneyYearStatement, moneyEstimateNote, isEstimate } from '../../../../../shared/domain/statements/progress';
import { wallTimelineSummary } from '../../../../../shared/domain/statements/wall';
import { timelineOrder, timelineShown, type WallFit } from '../../../../../shared/domain/wall';
import { moneyScale } from '../../../components/charts/format';
import { OWN_SOURCE_COLOURS, type ChartContext } from '../../dashboard/common';
import { Key, Row, Segment, StatusMark, WallFrame, u } from './parts';

/** Statuses drawn as segments; cancelled actions are counted in words beside the bar. */
const active: ActionStatus[] = ['late', 'running', 'planned', 'completed'];
const statusStyle = (s: ActionStatus) => ({ background: `var(--fill-${s})`, color: `var(--on-fill-${s})` });

export function WallActions({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const a = d.actions;
  const rows = [...a.bySector].sort((x, y) => y.total - x.total).slice(0, fit.shown);
  const max = Math.max(1, ...rows.map((r) => r.total - r.counts.cancelled));
  const { summary } = actionsStatement(c);
  return (
    <WallFrame chart="actionsBySector" summary={summary} fit={fit}>
      <Key items={active.map((s) => ({ key: s, label: t(`status.${s}`), style: statusStyle(s), icon: <StatusMark status={s} /> }))} />
      <div className="wall__rows">
        {rows.map((r) => {
          const live = r.total - r.counts.cancelled;
          return (
            <Row
              key={r.sectorId ?? 'none'}
              label={c.sectorName(r.sectorId)}
              value={formatCount(r.total, lng)}
              sub={r.counts.cancelled ? t('presentation.wall.actions.cancelled', { count: r.counts.cancelled }) : undefined}
            >
              <span className="wall__stack" style={{ width: `${(live / max) * 100}%` }}>
                {active.map((s) => (
                  <Segment key={s} share={live ? r.counts[s] / live : 0} mark={`status-${s}`} style={statusStyle(s)} minShare={0.12 * (max / Math.max(1, live))}>
                    <StatusMark status={s} />
                    {formatCount(r.counts[s], lng)}
                  </Segment>
                ))}
              </span>
            </Row>
          );
        })}
      </div>
    </WallFrame>
  );
}

const moneyKinds = ['planned', 'committed', 'spent'] as const;
const moneyStyle = (k: (typeof moneyKinds)[number]) => ({ background: `var(--money-${k})` });

/** Planned, committed and spent as three thin bars of one hue, light to dark. */
function MoneyRows({ c, rows }: { c: ChartContext; rows: { key: string; label: string; planned: number; committed: number; spent: number }[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => Math.max(r.planned, r.committed)));
  const euros = moneyScale(max, c.lng);
  return (
    <>
      <Key items={moneyKinds.map((k) => ({ key: k, label: t(`charts.money.${k}`), style: moneyStyle(k) }))} />
      <div className="wall__rows">
        {rows.map((r) => (
          <Row
            key={r.key}
            label={r.label}
            value={euros(r.planned)}
            sub={t('presentation.wall.money.spentShare', { share: formatPercent(r.planned ? r.spent / r.planned : 0, c.lng) })}
          >
            <span className="wall__nested">
              {moneyKinds.map((k) => (
                <span key={k} className={`wall__bar wall__bar--${k}`} data-mark={`money-${k}`} style={{ width: `${(r[k] / max) * 100}%`, ...moneyStyle(k) }} />
              ))}
            </span>
          </Row>
        ))}
      </div>
    </>
  );
}

export function WallMoneySector({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const m = c.d.money;
  const rows = [...m.bySector].sort((a, b) => b.planned - a.planned).slice(0, fit.shown).map((r) => ({ ...r, key: r.sectorId ?? 'none', label: c.sectorName(r.sectorId) }));
  return (
    <WallFrame chart="moneyBySector" summary={moneySummary(c)} fit={fit}>
      <MoneyRows c={c} rows={rows} />
    </WallFrame>
  );
}

/** The four largest sources and "Other": never more than five rows or colours. */
export function WallMoneySource({ c }: { c: ChartContext }) {
  const { t } = useTranslation();
  const m = c.d.money;
  const ranked = [...m.bySource].sort((a, b) => c.sourceRank(a.fundingSourceId) - c.sourceRank(b.fundingSourceId));
  const own = ranked.slice(0, OWN_SOURCE_COLOURS);
  const rest = ranked.slice(OWN_SOURCE_COLOURS);
  const rows = [
    ...own.map((r) => ({ ...r, key: r.fundingSourceId, label: `${c.sourceName(r.fundingSourceId)} · ${formatPercent(r.share, c.lng)}` })),
    ...(rest.length ? [{ ...sumMoney(rest), key: 'other', label: `${t('presentation.wall.money.other', { count: rest.length })} · ${formatPercent(rest.reduce((n, r) => n + r.share, 0), c.lng)}` }] : []),
  ];
  return (
    <WallFrame chart="moneyBySource" summary={moneySourceStatement(c).summary}>
      <MoneyRows c={c} rows={rows} />
    </WallFrame>
  );
}

/** Columns per year, stacked by the four largest sources and "Other", the total on top. */
export function WallMoneyYear({ c }: { c: ChartContext }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const m = d.money;
  const used = d.fundingSources.filter((s) => m.byYear.some((y) => (y.bySource[s.id] ?? 0) > 0)).sort((a, b) => c.sourceRank(a.id) - c.sourceRank(b.id));
  const own = used.filter((s) => c.sourceRank(s.id) < OWN_SOURCE_COLOURS);
  const rest = used.filter((s) => c.sourceRank(s.id) >= OWN_SOURCE_COLOURS);
  const series = [
    ...own.map((s, i) => ({ key: s.id, label: c.sourceName(s.id), fill: `var(--source-${i + 1})`, of: (y: (typeof m.byYear)[number]) => y.bySource[s.id] ?? 0 })),
    ...(rest.length ? [{ key: 'other', label: t('charts.moneyYear.other'), fill: 'var(--source-other)', of: (y: (typeof m.byYear)[number]) => rest.reduce((n, s) => n + (y.bySource[s.id] ?? 0), 0) }] : []),
  ];
  const max = Math.max(1, ...m.byYear.map((y) => y.planned));
  const euros = moneyScale(max, lng);
  const { summary } = moneyYearStatement(c);
  return (
    <WallFrame chart="moneyByYear" summary={`${summary} ${moneyEstimateNote(c)}`}>
      <Key items={series.map((s) => ({ key: s.key, label: s.label, style: { background: s.fill } }))} />
      <div className="wall__years">
        {m.byYear.map((y) => (
          <div key={y.year} className="wall__year">
            <span className="wall__year-total">{euros(y.planned)}</span>
            <span className="wall__year-stack" style={{ height: `${(y.planned / max) * 100}%` }}>
              {series.map((s) => {
                const v = s.of(y);
                return v > 0 ? <span key={s.key} className="wall__year-seg" data-mark={`source-${s.key === 'other' ? 'other' : series.indexOf(s) + 1}`} style={{ height: `${(v / Math.max(1, y.planned)) * 100}%`, background: s.fill }} /> : null;
              })}
            </span>
            <span className="wall__year-label">
              {y.year}
              {isEstimate(y) ? <span className="wall__year-estimate">({t('charts.moneyYear.marker')})</span> : null}
            </span>
          </div>
        ))}
      </div>
    </WallFrame>
  );
}

const dayMs = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;

/** Actions as bars over the years, late first; status word and icon on each bar; a neutral "today". */
export function WallTimeline({ c, fit, cap }: { c: ChartContext; fit: WallFit; cap: number }) {
  const { t } = useTranslation();
  const { d } = c;
  const tl = d.timeline;
  const shown = new Set(timelineShown(tl.rows, cap).map((r) => r.id));
  const order = new Map(d.sectors.map((s, i) => [s.id, i]));
  const rows = timelineOrder(tl.rows.filter((r) => shown.has(r.id))).sort((a, b) => (order.get(a.sectorId ?? '') ?? 999) - (order.get(b.sectorId ?? '') ?? 999));
  const start = toDay(`${d.plan.periodStart}-01-01`);
  const end = toDay(`${d.plan.periodEnd + 1}-01-01`);
  const min = Math.min(start, ...rows.map((r) => toDay(r.startDate)));
  const max = Math.max(end, ...rows.map((r) => toDay(r.endDate)));
  const pos = (day: number) => `${((day - min) / Math.max(1, max - min)) * 100}%`;
  // A tick every year, or every few years when an action runs for decades: at most about ten labels.
  const y0 = new Date(min * dayMs).getUTCFullYear();
  const y1 = new Date(max * dayMs).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
  const years: number[] = [];
  for (let y = y0; y <= y1; y += step) years.push(y);
  const summary = wallTimelineSummary(c);
  const heads = rows.map((r, i) => i === 0 || rows[i - 1]!.sectorId !== r.sectorId);
  const today = toDay(d.today);
  return (
    <WallFrame chart="timeline" summary={summary} fit={{ ...fit, shown: rows.length, total: tl.total }}>
      <div className="wall__timeline">
        <div className="wall__row wall__row--axis">
          <div className="wall__label" />
          <div className="wall__track wall__track--axis">
            {years.map((y) => (
              <span key={y} className="wall__tick" style={{ left: pos(toDay(`${y}-01-01`)) }}>
                {toDay(`${y}-01-01`) + 200 < max ? y : ''}
              </span>
            ))}
            <span className="wall__today-label" style={{ left: pos(today) }}>
              {t('charts.timeline.today')}
            </span>
          </div>
        </div>
        {rows.map((r, i) => {
          const head = heads[i];
          const left = (toDay(r.startDate) - min) / Math.max(1, max - min);
          const width = Math.max(0.01, (toDay(r.endDate) + 1 - toDay(r.startDate)) / Math.max(1, max - min));
          const inside = width > 0.22;
          return (
            <div key={r.id} className="wall__tl">
              {head ? <h2 className="wall__tl-sector">{c.sectorName(r.sectorId)}</h2> : null}
              <div className="wall__row wall__row--tl">
                <div className={`wall__label${r.derivedStatus === 'cancelled' ? ' is-cancelled' : ''}`}>{r.title}</div>
                <div className="wall__track wall__track--tl">
                  {years.map((y) => (
                    <span key={y} className="wall__grid-line" style={{ left: pos(toDay(`${y}-01-01`)) }} />
                  ))}
                  <span className="wall__tl-bar" {...(r.derivedStatus === 'cancelled' ? { 'data-pattern': 'cancelled' } : { 'data-mark': `status-${r.derivedStatus}` })} style={{ left: `${left * 100}%`, width: `${width * 100}%`, ...statusStyle(r.derivedStatus) }}>
                    {inside ? (
                      <>
                        <StatusMark status={r.derivedStatus} />
                        {t(`status.${r.derivedStatus}`)}
                      </>
                    ) : null}
                  </span>
                  {!inside ? (
                    <span className={`wall__tl-after${left + width > 0.7 ? ' is-before' : ''}`} style={left + width > 0.7 ? { right: `calc(${100 - left * 100}% + ${u(8)})` } : { left: `calc(${(left + width) * 100}% + ${u(8)})` }}>
                      <StatusMark status={r.derivedStatus} />
                      {t(`status.${r.derivedStatus}`)}
                    </span>
                  ) : null}
                  <span className="wall__today" style={{ left: pos(today) }} />
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </WallFrame>
  );
}
