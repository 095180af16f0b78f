import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, CaptureEntry, VoteCount } from '../../../../shared/schemas/agenda';
import type { DashboardFiltersInput } from '../../../../shared/schemas/dashboard';
import { useApi, useAppStore } from '../../store/context';
import { useDashboard } from '../dashboard/use-dashboard';
import { useChartColors } from '../../components/charts/colors';
import { chartContext, type ChartContext } from '../dashboard/common';

/**
 * A query that follows the plan: again after every command of this window (revision) and
 * every plan.changed from the host (another window, the presenter's, or another tab).
 */
export function useLive<T>(load: () => Promise<{ ok: true; value: T } | { ok: false }>, key: string): T | null {
  const api = useApi();
  const revision = useAppStore((s) => s.revision);
  const [events, setEvents] = useState(0);
  const [value, setValue] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => api.onEvent((e) => (e.name === 'plan.changed' ? setEvents((n) => n + 1) : undefined)), [api]);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live && r.ok) setValue({ key, value: r.value });
    });
    return () => {
      live = false;
    };
    // `load` is keyed by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision, events]);
  return value && value.key === key ? value.value : null;
}

export function useAgenda(workshopId: string | null): AgendaItem[] | null {
  const api = useApi();
  return useLive(() => (workshopId ? api.call('agenda.list', { workshopId }) : Promise.resolve({ ok: true as const, value: [] })), `agenda:${workshopId}`);
}

export function useCaptures(workshopId: string | null): CaptureEntry[] | null {
  const api = useApi();
  return useLive(() => (workshopId ? api.call('capture.list', { workshopId }) : Promise.resolve({ ok: true as const, value: [] })), `capture:${workshopId}`);
}

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
  const allSectors = useAppStore((s) => s.sectors.items);
  return useMemo<ChartContext | null>(() => {
    if (!d) return null;
    return chartContext(d, allSectors, t, lng, colors);
  }, [d, t, lng, colors, allSectors]);
}
