/**
 * Coverage: which helices and networks serve which sectors, and where the gaps are. Pure
 * shaping of the rows dashboard-repo aggregates in SQL; no I/O, no clock.
 */
import { engagementLevels, networkScopes, type EngagementLevel, type Helix, type NetworkScope } from '../schemas/enums';
import type { Coverage, CoverageCell, LevelCounts } from '../schemas/dashboard';
import type { SectorRef } from '../schemas/refs';

/** 1 (aware) … 6 (leading); SQL ranks with levelRankSql, from the same list. */
export const levelRank = (level: EngagementLevel): number => engagementLevels.indexOf(level) + 1;
/** levelRank in SQL, of a column holding a level: `CASE col WHEN 'aware' THEN 1 … END`. */
export const levelRankSql = (column: string): string =>
  `CASE ${column} ${engagementLevels.map((level, i) => `WHEN '${level}' THEN ${i + 1}`).join(' ')} END`;
export const levelOfRank = (rank: number): EngagementLevel | null => engagementLevels[rank - 1] ?? null;
/** "Involved" or deeper counts as taking part in the strategy work (engagement over time). */
export const INVOLVED_RANK = levelRank('involved');

/** What the matrices need of a sector. */
type SectorName = Pick<SectorRef, 'id' | 'name'>;

/** One row of the coverage query: stakeholder–sector pairs per sector, helix and level. */
export interface CoverageRow {
  sectorId: string;
  helix: Helix;
  level: EngagementLevel;
  count: number;
}

export const emptyLevelCounts = (): LevelCounts => Object.fromEntries(engagementLevels.map((l) => [l, 0])) as LevelCounts;

/**
 * The sector × helix matrix: per cell the number of engaged stakeholders and the deepest level;
 * an empty cell is a gap. Also the engagement level distribution per sector. Sectors and helices
 * keep the order given (the plan's sector order; business, academia, public, civil).
 */
export function coverageMatrix(sectors: readonly SectorName[], helixes: readonly Helix[], rows: readonly CoverageRow[]): Coverage {
  const key = (s: string, h: string) => `${s}|${h}`;
  const cell = new Map<string, { count: number; top: number }>();
  const levels = new Map<string, LevelCounts>();
  for (const r of rows) {
    const c = cell.get(key(r.sectorId, r.helix)) ?? { count: 0, top: 0 };
    c.count += r.count;
    if (r.count > 0) c.top = Math.max(c.top, levelRank(r.level));
    cell.set(key(r.sectorId, r.helix), c);
    if (helixes.includes(r.helix)) {
      const l = levels.get(r.sectorId) ?? emptyLevelCounts();
      l[r.level] += r.count;
      levels.set(r.sectorId, l);
    }
  }
  const cells: CoverageCell[] = [];
  const gaps: Coverage['gaps'] = [];
  let completeSectors = 0;
  for (const s of sectors) {
    let complete = true;
    for (const h of helixes) {
      const c = cell.get(key(s.id, h));
      const count = c?.count ?? 0;
      cells.push({ sectorId: s.id, helix: h, count, topLevel: count > 0 ? levelOfRank(c!.top) : null });
      if (count === 0) {
        complete = false;
        gaps.push({ sectorId: s.id, sectorName: s.name, helix: h });
      }
    }
    if (complete && helixes.length > 0) completeSectors++;
  }
  return {
    cells,
    gaps,
    completeSectors,
    levels: sectors.map((s) => {
      const counts = levels.get(s.id) ?? emptyLevelCounts();
      return { sectorId: s.id, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    }),
  };
}

/** EU and global networks are the "cooperation with partners outside the Member State" (ERDF 1.1, criterion 7). */
export const isInternational = (scope: NetworkScope) => scope === 'eu' || scope === 'global';

export interface NetworkCoverageRow {
  sectorId: string;
  scope: NetworkScope;
  count: number;
}

/** The sector × network-scope matrix and the sectors no EU or global network serves. */
export function networkCoverage(sectors: readonly SectorName[], rows: readonly NetworkCoverageRow[]) {
  const counts = new Map(rows.map((r) => [`${r.sectorId}|${r.scope}`, r.count]));
  const cells = sectors.flatMap((s) => networkScopes.map((scope) => ({ sectorId: s.id, scope, count: counts.get(`${s.id}|${scope}`) ?? 0 })));
  const withoutInternational = sectors.filter((s) => !networkScopes.some((scope) => isInternational(scope) && (counts.get(`${s.id}|${scope}`) ?? 0) > 0));
  return { cells, withoutInternational: withoutInternational.map((s) => ({ id: s.id, name: s.name })) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const quarterEnd = (year: number, q: number) => `${year}-${pad(q * 3)}-${q === 1 || q === 4 ? 31 : 30}`;

/**
 * The quarters from the first quarter of `fromYear` up to the one that contains `today`
 * (or the last of `toYear`, whichever is earlier): "2021-Q1" ending 2021-03-31, …
 */
export function quarters(fromYear: number, toYear: number, today: string): { quarter: string; end: string }[] {
  const out: { quarter: string; end: string }[] = [];
  const todayYear = Number(today.slice(0, 4));
  const todayQ = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  for (let y = fromYear; y <= Math.min(toYear, todayYear); y++) {
    for (let q = 1; q <= 4; q++) {
      if (y === todayYear && q > todayQ) break;
      out.push({ quarter: `${y}-Q${q}`, end: quarterEnd(y, q) });
    }
  }
  return out;
}

/** [stakeholder id, level rank 1–6 or null when the engagement ended, from, until or null]. */
export type EngagementInterval = [sid: string, rank: number | null, since: string, until: string | null];
/** One engagement_history row: [stakeholder id, sector id, level rank or null, date changed]. */
export type HistoryRow = [sid: string, sectorId: string, rank: number | null, changedOn: string];

/** History rows in (stakeholder, sector, date) order as intervals: each lasts until the pair's next change. */
export function historyIntervals(rows: readonly HistoryRow[]): EngagementInterval[] {
  return rows.map(([sid, sector, rank, since], i) => {
    const next = rows[i + 1];
    const until = next && next[0] === sid && next[1] === sector ? next[3] : null;
    return [sid, rank, since, until];
  });
}

/**
 * At the end of each quarter: how many distinct stakeholders were engaged in some sector, and
 * how many at "involved" or deeper. One pass over the intervals: each marks the quarters it
 * covers (since <= end < until) in its stakeholder's flags, so nothing is counted twice.
 */
export function engagementOverTime(
  intervals: readonly EngagementInterval[],
  quarterEnds: readonly { quarter: string; end: string }[],
): { quarter: string; end: string; involved: number; engaged: number }[] {
  const n = quarterEnds.length;
  const ends = quarterEnds.map((q) => q.end);
  /** First quarter whose end is on or after `date`. */
  const firstEndFrom = (date: string) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Per stakeholder: bit 1 engaged, bit 2 involved or deeper, per quarter.
  const flags = new Map<string, Uint8Array>();
  for (const [sid, rank, since, until] of intervals) {
    if (rank === null || (until !== null && until <= since)) continue;
    const from = firstEndFrom(since);
    const to = until === null ? n : firstEndFrom(until); // quarters with end < until
    if (from >= to) continue;
    let f = flags.get(sid);
    if (!f) flags.set(sid, (f = new Uint8Array(n)));
    const bits = rank >= INVOLVED_RANK ? 3 : 1;
    for (let q = from; q < to; q++) f[q]! |= bits;
  }
  const engaged = new Array<number>(n).fill(0);
  const involved = new Array<number>(n).fill(0);
  for (const f of flags.values()) {
    for (let q = 0; q < n; q++) {
      if (f[q]! & 1) engaged[q]!++;
      if (f[q]! & 2) involved[q]!++;
    }
  }
  return quarterEnds.map((q, i) => ({ quarter: q.quarter, end: q.end, involved: involved[i]!, engaged: engaged[i]! }));
}
