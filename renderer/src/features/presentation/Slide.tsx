import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetCharts, type AgendaChart, type VoteCount } from '../../../../shared/schemas/agenda';
import { gapsCapacity } from '../../../../shared/domain/wall';
import { engagementLevels, helixes, type EngagementLevel } from '../../../../shared/schemas/enums';
import { formatCount } from '../../../../shared/domain/format';
import { formatCompactCents } from '../../components/charts/format';
import { gapsCountText, voteResultTitle } from '../../../../shared/domain/statements/slides';
import { WarningIcon } from '../../components/icons';
import { WallChart } from './wall/WallChart';
import { useChartContext, type SlideSpec } from './use-present';
import './presentation.css';
import { useListItems } from '../../api/use-queries';

function Loading() {
  const { t } = useTranslation();
  return <p className="slide__muted">{t('presentation.loading')}</p>;
}

function ChartSlide({ chart, sectorIds, title, publicMode }: { chart: AgendaChart; sectorIds: string[]; title: string; publicMode: boolean }) {
  const { t } = useTranslation();
  const c = useChartContext(sectorIds);
  if (publicMode && budgetCharts.has(chart)) return <p className="slide__hidden">{t('presentation.budgetHidden')}</p>;
  if (!c) return <Loading />;
  return (
    <div className="slide__chart" inert>
      <WallChart chart={chart} c={c} title={title} />
    </div>
  );
}

const deep: ReadonlySet<EngagementLevel> = new Set(['involved', 'committed', 'leading']);

function SectorProfile({ sectorId, publicMode }: { sectorId: string; publicMode: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ids = useMemo(() => [sectorId], [sectorId]);
  const c = useChartContext(ids);
  const stakeholders = useListItems('stakeholders');
  if (!c) return <Loading />;
  const { d } = c;
  const levels = d.coverage.levels.find((l) => l.sectorId === sectorId);
  const engaged = levels ? engagementLevels.filter((l) => deep.has(l)).reduce((n, l) => n + (levels.counts[l] ?? 0), 0) : 0;
  const byHelix = new Map(helixes.map((h) => [h, d.coverage.cells.find((x) => x.sectorId === sectorId && x.helix === h)?.count ?? 0]));
  const leading = stakeholders
    .map((s) => ({ s, e: s.engagements.find((e) => e.sectorId === sectorId) }))
    .filter((x): x is { s: (typeof stakeholders)[number]; e: NonNullable<typeof x.e> } => !!x.e)
    .sort((a, b) => engagementLevels.indexOf(b.e.level) - engagementLevels.indexOf(a.e.level))
    .slice(0, 4);
  return (
    <div className="slide__profile">
      <dl className="slide__figures">
        <div>
          <dt>{t('presentation.profile.stakeholders')}</dt>
          <dd>{formatCount(levels?.total ?? 0, lng)}</dd>
        </div>
        <div>
          <dt>{t('presentation.profile.engaged')}</dt>
          <dd>{formatCount(engaged, lng)}</dd>
        </div>
        <div>
          <dt>{t('presentation.profile.actions')}</dt>
          <dd>{formatCount(d.actions.total, lng)}</dd>
        </div>
        <div>
          <dt>{t('presentation.profile.planned')}</dt>
          <dd>{publicMode ? <span className="slide__masked">{t('presentation.hiddenShort')}</span> : formatCompactCents(d.money.totals.planned, lng)}</dd>
        </div>
      </dl>
      <div className="slide__columns">
        <ul className="slide__helixes" aria-label={t('presentation.profile.helixes')}>
          {helixes.map((h) => (
            <li key={h} className={byHelix.get(h) ? '' : 'is-gap'}>
              <span>{t(`helix.${h}`)}</span>
              <strong>{byHelix.get(h) ? formatCount(byHelix.get(h)!, lng) : t('presentation.gap')}</strong>
            </li>
          ))}
        </ul>
        <ul className="slide__people" aria-label={t('presentation.profile.leading')}>
          {leading.map(({ s, e }) => (
            <li key={s.id}>
              <span className="slide__person">{s.name}</span>
              {/* Contacts never go on the wall: the presenter has them in the plan. */}
              <span className="slide__muted">{t(`engagement.${e.level}`)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function GapsSlide({ sectorIds, title }: { sectorIds: string[]; title: string }) {
  const { t, i18n } = useTranslation();
  const c = useChartContext(sectorIds);
  if (!c) return <Loading />;
  // The matrix slide's own list and count (d.coverage.gaps): the two slides always agree.
  const gaps = c.d.coverage.gaps;
  const shown = gaps.slice(0, gapsCapacity(title));
  const gapSectors = new Set(gaps.map((g) => g.sectorId)).size;
  return (
    <div className="slide__gaps">
      <p className="slide__big">
        {c.d.sectors.length ? <strong>{formatCount(gaps.length, i18n.language)}</strong> : null} <span>{gapsCountText(t, gaps.length, c.d.sectors.length, gapSectors)}</span>
      </p>
      <ul>
        {shown.map((g) => (
          <li key={`${g.sectorId}:${g.helix}`}>
            <WarningIcon className="slide__gap-icon" aria-hidden="true" />
            <span>
              <strong>{g.sectorName}</strong> {t('presentation.gaps.missing', { helix: t(`helix.${g.helix}`) })}
            </span>
          </li>
        ))}
      </ul>
      {gaps.length > shown.length ? <p className="slide__more">{t('presentation.gaps.more', { count: gaps.length - shown.length })}</p> : null}
    </div>
  );
}

const letter = (i: number) => String.fromCharCode(65 + i);

function VoteSlide({ options }: { options: string[] }) {
  return (
    <ol className="slide__options">
      {options.map((o, i) => (
        <li key={i}>
          <span className="slide__letter" aria-hidden="true">
            {letter(i)}
          </span>
          {o}
        </li>
      ))}
    </ol>
  );
}

function VoteResult({ votes }: { votes: VoteCount[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const total = votes.reduce((n, v) => n + v.count, 0);
  const max = Math.max(1, ...votes.map((v) => v.count));
  return (
    <div className="slide__result" role="img" aria-label={votes.map((v) => `${v.option}: ${v.count}`).join(', ')}>
      {votes.map((v, i) => (
        <div key={i} className="slide__bar-row">
          <span className="slide__bar-label">{v.option}</span>
          <span className="slide__bar-track">
            <span className={`slide__bar${v.count === max ? ' is-top' : ''}`} style={{ width: `${(v.count / max) * 100}%` }} />
          </span>
          <span className="slide__bar-value">{formatCount(v.count, lng)}</span>
        </div>
      ))}
      <p className="slide__muted">{t('presentation.vote.total', { count: total, n: formatCount(total, lng) })}</p>
    </div>
  );
}

/** One slide, 16:9, everything sized to the slide's width (container units): the same layout on any wall. */
export function Slide({ spec, index, count, publicMode, workshopTitle, id, stageWidth }: { spec: SlideSpec; index: number; count: number; publicMode: boolean; workshopTitle: string; id?: string; stageWidth?: number }) {
  const { t, i18n } = useTranslation();
  const { item } = spec;
  const title = spec.kind === 'voteResult' ? voteResultTitle(t, spec.votes!, i18n.language) : item.title;
  let body: ReactNode;
  if (spec.kind === 'chart' && item.chartId) body = <ChartSlide chart={item.chartId} sectorIds={item.sectorIds} title={title} publicMode={publicMode} />;
  else if (spec.kind === 'sectorProfile' && item.sectorIds[0]) body = <SectorProfile sectorId={item.sectorIds[0]} publicMode={publicMode} />;
  else if (spec.kind === 'gaps') body = <GapsSlide sectorIds={item.sectorIds} title={title} />;
  else if (spec.kind === 'vote') body = <VoteSlide options={item.options} />;
  else if (spec.kind === 'voteResult') body = <VoteResult votes={spec.votes!} />;
  return (
    <div className={`slide${stageWidth ? ' slide--fixed' : ''}`} data-slide={index + 1} data-kind={spec.kind}>
      <section className="slide__inner" aria-labelledby={id ? `${id}-title` : undefined}>
        {spec.kind === 'voteResult' ? <p className="slide__kicker">{item.title}</p> : null}
        <h1 className="slide__title" id={id ? `${id}-title` : undefined}>
          {title}
        </h1>
        <div className="slide__body">{body}</div>
        <footer className="slide__foot">
          <span>{workshopTitle}</span>
          {publicMode ? <span className="slide__public">{t('presentation.publicOn')}</span> : null}
          <span className="slide__count">{t('presentation.count', { n: index + 1, count })}</span>
        </footer>
      </section>
    </div>
  );
}

const STAGE = 1920;

/**
 * A slide for the presenter view: laid out at the wall's 1920 × 1080 and scaled down with a
 * transform. Its frame's size never depends on what is inside it, so a chart measuring itself
 * cannot start a resize loop (two windows of one app share a thread: a loop in the presenter's
 * window froze the audience's).
 */
export function ScaledSlide(props: Omit<Parameters<typeof Slide>[0], 'stageWidth'>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = Math.round(((el.getBoundingClientRect().width || STAGE) / STAGE) * 1000) / 1000;
      setScale((prev) => (prev === next ? prev : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div className="slide-scaled" ref={ref}>
      <div className="slide-scaled__stage" style={{ transform: `scale(${scale})` }}>
        <Slide {...props} stageWidth={STAGE} />
      </div>
    </div>
  );
}
