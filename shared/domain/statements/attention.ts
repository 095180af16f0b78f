/** "Needs attention", the Dashboard's answer first: each item in words, with the list it links to. */
import { formatDate } from '../format';
import type { StatementContext } from './context';
import { helixGapText, networkGapText } from './coverage';

/** A screen, its filter and maybe one item (the renderer makes the link: #/actions?status=late). */
export interface ListLink {
  screen: 'sectors' | 'stakeholders' | 'networks' | 'actions' | 'indicators';
  params?: Record<string, string>;
  id?: string;
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

/** A late action in words: "ended 31.12.2023", or marked late by the officer (its end may be ahead). */
function lateItem(c: StatementContext, a: { title: string; status: string; endDate: string | null }): string {
  const { t, d, lng } = c;
  if (a.endDate !== null && a.endDate < d.today) return t('charts.attention.lateItem', { title: a.title, date: formatDate(a.endDate, lng) });
  if (a.endDate !== null) return t('charts.attention.lateItemMarked', { title: a.title, date: formatDate(a.endDate, lng) });
  return t('charts.attention.lateItemMarkedUndated', { title: a.title });
}

/** Late actions or overdue milestones: one item saying how many, with the first few, when there are any. */
function counted(c: StatementContext, key: 'late' | 'overdue', count: number, params: Record<string, string>, detail: string[]): AttentionItem[] {
  return count > 0 ? [{ key, icon: 'late', text: c.t(`charts.attention.${key}`, { count }), link: { screen: 'actions', params }, detail }] : [];
}

export function attentionItems(c: StatementContext): AttentionItem[] {
  const { d, t, lng } = c;
  const behind = d.indicators.filter((i) => i.status === 'behind');
  // Without sectors there are no gaps to find: that itself needs attention (unless sectors were chosen).
  const noSectors = d.sectors.length === 0 && d.filters.sectorIds.length === 0;
  return [
    ...(noSectors ? [{ key: 'noSectors', icon: 'gap' as const, text: t('charts.attention.noSectors'), link: { screen: 'sectors' as const } }] : []),
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
    ...counted(c, 'late', d.attention.lateCount, { status: 'late' }, d.attention.late.slice(0, SHOW).map((a) => lateItem(c, a))),
    // The actions that have them, late or not (the list's "Milestones: overdue" filter).
    ...counted(c, 'overdue', d.attention.overdueCount, { milestones: 'overdue' }, d.attention.overdue.slice(0, SHOW).map((m) => t('charts.attention.overdueItem', { title: m.title, action: m.actionTitle, date: formatDate(m.dueDate, lng) }))),
    ...behind.map((i) => ({ key: `ind-${i.id}`, icon: 'gap' as const, text: t('charts.attention.behind', { name: i.name }), link: { screen: 'indicators' as const, id: i.id } })),
  ];
}

/** What "Needs attention" says when it lists nothing (only said when there are sectors to check). */
export const nothingNeedsAttention = (c: StatementContext) => c.t('charts.attention.nothing');
