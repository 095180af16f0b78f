import { formatDate } from '../../../../shared/domain/format';
import { ClockIcon, WarningIcon } from '../../components/icons';
import { href } from '../../app/router';
import type { ChartContext } from './common';

const SHOW = 5;

/** "Answer first": the gaps, late actions, overdue milestones and indicators behind, in words, each linking to its list. */
export function NeedsAttention({ c }: { c: ChartContext }) {
  const { d, t, lng } = c;
  const behind = d.indicators.filter((i) => i.status === 'behind');
  const items: { key: string; icon: 'gap' | 'late'; text: string; to: string; detail?: string[] }[] = [
    ...d.coverage.gaps.map((g) => ({
      key: `gap-${g.sectorId}-${g.helix}`,
      icon: 'gap' as const,
      text: t('charts.coverage.gap', { sector: g.sectorName, helix: t(`charts.helixIn.${g.helix}`) }),
      to: href('stakeholders', { sector: g.sectorId, helix: g.helix }),
    })),
    ...d.networks.withoutInternational.map((s) => ({
      key: `net-${s.id}`,
      icon: 'gap' as const,
      text: t('charts.networks.gap', { sector: s.name }),
      to: href('networks', { sector: s.id }),
    })),
    ...(d.attention.lateCount > 0
      ? [{
          key: 'late',
          icon: 'late' as const,
          text: t('charts.attention.late', { count: d.attention.lateCount }),
          to: href('actions', { status: 'late' }),
          detail: d.attention.late.slice(0, SHOW).map((a) => (a.endDate ? t('charts.attention.lateItem', { title: a.title, date: formatDate(a.endDate, lng) }) : a.title)),
        }]
      : []),
    ...(d.attention.overdueCount > 0
      ? [{
          key: 'overdue',
          icon: 'late' as const,
          text: t('charts.attention.overdue', { count: d.attention.overdueCount }),
          to: href('actions', { status: 'late' }),
          detail: d.attention.overdue.slice(0, SHOW).map((m) => t('charts.attention.overdueItem', { title: m.title, action: m.actionTitle, date: formatDate(m.dueDate, lng) })),
        }]
      : []),
    ...behind.map((i) => ({ key: `ind-${i.id}`, icon: 'gap' as const, text: t('charts.attention.behind', { name: i.name }), to: href('indicators') })),
  ];
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title" className="dash-section__title">
        {t('charts.attention.title')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('charts.attention.nothing')}</p>
      ) : (
        <ul className="attention__list">
          {items.map((item) => (
            <li key={item.key} className={`attention__item attention__item--${item.icon}`}>
              {item.icon === 'gap' ? <WarningIcon size={18} className="icon attention__icon" /> : <ClockIcon size={18} className="icon attention__icon" />}
              <div>
                <a href={item.to} className="attention__link">
                  {item.text}
                </a>
                {item.detail?.length ? (
                  <ul className="attention__detail">
                    {item.detail.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
