/** "Needs attention", the Dashboard's answer first: each item in words, with the list it links to. */
import { formatDate } from '../format';
import type { StatementContext } from './context';
import { helixGapText, networkGapText } from './coverage';

/** A screen and its filter (the renderer turns it into a link: #/actions?status=late). */
export interface ListLink {
  screen: 'sectors' | 'stakeholders' | 'networks' | 'actions' | 'indicators';
  params?: Record<string, string>;
}

export interface AttentionItem {
  key: string;
  icon: 'gap' | 'late';
  text: string;
  link: ListLink;
  /** The first few of what the item counts. */
  detail?: string[];
}

const SHOW = 5;

export function attentionItems(c: StatementContext): AttentionItem[] {
  const { d, t, lng } = c;
  const behind = d.indicators.filter((i) => i.status === 'behind');
  return [
    ...d.coverage.gaps.map((g) => ({
      key: `gap-${g.sectorId}-${g.helix}`,
      icon: 'gap' as const,
      text: helixGapText(c, g),
      link: { screen: 'stakeholders' as const, params: { sector: g.sectorId, helix: g.helix } },
    })),
    ...d.networks.withoutInternational.map((s) => ({
      key: `net-${s.id}`,
      icon: 'gap' as const,
      text: networkGapText(c, s.name),
      link: { screen: 'networks' as const, params: { sector: s.id } },
    })),
    ...(d.attention.lateCount > 0
      ? [{
          key: 'late',
          icon: 'late' as const,
          text: t('charts.attention.late', { count: d.attention.lateCount }),
          link: { screen: 'actions' as const, params: { status: 'late' } },
          detail: d.attention.late.slice(0, SHOW).map((a) => (a.endDate ? t('charts.attention.lateItem', { title: a.title, date: formatDate(a.endDate, lng) }) : a.title)),
        }]
      : []),
    ...(d.attention.overdueCount > 0
      ? [{
          key: 'overdue',
          icon: 'late' as const,
          text: t('charts.attention.overdue', { count: d.attention.overdueCount }),
          link: { screen: 'actions' as const, params: { status: 'late' } },
          detail: d.attention.overdue.slice(0, SHOW).map((m) => t('charts.attention.overdueItem', { title: m.title, action: m.actionTitle, date: formatDate(m.dueDate, lng) })),
        }]
      : []),
    ...behind.map((i) => ({ key: `ind-${i.id}`, icon: 'gap' as const, text: t('charts.attention.behind', { name: i.name }), link: { screen: 'indicators' as const } })),
  ];
}

/** What "Needs attention" says when it lists nothing. */
export const nothingNeedsAttention = (c: StatementContext) => c.t('charts.attention.nothing');
