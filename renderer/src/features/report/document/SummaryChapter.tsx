import { formatCount } from '../../../../../shared/domain/format';
import { attentionItems, nothingNeedsAttention } from '../../../../../shared/domain/statements/attention';
import { sumMoney } from '../../../../../shared/domain/money';
import { useEntry, useReport } from './context';
import { Chapter, Numbered, Table } from './parts';

/** Chapter 1: what needs attention, the vision, key figures and the sectors at a glance. */
export function SummaryChapter() {
  const { data, o, t, lng, c, money, period, actions, moneyOf, stakeholders, networks } = useReport();
  const e = useEntry('r-summary');
  const bySector = new Map(data.dashboard.money.bySector.map((m) => [m.sectorId, m]));
  const attention = attentionItems(c);
  const shown = o.sectorIds.length ? data.allSectors.filter((s) => o.sectorIds.includes(s.id)) : data.allSectors;
  const figures = [
    { label: t('report.summary.sectors'), value: formatCount(shown.length, lng) },
    { label: t('report.summary.stakeholders'), value: formatCount(stakeholders.length, lng) },
    { label: t('report.summary.networks'), value: formatCount(networks.length, lng) },
    { label: t('report.summary.actions'), value: formatCount(actions.length, lng) },
    { label: t('report.summary.planned'), value: money(sumMoney(actions.map(moneyOf)).planned) },
  ];
  return (
    <Chapter entry={e}>
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
      <p className="r-lead">{t('report.summary.intro', { region: data.plan.region, period })}</p>
      <Numbered level={2} number={`${e.number}.1`}>
        {t('report.summary.vision')}
      </Numbered>
      {data.plan.vision ? <blockquote className="r-vision">{data.plan.vision}</blockquote> : <p className="r-muted">{t('report.summary.noVision')}</p>}
      <Numbered level={2} number={`${e.number}.2`}>
        {t('report.summary.keyFigures')}
      </Numbered>
      <dl className="r-figures">
        {figures.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <Table
        caption={t('report.summary.glance')}
        head={[{ label: t('report.col.sector') }, { label: t('report.col.count'), num: true, w: '17%' }, { label: t('report.col.networksCount'), num: true, w: '15%' }, { label: t('report.col.actionsCount'), num: true, w: '17%' }, { label: t('report.col.planned'), num: true, w: '19%' }]}
        rows={shown.map((s) => ({
          key: s.id,
          cells: [s.name, formatCount(s.stakeholderCount, lng), formatCount(s.networkCount, lng), formatCount(s.actionCount, lng), money(bySector.get(s.id)?.planned ?? 0)],
        }))}
        foot={[t('report.actions.totals'), '', '', '', money(shown.reduce((n, s) => n + (bySector.get(s.id)?.planned ?? 0), 0))]}
      />
      <p className="r-note">{t('report.summary.split')}</p>
    </Chapter>
  );
}
