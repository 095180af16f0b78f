import { engagementLevels, helixes, type EngagementLevel, type Helix } from '../../../../../shared/schemas/enums';
import { formatCount, formatNumber } from '../../../../../shared/domain/format';
import { statusText } from '../../../../../shared/domain/statements/status';
import { sectorHelixCounts, sectorNoIndicators } from '../../../../../shared/domain/statements/report';
import { COMPACT_ROWS, engagedGroups, LARGEST_ACTIONS, largestActions, yearSpan } from '../../../../../shared/report/model';
import type { ReportData } from '../use-report-data';
import { useEntry, useReport } from './context';
import { Numbered, Table, Unit, valueYear } from './parts';

const levelRank = (l: EngagementLevel) => engagementLevels.indexOf(l);

/** The sectors chapter: one numbered section per sector, each from a new page. */
export function SectorsChapter() {
  const { data, intros } = useReport();
  const e = useEntry('r-sectors');
  return data.sectors.map((s, i) =>
    i === 0 ? (
      <Unit key={e.unit} unit={e.unit} labelledBy={e.id}>
        <Numbered level={1} number={e.number} id={e.id}>
          {e.title}
        </Numbered>
        <p className="r-lead">{intros.sectors}</p>
        <SectorSection sector={s} />
      </Unit>
    ) : (
      <Unit key={`sector-${s.id}`} unit={`sector-${s.id}`} labelledBy={`r-sector-${s.id}`}>
        <SectorSection sector={s} />
      </Unit>
    ),
  );
}

/** One sector: rationale and classification, stakeholders, engagement, networks, actions, money, indicators. */
function SectorSection({ sector: s }: { sector: ReportData['sectors'][number] }) {
  const { data, t, lng, money, actions, moneyOf, indicators } = useReport();
  const entry = useEntry(`r-sector-${s.id}`);
  let sub = 0;
  const h3 = (title: string) => (
    <Numbered level={3} number={`${entry.number}.${++sub}`}>
      {title}
    </Numbered>
  );
  const engaged = [...s.engagements].sort(
    (a, b) => helixes.indexOf(a.stakeholder.helix) - helixes.indexOf(b.stakeholder.helix) || levelRank(b.level) - levelRank(a.level) || a.stakeholder.name.localeCompare(b.stakeholder.name, lng),
  );
  const perHelix = Object.fromEntries(helixes.map((h) => [h, engaged.filter((x) => x.stakeholder.helix === h).length])) as Record<Helix, number>;
  const perLevel = Object.fromEntries(engagementLevels.map((l) => [l, engaged.filter((x) => x.level === l).length])) as Record<EngagementLevel, number>;
  const sActions = actions.filter((a) => a.sectorIds.includes(s.id));
  const sIndicators = indicators.filter((x) => x.sectorId === s.id);
  const sMoney = data.dashboard.money.bySector.find((m) => m.sectorId === s.id) ?? { planned: 0, committed: 0, spent: 0 };
  const classification = (['economicDomain', 'scientificDomain', 'policyObjective', 'naceCodes'] as const).filter((k) => s[k]);
  const none = <p className="r-muted">{t('report.sector.none')}</p>;
  return (
    <>
      <Numbered level={2} number={entry.number} id={entry.id} className="r-h2 r-h2--sector">
        {s.name}
      </Numbered>
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
      <p>{sectorHelixCounts(t, perHelix, lng)}</p>
      {engaged.length > COMPACT_ROWS ? (
        <EngagedGroups caption={t('report.sector.stakeholdersGroupedOf', { sector: s.name })} engaged={engaged} />
      ) : engaged.length ? (
        <Table
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
          caption={t('report.sector.networksOf', { sector: s.name })}
          head={[{ label: t('report.col.name') }, { label: t('report.col.scope'), w: '18%' }, { label: t('report.col.membership'), w: '20%' }]}
          rows={s.networks.map((n) => ({ key: n.id, cells: [n.name, t(`scope.${n.scope}`), t(`membership.${n.membership}`)] }))}
        />
      ) : (
        none
      )}
      {h3(t('report.sector.actions'))}
      {sActions.length ? (
        <Table
          caption={
            sActions.length > COMPACT_ROWS
              ? t('report.sector.actionsLargestOf', { sector: s.name, shown: LARGEST_ACTIONS, count: sActions.length, chapter: t('report.chapter.actions') })
              : t('report.sector.actionsOfShare', { sector: s.name })
          }
          head={[{ label: t('report.col.action') }, { label: t('report.col.status'), w: '14%' }, { label: t('report.col.years'), w: '13%' }, { label: t('report.col.planned'), num: true, w: '17%' }, { label: t('report.col.sectorShare'), num: true, w: '17%' }]}
          rows={(sActions.length > COMPACT_ROWS ? largestActions(sActions, (a) => moneyOf(a).planned, LARGEST_ACTIONS, lng) : sActions).map((a) => ({
            key: a.id,
            cells: [a.title, statusText(t, a, lng), yearSpan(a.startDate, a.endDate), money(moneyOf(a).planned), money(Math.round(moneyOf(a).planned / Math.max(1, a.sectorIds.length)))],
          }))}
          foot={[t('report.actions.totals'), '', '', money(sActions.reduce((n, a) => n + moneyOf(a).planned, 0)), money(sMoney.planned)]}
        />
      ) : (
        none
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
          caption={t('report.sector.indicatorsOf', { sector: s.name })}
          head={[{ label: t('report.col.indicator') }, { label: t('report.col.baseline'), num: true, w: '18%' }, { label: t('report.col.target'), num: true, w: '18%' }, { label: t('report.col.latest'), num: true, w: '18%' }]}
          rows={sIndicators.map((x) => ({ key: x.id, cells: [`${x.name} (${x.unit})`, valueYear(x.baselineValue, x.baselineYear, lng), valueYear(x.targetValue, x.targetYear, lng), x.latestValue === null ? '—' : formatNumber(x.latestValue, lng)] }))}
        />
      ) : (
        <p className="r-flag">{sectorNoIndicators(t, s.name)}</p>
      )}
    </>
  );
}

/**
 * A large sector's stakeholders as one block per helix and level, not table rows: a group of
 * hundreds of names runs over pages, and Chromium splits a table row that does so differently
 * in the page-sized columns the report is measured in than on printed pages (the repeated
 * heading row), so the contents' page numbers would be wrong and the report printed twice.
 */
function EngagedGroups({ caption, engaged }: { caption: string; engaged: ReportData['sectors'][number]['engagements'] }) {
  const { t, lng } = useReport();
  return (
    <section className="r-groups" aria-label={caption}>
      <p className="r-groups__caption">{caption}</p>
      {engagedGroups(engaged).map((g) => (
        <div key={`${g.helix}-${g.level}`} className="r-group">
          <p className="r-group__head">
            {t(`helix.${g.helix}`)} · {t(`engagement.${g.level}`)}: <span className="r-group__n">{formatCount(g.names.length, lng)}</span>
          </p>
          <p className="r-group__names">{g.names.join(', ')}</p>
        </div>
      ))}
    </section>
  );
}
