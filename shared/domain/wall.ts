/**
 * The wall screen's arithmetic: how many rows of a chart one
 * slide holds, which rows it shows ("and N more" for the rest) and how the chart splits over
 * slides. One derivation for the slide itself, the agenda editor's warning and the presenter
 * view, so the three always say the same.
 *
 * Units are pixels of a 1920 × 1080 slide; the slide's CSS draws in the same units
 * (`--u: calc(100cqw / 1920)`), so the numbers hold at 1280 × 720 and any other 16:9 size.
 */
import type { AgendaChart } from '../schemas/agenda';
import type { Dashboard } from '../schemas/dashboard';

export const WALL = {
  width: 1920,
  height: 1080,
  padTop: 56,
  padBottom: 32,
  padX: 80,
  /** Footer: 25 px words, its rule and gap. */
  foot: 60,
  /** Title: 60 px bold, 1.12 line height, then its gap. */
  titleLine: 68,
  titleGap: 24,
  /** Characters of a title per line, counted low (wide letters, word breaks). */
  titleChars: 36,
  /** The summary sentence under a chart: two lines of 30 px at most, then its gap. */
  summary: 2 * 40 + 20,
  /** The "and N more" line. */
  more: 48,
  /** A row of a bar chart or matrix: room for a label of two lines of 28 px. */
  row: 72,
} as const;

/** Lines a statement title takes on the wall (counted generously: a wrong guess would clip). */
export function titleLines(title: string): number {
  const words = title.trim().split(/\s+/);
  let lines = 1;
  let used = 0;
  for (const w of words) {
    const len = w.length;
    if (used && used + 1 + len > WALL.titleChars) {
      lines++;
      used = len;
    } else used += (used ? 1 : 0) + len;
  }
  return lines;
}

/** Height of the slide's body under a title of this length. */
export function bodyHeight(title: string): number {
  return WALL.height - WALL.padTop - WALL.padBottom - WALL.foot - titleLines(title) * WALL.titleLine - WALL.titleGap;
}

/** How a chart is laid out on the wall: the height of its head (column headings, key) and of a row. */
interface Shape {
  head: number;
  row: number;
  /** Items per row (small multiples in a grid). */
  perRow?: number;
}
const shapes: Record<AgendaChart, Shape> = {
  coverageMatrix: { head: 96, row: WALL.row },
  networkMatrix: { head: 64, row: WALL.row },
  stakeholderBase: { head: 80, row: 100 },
  engagementLevels: { head: 64, row: WALL.row },
  engagementOverTime: { head: 0, row: 1 },
  networkMap: { head: 0, row: WALL.row },
  actionsBySector: { head: 64, row: WALL.row },
  moneyBySector: { head: 64, row: WALL.row },
  moneyBySource: { head: 64, row: WALL.row },
  moneyByYear: { head: 0, row: 1 },
  timeline: { head: 56, row: 60 },
  indicators: { head: 0, row: 300, perRow: 3 },
};

/** Rows (or small multiples) of this chart that fit one slide under this title. */
export function wallCapacity(chart: AgendaChart, title: string): number {
  const s = shapes[chart];
  const room = bodyHeight(title) - WALL.summary - WALL.more - s.head;
  return Math.max(1, Math.floor(room / s.row)) * (s.perRow ?? 1);
}

/** The gaps slide: the big number and its line, then one line of 46 px per gap. */
export function gapsCapacity(title: string): number {
  return Math.max(1, Math.floor((bodyHeight(title) - 190 - WALL.more) / 56));
}

export interface WallFit {
  /** Rows the data has (sectors, actions, indicators, networks). */
  total: number;
  /** Rows one slide shows. */
  shown: number;
  /** What a row is, for the words ("sectors", "actions", …). */
  unit: 'sectors' | 'actions' | 'indicators' | 'networks' | 'gaps' | 'types';
  /** Sector groups that show everything over several slides, when the chart splits by sector. */
  split: string[][] | null;
}

/** Sectors in groups of `size`, in order. */
const groups = (ids: string[], size: number): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
};

/** Sectors packed in order into groups whose items (per sector) fit `size`; a sector too big alone gets its own slide. */
const pack = (ids: string[], itemsOf: (id: string) => number, size: number): string[][] => {
  const out: string[][] = [];
  let cur: string[] = [];
  let n = 0;
  for (const id of ids) {
    const k = itemsOf(id);
    if (k === 0) continue;
    if (cur.length && n + k > size) {
      out.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(id);
    n += k;
  }
  if (cur.length) out.push(cur);
  return out;
};

/** Timeline rows the wall shows: late first (the derived status, as everywhere), then by start, then the rest counted. */
export const timelineOrder = <T extends { derivedStatus: string; startDate: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => Number(b.derivedStatus === 'late') - Number(a.derivedStatus === 'late') || a.startDate.localeCompare(b.startDate));

/** The timeline rows one slide shows: late first, then by start, while rows and sector headings fit `cap` lines. */
export function timelineShown<T extends { derivedStatus: string; startDate: string; sectorId: string | null }>(rows: readonly T[], cap: number): T[] {
  const out: T[] = [];
  const sectors = new Set<string | null>();
  for (const r of timelineOrder(rows)) {
    const lines = out.length + sectors.size + 1 + (sectors.has(r.sectorId) ? 0 : 1);
    if (lines > cap) break;
    out.push(r);
    sectors.add(r.sectorId);
  }
  return out;
}

/** Indicators the wall shows first: behind target, then no data, then the rest. */
const indicatorRank = { behind: 0, noData: 1, onTrack: 2, ahead: 3 } as const;
export const indicatorOrder = <T extends { status: keyof typeof indicatorRank }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => indicatorRank[a.status] - indicatorRank[b.status]);

/** How a chart of this Dashboard fits one slide with this title, and how it splits when it does not. */
export function wallFit(chart: AgendaChart, d: Dashboard, title: string): WallFit {
  const cap = wallCapacity(chart, title);
  const sectorIds = d.sectors.map((s) => s.id);
  const bySector = (total: number): WallFit => ({ total, shown: Math.min(total, cap), unit: 'sectors', split: total > cap ? groups(sectorIds, cap) : null });
  switch (chart) {
    case 'coverageMatrix':
    case 'networkMatrix':
    case 'engagementLevels':
      return bySector(d.sectors.length);
    case 'actionsBySector':
      return bySector(d.actions.bySector.length);
    case 'moneyBySector':
      return bySector(d.money.bySector.length);
    case 'timeline': {
      const total = d.timeline.rows.length;
      const shown = timelineShown(d.timeline.rows, cap).length;
      const counts = new Map<string, number>();
      for (const r of d.timeline.rows) if (r.sectorId) counts.set(r.sectorId, (counts.get(r.sectorId) ?? 0) + 1);
      return { total, shown, unit: 'actions', split: total > shown ? sectorIds.filter((id) => counts.has(id)).map((id) => [id]) : null };
    }
    case 'indicators': {
      const total = d.indicators.length;
      const counts = new Map<string, number>();
      for (const i of d.indicators) if (i.sectorId) counts.set(i.sectorId, (counts.get(i.sectorId) ?? 0) + 1);
      return { total, shown: Math.min(total, cap), unit: 'indicators', split: total > cap ? pack(sectorIds, (id) => counts.get(id) ?? 0, cap) : null };
    }
    case 'networkMap': {
      // Every network (the reply carries the first few hundred): the rest is counted, as on the Dashboard.
      const total = d.networkMap.total;
      return { total, shown: Math.min(total, cap), unit: 'networks', split: null };
    }
    default:
      // Few rows by nature (years, quarters, helices); the rest is grouped as "Other" on the slide.
      return { total: 0, shown: 0, unit: 'types', split: null };
  }
}

/** True when a slide shows everything its data has. */
export const fitsWall = (f: WallFit) => f.shown >= f.total;
