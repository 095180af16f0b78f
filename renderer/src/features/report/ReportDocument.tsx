import { Fragment, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { engagementLevels, helixes, type EngagementLevel, type Helix } from '../../../../shared/schemas/enums';
import { formatCents, formatCount, formatDate, formatNumber, formatPercent, formatPeriod, sortByText } from '../../../../shared/domain/format';
import { INDICATOR_TOLERANCE } from '../../../../shared/domain/progress';
import { statusText } from '../../../../shared/domain/statements/status';
import { reportIntros, sectorHelixCounts, sectorNoIndicators } from '../../../../shared/domain/statements/report';
import type { ChartContext } from '../dashboard/common';
import { CoverageMatrixCard, NetworkMatrixCard } from '../dashboard/CoverageCharts';
import { ActionsBySectorCard, IndicatorsCard, MoneyBySectorCard, MoneyBySourceCard, MoneyByYearCard, TimelineCard } from '../dashboard/ProgressCharts';
import { attentionItems, nothingNeedsAttention } from '../../../../shared/domain/statements/attention';
import { indicatorOrder } from '../../../../shared/domain/wall';
import { actionMoney, appendixLetter, COMPACT_ROWS, DENSE_ROWS, engagedGroups, LARGEST_ACTIONS, largestActions, reportActions, reportIndicators, yearSpan } from '../../../../shared/report/model';
import { sumMoney } from '../../../../shared/domain/money';
import type { Money } from '../../../../shared/schemas/dashboard';
import type { ReportOptions } from '../../../../shared/report/paging';
import type { ReportData } from './use-report-data';

export interface TocEntry {
  unit: string;
  id: string;
  level: 1 | 2;
  number: string;
  title: string;
}

interface Props {
  data: ReportData;
  o: ReportOptions;
  t: TFunction;
  lng: string;
  c: ChartContext;
  today: string;
  /** Start page per unit (null until measured). */
  pages: Record<string, number> | null;
}

const levelRank = (l: EngagementLevel) => engagementLevels.indexOf(l);

/** A real table with a numbered caption, a repeating header and an optional totals row. */
function Table({ label, n, caption, head, rows, foot, className }: { label: (n: number) => string; n: number; caption: string; head: { label: string; num?: boolean; w?: string }[]; rows: { key: string; cells: ReactNode[] }[]; foot?: ReactNode[]; className?: string }) {
  return (
    <table className={`r-table${className ? ` ${className}` : ''}`}>
      <caption>
        <span className="r-caption__n">{label(n)}</span> {caption}
      </caption>
      <colgroup>
        {head.map((h, i) => (
          <col key={i} style={h.w ? { width: h.w } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={h.num ? 'num' : undefined}>
              {h.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className={head[i]?.num ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {foot ? (
        <tfoot>
          <tr>
            {foot.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className={head[i]?.num ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** The whole report as one document: cover, contents, numbered chapters, appendices. */
export function ReportDocument({ data, o, t, lng, c, today, pages }: Props) {
  const { plan, dashboard: d } = data;
  const has = (s: ReportOptions['sections'][number]) => o.sections.includes(s);
  const money = (cents: number) => formatCents(cents, lng, 0);
  const period = formatPeriod(plan.periodStart, plan.periodEnd);
  const sectorNames = new Map(data.allSectors.map((s) => [s.id, s.name]));
  const sourceName = (id: string) => {
    const s = data.sources.find((x) => x.id === id);
    return !s ? '' : s.kind === 'custom' ? s.name : t(`fundingKind.${s.kind}`);
  };

  // What the filters leave in.
  const actions = reportActions(data.actions, o, (id) => data.lines.get(id));
  const moneyOf = (a: (typeof actions)[number]): Money =>
    o.sourceIds.length ? actionMoney(a.id, data.lines.get(a.id) ?? [], o.sourceIds) : { planned: a.plannedCents, committed: a.committedCents, spent: a.spentCents };
  const actionIds = new Set(actions.map((a) => a.id));
  const indicators = reportIndicators(data.indicators, o.sectorIds, actionIds);
  const dInd = new Map(d.indicators.map((i) => [i.id, i]));
  const inSectors = (ids: readonly string[]) => !o.sectorIds.length || ids.some((s) => o.sectorIds.includes(s));
  const stakeholders = data.stakeholders.filter((s) => inSectors(s.engagements.map((e) => e.sectorId)));
  const networks = data.networks.filter((n) => inSectors(n.sectorIds));
  const intros = reportIntros(
    t,
    { sectors: data.sectors.length, actions: actions.length, indicators: indicators.length, stakeholders: stakeholders.length, networks: networks.length },
    { sectors: o.sectorIds.length > 0, sources: o.sourceIds.length > 0, allSectors: data.allSectors.length },
  );

  // Units (each starts a page) and the contents.
  const toc: TocEntry[] = [];
  let chapter = 0;
  let figure = 0;
  let table = 0;
  const nextFigure = () => ++figure;
  const nextTable = () => ++table;
  const tableLabel = (n: number) => t('report.table', { n });
  const chapterEntry = (unit: string, key: string): TocEntry => {
    const e: TocEntry = { unit, id: `r-${key}`, level: 1, number: String(++chapter), title: t(`report.chapter.${key}`) };
    toc.push(e);
    return e;
  };

  const unitClass = (_unit: string) => 'r-unit';
  const pageOf = (unit: string) => pages?.[unit] ?? null;

  const h1 = (e: TocEntry) => (
    // A no-break space after the number: the PDF's outline is built from the laid-out text, where
    // Chromium drops an ordinary space between boxes and would glue "1Tiivistelmä".
    <h1 id={e.id} className="r-h1">
      <span className="r-num">{e.number}</span>{'\u00a0'}{e.title}
    </h1>
  );

  const chapters: ReactNode[] = [];

  if (has('summary')) {
    const e = chapterEntry('ch-summary', 'summary');
    const bySector = new Map(d.money.bySector.map((m) => [m.sectorId, m]));
    const attention = attentionItems(c);
    const shown = o.sectorIds.length ? data.allSectors.filter((s) => o.sectorIds.includes(s.id)) : data.allSectors;
    const figures = [
      { label: t('report.summary.sectors'), value: formatCount(shown.length, lng) },
      { label: t('report.summary.stakeholders'), value: formatCount(stakeholders.length, lng) },
      { label: t('report.summary.networks'), value: formatCount(networks.length, lng) },
      { label: t('report.summary.actions'), value: formatCount(actions.length, lng) },
      { label: t('report.summary.planned'), value: money(sumMoney(actions.map(moneyOf)).planned) },
    ];
    chapters.push(
      <section key={e.unit} className={unitClass(e.unit)} data-unit={e.unit} aria-labelledby={e.id}>
        {h1(e)}
        <section className="r-attention" aria-labelledby="r-attention">
          <h2 className="r-h2" id="r-attention">
            {t('report.summary.attention')}
          </h2>
          {attention.length ? (
            <ul>
              {attention.slice(0, 8).map((a) => (
                <li key={a.key}>
                  {a.text}
                  {a.detail?.length ? `: ${a.detail.slice(0, 3).join('; ')}` : ''}
                </li>
              ))}
              {attention.length > 8 ? <li>{t('report.summary.attentionMore', { count: attention.length - 8 })}</li> : null}
            </ul>
          ) : (
            <p>{nothingNeedsAttention(c)}</p>
          )}
        </section>
        <p className="r-lead">{t('report.summary.intro', { region: plan.region, period })}</p>
        <h2 className="r-h2">
          <span className="r-num">{e.number}.1</span>{'\u00a0'}{t('report.summary.vision')}
        </h2>
        {plan.vision ? <blockquote className="r-vision">{plan.vision}</blockquote> : <p className="r-muted">{t('report.summary.noVision')}</p>}
        <h2 className="r-h2">
          <span className="r-num">{e.number}.2</span>{'\u00a0'}{t('report.summary.keyFigures')}
        </h2>
        <dl className="r-figures">
          {figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        <Table
          label={tableLabel}
          n={nextTable()}
          caption={t('report.summary.glance')}
          head={[{ label: t('report.col.sector') }, { label: t('report.col.count'), num: true, w: '17%' }, { label: t('report.col.networksCount'), num: true, w: '15%' }, { label: t('report.col.actionsCount'), num: true, w: '17%' }, { label: t('report.col.planned'), num: true, w: '19%' }]}
          rows={shown.map((s) => ({
            key: s.id,
            cells: [s.name, formatCount(s.stakeholderCount, lng), formatCount(s.networkCount, lng), formatCount(s.actionCount, lng), money(bySector.get(s.id)?.planned ?? 0)],
          }))}
          foot={[t('report.actions.totals'), '', '', '', money(shown.reduce((n, s) => n + (bySector.get(s.id)?.planned ?? 0), 0))]}
        />
        <p className="r-note">{t('report.summary.split')}</p>
      </section>,
    );
  }

  if (has('sectors') && data.sectors.length) {
    const e = chapterEntry('ch-sectors', 'sectors');
    data.sectors.forEach((s, i) => {
      const unit = i === 0 ? e.unit : `sector-${s.id}`;
      const num = `${e.number}.${i + 1}`;
      const entry: TocEntry = { unit, id: `r-sector-${s.id}`, level: 2, number: num, title: s.name };
      toc.push(entry);
      let sub = 0;
      const h3 = (children: string) => {
        const n = `${num}.${++sub}`;
        return (
          <h3 className="r-h3">
            <span className="r-num">{n}</span>{'\u00a0'}{children}
          </h3>
        );
      };
      const engaged = [...s.engagements].sort(
        (a, b) => helixes.indexOf(a.stakeholder.helix) - helixes.indexOf(b.stakeholder.helix) || levelRank(b.level) - levelRank(a.level) || a.stakeholder.name.localeCompare(b.stakeholder.name, lng),
      );
      const perHelix = Object.fromEntries(helixes.map((h) => [h, engaged.filter((x) => x.stakeholder.helix === h).length])) as Record<Helix, number>;
      const perLevel = Object.fromEntries(engagementLevels.map((l) => [l, engaged.filter((x) => x.level === l).length])) as Record<EngagementLevel, number>;
      const sActions = actions.filter((a) => a.sectorIds.includes(s.id));
      const sIndicators = indicators.filter((x) => x.sectorId === s.id);
      const sMoney = d.money.bySector.find((m) => m.sectorId === s.id) ?? { planned: 0, committed: 0, spent: 0 };
      const classification = (['economicDomain', 'scientificDomain', 'policyObjective', 'naceCodes'] as const).filter((k) => s[k]);
      const body = (
        <Fragment key={s.id}>
          <h2 id={entry.id} className="r-h2 r-h2--sector">
            <span className="r-num">{num}</span>{'\u00a0'}{s.name}
          </h2>
          {s.description ? <p className="r-lead">{s.description}</p> : null}
          {h3(t('report.sector.rationale'))}
          <p>{s.rationale || <span className="r-muted">{t('report.sector.noRationale')}</span>}</p>
          {classification.length ? (
            <dl className="r-dl">
              {classification.map((k) => (
                <div key={k}>
                  <dt>{t(`report.sector.${k}`)}</dt>
                  <dd>{s[k]}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {h3(t('report.sector.stakeholders'))}
          <p>
            {sectorHelixCounts(t, perHelix, lng)}
          </p>
          {engaged.length > COMPACT_ROWS ? (
            <Table
              label={tableLabel}
              n={nextTable()}
              caption={t('report.sector.stakeholdersGroupedOf', { sector: s.name })}
              className="r-table--grouped"
              head={[{ label: t('report.col.helixLevel'), w: '22%' }, { label: t('report.col.count'), num: true, w: '14%' }, { label: t('report.col.names') }]}
              rows={engagedGroups(engaged).map((g) => ({
                key: `${g.helix}-${g.level}`,
                cells: [`${t(`helix.${g.helix}`)} · ${t(`engagement.${g.level}`)}`, formatCount(g.names.length, lng), g.names.join(', ')],
              }))}
            />
          ) : engaged.length ? (
            <Table
              label={tableLabel}
              n={nextTable()}
              caption={t('report.sector.stakeholdersOf', { sector: s.name })}
              head={[{ label: t('report.col.name') }, { label: t('report.col.helix'), w: '28%' }, { label: t('report.col.engagement'), w: '22%' }]}
              rows={engaged.map((x) => ({ key: x.stakeholderId, cells: [x.stakeholder.name, t(`helix.${x.stakeholder.helix}`), t(`engagement.${x.level}`)] }))}
            />
          ) : null}
          {h3(t('report.sector.engagement'))}
          <ul className="r-levels" aria-label={t('report.sector.engagementOf', { sector: s.name })}>
            {engagementLevels.map((l) => (
              <li key={l}>
                <span className="r-levels__n">{formatCount(perLevel[l], lng)}</span>
                <span className="r-levels__label">{t(`engagement.${l}`)}</span>
              </li>
            ))}
          </ul>
          {h3(t('report.sector.networks'))}
          {s.networks.length ? (
            <Table
          label={tableLabel}
              n={nextTable()}
              caption={t('report.sector.networksOf', { sector: s.name })}
              head={[{ label: t('report.col.name') }, { label: t('report.col.scope'), w: '18%' }, { label: t('report.col.membership'), w: '20%' }]}
              rows={s.networks.map((n) => ({ key: n.id, cells: [n.name, t(`scope.${n.scope}`), t(`membership.${n.membership}`)] }))}
            />
          ) : (
            <p className="r-muted">{t('report.sector.none')}</p>
          )}
          {h3(t('report.sector.actions'))}
          {sActions.length ? (
            <Table
          label={tableLabel}
              n={nextTable()}
              caption={
                sActions.length > COMPACT_ROWS
                  ? t('report.sector.actionsLargestOf', { sector: s.name, shown: LARGEST_ACTIONS, count: sActions.length, chapter: t('report.chapter.actions') })
                  : t('report.sector.actionsOfShare', { sector: s.name })
              }
              head={[{ label: t('report.col.action') }, { label: t('report.col.status'), w: '14%' }, { label: t('report.col.years'), w: '13%' }, { label: t('report.col.planned'), num: true, w: '17%' }, { label: t('report.col.sectorShare'), num: true, w: '17%' }]}
              rows={(sActions.length > COMPACT_ROWS ? largestActions(sActions, (a) => moneyOf(a).planned, LARGEST_ACTIONS, lng) : sActions).map((a) => ({ key: a.id, cells: [a.title, statusText(t, a, lng), yearSpan(a.startDate, a.endDate), money(moneyOf(a).planned), money(Math.round(moneyOf(a).planned / Math.max(1, a.sectorIds.length)))] }))}
              foot={[t('report.actions.totals'), '', '', money(sActions.reduce((n, a) => n + moneyOf(a).planned, 0)), money(sMoney.planned)]}
            />
          ) : (
            <p className="r-muted">{t('report.sector.none')}</p>
          )}
          {h3(t('report.sector.money'))}
          <dl className="r-figures r-figures--small">
            {(['planned', 'committed', 'spent'] as const).map((k) => (
              <div key={k}>
                <dt>{t(`report.col.${k}`)}</dt>
                <dd>{money(sMoney[k])}</dd>
              </div>
            ))}
          </dl>
          {h3(t('report.sector.indicators'))}
          {sIndicators.length ? (
            <Table
          label={tableLabel}
              n={nextTable()}
              caption={t('report.sector.indicatorsOf', { sector: s.name })}
              head={[{ label: t('report.col.indicator') }, { label: t('report.col.baseline'), num: true, w: '18%' }, { label: t('report.col.target'), num: true, w: '18%' }, { label: t('report.col.latest'), num: true, w: '18%' }]}
              rows={sIndicators.map((x) => ({ key: x.id, cells: [`${x.name} (${x.unit})`, valueYear(x.baselineValue, x.baselineYear, lng), valueYear(x.targetValue, x.targetYear, lng), x.latestValue === null ? '—' : formatNumber(x.latestValue, lng)] }))}
            />
          ) : (
            <p className="r-flag">{sectorNoIndicators(t, s.name)}</p>
          )}
        </Fragment>
      );
      chapters.push(
        <section key={unit} className={unitClass(unit)} data-unit={unit} aria-labelledby={i === 0 ? e.id : entry.id}>
          {i === 0 ? (
            <>
              {h1(e)}
              <p className="r-lead">{intros.sectors}</p>
            </>
          ) : null}
          {body}
        </section>,
      );
    });
  }

  const figureOf = (caption: string, children: ReactNode) => {
    const n = nextFigure();
    return (
      // A captioned group: the chart inside is the one Figure of the PDF's tags, its summary its alternative text.
      <figure key={n} className="r-figure" role="group" aria-labelledby={`r-figure-${n}`}>
        <figcaption id={`r-figure-${n}`}>
          <span className="r-caption__n">{t('report.figure', { n })}</span> {caption}
        </figcaption>
        {children}
      </figure>
    );
  };

  if (has('charts')) {
    const e = chapterEntry('ch-charts', 'charts');
    chapters.push(
      <section key={e.unit} className={unitClass(e.unit)} data-unit={e.unit} aria-labelledby={e.id}>
        {h1(e)}
        <p className="r-lead">{t('report.charts.intro')}</p>
        {figureOf(t('charts.coverage.subtitle'), <CoverageMatrixCard c={c} />)}
        {figureOf(t('charts.networks.subtitle'), <NetworkMatrixCard c={c} />)}
        {figureOf(t('charts.actions.subtitle'), <ActionsBySectorCard c={c} />)}
        {figureOf(t('charts.moneySector.subtitle'), <MoneyBySectorCard c={c} />)}
        {figureOf(t('charts.moneySource.subtitle'), <MoneyBySourceCard c={c} />)}
        {figureOf(t('charts.moneyYear.subtitleThousands', { period }), <MoneyByYearCard c={c} />)}
      </section>,
    );
  }

  if (has('actions')) {
    const e = chapterEntry('ch-actions', 'actions');
    const rows = actions.map((a) => ({ a, m: moneyOf(a) }));
    const total = sumMoney(rows.map((r) => r.m));
    chapters.push(
      <section key={e.unit} className={unitClass(e.unit)} data-unit={e.unit} aria-labelledby={e.id}>
        {h1(e)}
        <p className="r-lead">{intros.actions}</p>
        <Table
          label={tableLabel}
          n={nextTable()}
          className={`r-table--budget${rows.length > DENSE_ROWS ? ' r-table--dense' : ''}`}
          caption={t('report.actions.table')}
          head={[
            { label: t('report.col.action') },
            { label: t('report.col.lead'), w: '17%' },
            { label: t('report.col.status'), w: '11.5%' },
            { label: t('report.col.years'), w: '10.5%' },
            { label: t('report.col.planned'), num: true, w: '11%' },
            { label: t('report.col.committed'), num: true, w: '11%' },
            { label: t('report.col.spent'), num: true, w: '11%' },
          ]}
          rows={rows.map(({ a, m }) => ({
            key: a.id,
            cells: [
              <>
                {a.title}
                <span className="r-sub">{a.sectorIds.map((id) => sectorNames.get(id) ?? '').filter(Boolean).join(', ')}</span>
              </>,
              a.leadName ?? '—',
              statusText(t, a, lng),
              yearSpan(a.startDate, a.endDate),
              money(m.planned),
              money(m.committed),
              money(m.spent),
            ],
          }))}
          foot={[t('report.actions.totals'), '', '', '', money(total.planned), money(total.committed), money(total.spent)]}
        />
        {o.sourceIds.length ? <p className="r-note">{o.sourceIds.map(sourceName).join(', ')}</p> : null}
        {figureOf(t('charts.timeline.subtitle', { period }), <TimelineCard c={c} />)}
      </section>,
    );
  }

  if (has('indicators')) {
    const e = chapterEntry('ch-indicators', 'indicators');
    chapters.push(
      <section key={e.unit} className={unitClass(e.unit)} data-unit={e.unit} aria-labelledby={e.id}>
        {h1(e)}
        <p className="r-lead">{intros.indicators}</p>
        <Table
          label={tableLabel}
          n={nextTable()}
          caption={t('report.indicators.table')}
          head={[
            { label: t('report.col.indicator') },
            { label: t('report.col.kind'), w: '11%' },
            { label: t('report.col.baseline'), num: true, w: '13%' },
            { label: t('report.col.target'), num: true, w: '13%' },
            { label: t('report.col.latest'), num: true, w: '16%' },
            { label: t('report.col.expected'), num: true, w: '11%' },
            { label: t('report.col.status'), w: '11%' },
          ]}
          rows={indicatorOrder(indicators.map((x) => ({ ...x, status: dInd.get(x.id)?.status ?? ('noData' as const) }))).map((x) => {
            const di = dInd.get(x.id);
            return {
              key: x.id,
              cells: [
                <>
                  {x.name}
                  <span className="r-sub">{[x.unit, x.sectorId ? sectorNames.get(x.sectorId) : null].filter(Boolean).join(' · ')}</span>
                </>,
                t(`indicatorKind.${x.kind}`),
                valueYear(x.baselineValue, x.baselineYear, lng),
                valueYear(x.targetValue, x.targetYear, lng),
                x.latestValue === null ? '—' : `${formatNumber(x.latestValue, lng)} (${formatDate(x.latestOn, lng)})`,
                di?.expected == null ? '—' : formatNumber(di.expected, lng, 1),
                t(`report.indicatorStatus.${di?.status ?? 'noData'}`),
              ],
            };
          })}
        />
        {figureOf(t('charts.indicators.subtitle', { tolerance: formatPercent(INDICATOR_TOLERANCE, lng) }), <IndicatorsCard c={c} />)}
      </section>,
    );
  }

  if (has('appendices')) {
    const letters = [appendixLetter(0), appendixLetter(1)];
    const eS: TocEntry = { unit: 'app-stakeholders', id: 'r-stakeholders', level: 1, number: t('report.appendix', { letter: letters[0] }), title: t('report.chapter.stakeholders') };
    const eN: TocEntry = { unit: 'app-networks', id: 'r-networks', level: 1, number: t('report.appendix', { letter: letters[1] }), title: t('report.chapter.networks') };
    toc.push(eS, eN);
    const sorted = helixes.flatMap((h) => sortByText(stakeholders.filter((s) => s.helix === h), (s) => s.name, lng));
    chapters.push(
      <section key={eS.unit} className={unitClass(eS.unit)} data-unit={eS.unit} aria-labelledby={eS.id}>
        {h1(eS)}
        <p className="r-lead">{intros.stakeholders}</p>
        <Table
          label={tableLabel}
          n={nextTable()}
          caption={t('report.stakeholders.table')}
          className={sorted.length > DENSE_ROWS ? 'r-table--dense' : undefined}
          head={[{ label: t('report.col.name') }, { label: t('report.col.helix'), w: '20%' }, { label: t('report.col.type'), w: '20%' }, { label: t('report.col.municipality'), w: '14%' }, { label: t('report.col.sectors'), w: '8%', num: true }]}
          rows={sorted.map((s) => ({ key: s.id, cells: [s.name, t(`helix.${s.helix}`), t(`stakeholderType.${s.type}`), s.municipality || '—', formatCount(s.engagements.length, lng)] }))}
        />
      </section>,
      <section key={eN.unit} className={unitClass(eN.unit)} data-unit={eN.unit} aria-labelledby={eN.id}>
        {h1(eN)}
        <p className="r-lead">{intros.networks}</p>
        <Table
          label={tableLabel}
          n={nextTable()}
          caption={t('report.networks.table')}
          className={networks.length > DENSE_ROWS ? 'r-table--dense' : undefined}
          head={[{ label: t('report.col.name') }, { label: t('report.col.scope'), w: '11%' }, { label: t('report.col.membership'), w: '13%' }, { label: t('report.col.sectors'), w: '26%' }, { label: t('report.col.members'), num: true, w: '10%' }]}
          rows={sortByText(networks, (n) => n.name, lng).map((n) => ({
            key: n.id,
            cells: [n.name, t(`scope.${n.scope}`), t(`membership.${n.membership}`), n.sectorIds.map((id) => sectorNames.get(id) ?? '').filter(Boolean).join(', ') || '—', formatCount(n.memberCount, lng)],
          }))}
        />
      </section>,
    );
  }

  const narrowed = [
    ...o.sectorIds.map((id) => sectorNames.get(id) ?? ''),
    ...o.sourceIds.map(sourceName),
  ].filter(Boolean);

  return (
    <article className="report" aria-label={plan.name}>
      <section className={`${unitClass('cover')} r-cover`} data-unit="cover">
        <div className="r-cover__band" aria-hidden="true" />
        <p className="r-cover__region">{plan.region}</p>
        <p className="r-cover__kind">{t('report.kind')}</p>
        {/* Not a heading: the title is the document's (its metadata); an outline entry would glue its wrapped lines. */}
        <p className="r-cover__title">
          {plan.name}
        </p>
        {/* The period once: not again when the plan's name already states it. */}
        {plan.name.includes(period) ? null : <p className="r-cover__period">{period}</p>}
        {narrowed.length ? <p className="r-cover__narrowed">{t('report.cover.narrowed', { what: narrowed.join(', ') })}</p> : null}
        <dl className="r-cover__meta">
          <div>
            <dt>{t('report.cover.version')}</dt>
            <dd>{formatDate(plan.updatedAt.slice(0, 10), lng)}</dd>
          </div>
          <div>
            <dt>{t('report.cover.exported')}</dt>
            <dd>{formatDate(today, lng)}</dd>
          </div>
        </dl>
      </section>

      <nav className={`${unitClass('toc')} r-toc`} data-unit="toc" aria-labelledby="r-toc-title">
        <h1 id="r-toc-title" className="r-h1">
          {t('report.toc.title')}
        </h1>
        <ol className="r-toc__list">
          {toc.map((e) => {
            const page = pageOf(e.unit);
            return (
              <li key={e.id} className={`r-toc__item r-toc__item--${e.level}`}>
                <a href={`#${e.id}`}>
                  <span className="r-toc__num">{e.number}</span> <span className="r-toc__title">{e.title}</span>
                  <span className="r-toc__dots" aria-hidden="true" />
                  <span className="r-toc__page" aria-label={page ? t('report.toc.page', { page }) : undefined}>
                    {page ?? ''}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
        <section className="r-colophon" aria-label={t('report.colophon.title')}>
          <dl>
            <div>
              <dt>{t('report.colophon.plan')}</dt>
              <dd>{plan.name}</dd>
            </div>
            <div>
              <dt>{t('report.colophon.region')}</dt>
              <dd>{plan.region}</dd>
            </div>
            <div>
              <dt>{t('report.colophon.made')}</dt>
              <dd>{t('report.colophon.madeWith', { date: formatDate(today, lng) })}</dd>
            </div>
            <div>
              <dt>{t('report.colophon.money')}</dt>
              <dd>{t('report.colophon.moneyNote')}</dd>
            </div>
          </dl>
        </section>
      </nav>

      {chapters}
    </article>
  );
}

function valueYear(value: number | null, year: number | null, lng: string): string {
  if (value === null) return '—';
  return year ? `${formatNumber(value, lng)} (${year})` : formatNumber(value, lng);
}

/** The units of a document in order (read from the DOM: `data-unit`). */
export const unitsOf = (root: ParentNode): string[] => [...root.querySelectorAll<HTMLElement>('[data-unit]')].map((el) => el.dataset.unit!);
