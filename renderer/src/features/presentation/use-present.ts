import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, CaptureEntry, VoteCount } from '../../../../shared/schemas/agenda';
import type { DashboardFiltersInput } from '../../../../shared/schemas/dashboard';
import { useDashboard } from '../dashboard/use-dashboard';
import { useChartColors } from '../../components/charts/colors';
import { chartContext, type ChartContext } from '../dashboard/common';
import { useChannel, useListItems } from '../../api/use-queries';
import { useLocalized } from '../../api/use-content';

/** A workshop's agenda, live (the query cache refetches it when a change touches it). */
export function useAgenda(workshopId: string | null): AgendaItem[] | null {
  return useChannel('agenda.list', { workshopId: workshopId ?? '' }, { enabled: !!workshopId }).data ?? (workshopId ? null : none);
}

export function useCaptures(workshopId: string | null): CaptureEntry[] | null {
  return useChannel('capture.list', { workshopId: workshopId ?? '' }, { enabled: !!workshopId }).data ?? (workshopId ? null : none);
}

const none: never[] = [];

export type SlideKind = AgendaItem['kind'] | 'voteResult';
export interface SlideSpec {
  key: string;
  kind: SlideKind;
  item: AgendaItem;
  /** A vote's latest recorded counts (voteResult). */
  votes?: VoteCount[];
}

/** One slide per agenda item; a vote that was counted is followed by its result. */
export function buildSlides(agenda: readonly AgendaItem[], captures: readonly CaptureEntry[]): SlideSpec[] {
  const slides: SlideSpec[] = [];
  for (const item of agenda) {
    slides.push({ key: item.id, kind: item.kind, item });
    if (item.kind !== 'vote') continue;
    const counted = captures.filter((c) => c.kind === 'vote' && c.agendaItemId === item.id && c.data.votes?.length).at(-1);
    if (counted) slides.push({ key: `${item.id}:result`, kind: 'voteResult', item, votes: counted.data.votes! });
  }
  return slides;
}

/** The Dashboard's data and chart context for these sectors, live. */
export function useChartContext(sectorIds: readonly string[]): ChartContext | null {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const filters = useMemo<DashboardFiltersInput>(() => ({ sectorIds: [...sectorIds] }), [sectorIds]);
  const { data: d } = useDashboard(filters);
  const colors = useChartColors();
  const allSectors = useLocalized(useListItems('sectors'));
  return useMemo<ChartContext | null>(() => {
    if (!d) return null;
    return chartContext(d, allSectors, t, lng, colors);
  }, [d, t, lng, colors, allSectors]);
}
