import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementLevels, helixes, networkScopes, type EngagementLevel } from '../../../../../shared/schemas/enums';
import { formatCount, formatPercent } from '../../../../../shared/domain/format';
import { isInternational } from '../../../../../shared/domain/coverage';
import { coverageStatement, deepCount, levelsStatement, networkStatement, stakeholderStatement } from '../../../../../shared/domain/statements/coverage';
import { wallGapsTitle, wallGapText, wallMapSummary, wallMapValue } from '../../../../../shared/domain/statements/wall';
import { wallCapacity, type WallFit } from '../../../../../shared/domain/wall';
import { WarningIcon } from '../../../components/icons';
import type { ChartContext } from '../../dashboard/common';
import { Key, More, Row, Segment, WallFrame } from './parts';

const rampIndex = (l: EngagementLevel) => engagementLevels.indexOf(l) + 1;
const rampStyle = (l: EngagementLevel) => ({ background: `var(--engagement-${rampIndex(l)})`, color: `var(--on-engagement-${rampIndex(l)})` });

/** The gaps named beside a grid, a warning mark each; the rest counted. */
function GapList({ title, items, more, unit }: { title: string; items: { key: string; text: string }[]; more: number; unit: WallFit['unit'] }) {
  return (
    <div className="wall__gaps">
      <h2 className="wall__aside-title">{title}</h2>
      <ul>
        {items.map((g) => (
          <li key={g.key}>
            <WarningIcon className="wall__icon wall__icon--gap" aria-hidden="true" />
            <span>{g.text}</span>
          </li>
        ))}
      </ul>
      <More count={more} unit={unit} />
    </div>
  );
}

/** Sectors (rows) by `columns`: a heading a column, a cell a sector and column. */
function SectorGrid<K extends string>(props: {
  sectors: readonly { id: string; name: string }[];
  columns: readonly K[];
  head: (column: K) => ReactNode;
  cell: (sectorId: string, column: K) => ReactNode;
}) {
  const { sectors, columns, head, cell } = props;
  return (
    <div className="wall__grid" style={{ gridTemplateColumns: `minmax(0, 1.3fr) repeat(${columns.length}, minmax(0, 1fr))` }}>
      <span />
      {columns.map((k) => (
        <span key={k} className="wall__colhead">
          {head(k)}
        </span>
      ))}
      {sectors.map((s) => (
        <div key={s.id} className="wall__gridrow">
          <span className="wall__label">{s.name}</span>
          {columns.map((k) => (
            <Fragment key={k}>{cell(s.id, k)}</Fragment>
          ))}
        </div>
      ))}
    </div>
  );
}

/** A grid cell that is a gap: outlined, a warning mark and the word. */
function GapCell() {
  const { t } = useTranslation();
  return (
    <span className="wall__cell wall__cell--gap" data-mark="gap">
      <WarningIcon className="wall__icon" aria-hidden="true" />
      <small>{t('presentation.gap')}</small>
    </span>
  );
}

/** Sector × helix: count and deepest level in each cell, gaps outlined and named beside. */
export function WallCoverage({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const cells = new Map(d.coverage.cells.map((x) => [`${x.sectorId}|${x.helix}`, x]));
  const sectors = d.sectors.slice(0, fit.shown);
  const gaps = d.coverage.gaps;
  const gapRoom = Math.max(1, fit.shown + 1);
  const { summary } = coverageStatement(c);
  return (
    <WallFrame
      chart="coverageMatrix"
      summary={summary}
      fit={fit}
      aside={
        <GapList
          title={wallGapsTitle(c, 'coverage')}
          items={gaps.slice(0, gapRoom).map((g) => ({ key: `${g.sectorId}|${g.helix}`, text: wallGapText(c, g) }))}
          more={gaps.length - gapRoom}
          unit="gaps"
        />
      }
    >
      <SectorGrid
        sectors={sectors}
        columns={d.helixes}
        head={(h) => (
          <>
            <span className={`helix__letter helix--${h} wall__chip`}>{t(`helixLetter.${h}`)}</span>
            <span>{t(`helix.${h}`)}</span>
          </>
        )}
        cell={(sectorId, h) => {
          const x = cells.get(`${sectorId}|${h}`);
          const level = x?.topLevel ?? null;
          return level ? (
            <span className="wall__cell" data-mark={`level-${level}`} style={rampStyle(level)}>
              <strong>{formatCount(x!.count, lng)}</strong>
              <small>{t(`engagement.${level}`)}</small>
            </span>
          ) : (
            <GapCell />
          );
        }}
      />
    </WallFrame>
  );
}

/** Sector × network scope; a sector without an international network is flagged in words. */
export function WallNetworks({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const n = d.networks;
  const counts = new Map(n.cells.map((x) => [`${x.sectorId}|${x.scope}`, x.count]));
  const without = new Set(n.withoutInternational.map((s) => s.id));
  const scopes = networkScopes;
  const { summary } = networkStatement(c);
  return (
    <WallFrame
      chart="networkMatrix"
      summary={summary}
      fit={fit}
      aside={
        <GapList
          title={wallGapsTitle(c, 'networks')}
          items={n.withoutInternational.slice(0, fit.shown + 1).map((s) => ({ key: s.id, text: s.name }))}
          more={n.withoutInternational.length - fit.shown - 1}
          unit="sectors"
        />
      }
    >
      <SectorGrid
        sectors={d.sectors.slice(0, fit.shown)}
        columns={scopes}
        head={(sc) => t(`scope.${sc}`)}
        cell={(sectorId, sc) => {
          const k = counts.get(`${sectorId}|${sc}`) ?? 0;
          const gap = k === 0 && isInternational(sc) && without.has(sectorId);
          return gap ? (
            <GapCell />
          ) : (
            <span className={`wall__cell${k ? ' wall__cell--count' : ' wall__cell--empty'}`}>
              <strong>{formatCount(k, lng)}</strong>
            </span>
          );
        }}
      />
    </WallFrame>
  );
}

/** Stakeholders by helix and type: four columns, the largest types first, the rest counted. */
export function WallStakeholders({ c, title }: { c: ChartContext; title: string }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const s = d.stakeholders;
  const room = wallCapacity('stakeholderBase', title);
  const max = Math.max(1, ...s.byHelixType.map((r) => r.count));
  const { summary } = stakeholderStatement(c);
  return (
    <WallFrame chart="stakeholderBase" summary={summary}>
      <div className="wall__columns">
        {helixes.map((h) => {
          const types = s.byHelixType.filter((r) => r.helix === h).sort((a, b) => b.count - a.count);
          const shown = types.slice(0, room);
          const rest = types.slice(room);
          return (
            <section key={h} className="wall__column">
              <h2 className="wall__colhead wall__colhead--left">
                <span className={`helix__letter helix--${h} wall__chip`}>{t(`helixLetter.${h}`)}</span>
                <span>
                  {t(`helix.${h}`)} <strong>{formatCount(s.byHelix[h], lng)}</strong>
                </span>
              </h2>
              {shown.map((r) => (
                <div key={r.type} className="wall__item">
                  <span className="wall__item-label">{t(`stakeholderType.${r.type}`)}</span>
                  <span className="wall__item-bar">
                    <span className={`wall__seg helix--${h}`} data-mark={`helix-${h}`} style={{ width: `${(r.count / max) * 100}%`, background: `var(--helix-${h})` }} />
                    <strong>{formatCount(r.count, lng)}</strong>
                  </span>
                </div>
              ))}
              {rest.length ? <p className="wall__more">{t('presentation.wall.moreTypes', { count: rest.length, n: formatCount(rest.reduce((a, r) => a + r.count, 0), lng) })}</p> : null}
            </section>
          );
        })}
      </div>
    </WallFrame>
  );
}

/** Engagement levels per sector as 100 % bars; each segment with its count where it fits. */
export function WallLevels({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const { t } = useTranslation();
  const { d, lng } = c;
  const names = new Map(d.sectors.map((s) => [s.id, s.name]));
  const rows = d.coverage.levels.filter((l) => names.has(l.sectorId)).slice(0, fit.shown);
  const { summary } = levelsStatement(c);
  return (
    <WallFrame chart="engagementLevels" summary={summary} fit={fit}>
      <Key items={engagementLevels.map((l) => ({ key: l, label: `${rampIndex(l)} ${t(`engagement.${l}`)}`, style: rampStyle(l) }))} />
      <div className="wall__rows">
        {rows.map((l) => (
          <Row key={l.sectorId} label={names.get(l.sectorId)} value={formatPercent(l.total ? deepCount(l.counts) / l.total : 0, lng)}>
            {l.total === 0 ? (
              <span className="wall__none">{t('presentation.wall.none')}</span>
            ) : (
              engagementLevels.map((lv) => (
                <Segment key={lv} share={l.counts[lv] / l.total} mark={`level-${lv}`} style={rampStyle(lv)} minShare={0.06}>
                  {formatCount(l.counts[lv], lng)}
                </Segment>
              ))
            )}
          </Row>
        ))}
      </div>
      <p className="wall__note">{t('presentation.wall.levels.value')}</p>
    </WallFrame>
  );
}

/** Networks serving the most sectors (international first), with the number of members. */
export function WallNetworkMap({ c, fit }: { c: ChartContext; fit: WallFit }) {
  const { t } = useTranslation();
  const { d } = c;
  const shownSectors = new Set(d.sectors.map((s) => s.id));
  const served = (n: (typeof d.networkMap.networks)[number]) => n.sectorIds.filter((id) => shownSectors.has(id)).length;
  const nets = [...d.networkMap.networks].sort((a, b) => Number(isInternational(b.scope)) - Number(isInternational(a.scope)) || served(b) - served(a) || b.members - a.members).slice(0, fit.shown);
  const max = Math.max(1, d.sectors.length);
  // The Dashboard's counts and its widest network, over every network of the reply (not only those shown).
  const summary = wallMapSummary(c, d.networkMap.networks);
  return (
    <WallFrame chart="networkMap" summary={summary} fit={fit}>
      <div className="wall__rows">
        {nets.map((n) => (
          <Row
            key={n.id}
            label={
              <>
                <span className={`wall__tag${isInternational(n.scope) ? ' wall__tag--intl' : ''}`}>{t(`scope.${n.scope}`)}</span> {n.name}
              </>
            }
            value={wallMapValue(c, served(n), n.members)}
          >
            <Segment share={served(n) / max} mark="served" className="wall__seg--neutral" minShare={0} />
          </Row>
        ))}
      </div>
    </WallFrame>
  );
}
