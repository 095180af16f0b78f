/**
 * Filters for the entity lists. The list channels return every row and the renderer filters,
 * searches and sorts them with these (see the comment in shared/contract/channels.ts); each
 * filter left undefined lets every row through.
 */
import type { ActionStatus, Helix } from '../schemas/enums';
import type { StakeholderRow } from '../schemas/stakeholder';
import type { ActionRow } from '../schemas/action';
import type { NetworkRow } from '../schemas/network';
import type { WorkshopRow } from '../schemas/workshop';
import type { IndicatorRow } from '../schemas/indicator';

export interface ListFilter {
  sectorId?: string;
  /** Only actions in no sector (the Dashboard's "No sector" bar). */
  noSector?: boolean;
  /** Only actions with an overdue milestone (the Dashboard's "N milestones are overdue"). */
  overdueMilestones?: boolean;
  helix?: Helix;
  status?: ActionStatus;
  networkId?: string;
  year?: number;
}

/**
 * The filter a link to a list carries, in the words of the list's own filter chips
 * (#/actions?status=late&sector=<id>): what the Dashboard links to is what the list shows.
 */
export function listFilterOf(params: Readonly<Record<string, string>>): ListFilter {
  const f: ListFilter = {};
  if (params.sector === 'none') f.noSector = true;
  else if (params.sector) f.sectorId = params.sector;
  if (params.milestones === 'overdue') f.overdueMilestones = true;
  if (params.helix) f.helix = params.helix as Helix;
  if (params.status) f.status = params.status as ActionStatus;
  if (params.network) f.networkId = params.network;
  if (params.year && /^\d{4}$/.test(params.year)) f.year = Number(params.year);
  return f;
}

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

/** An action runs in a year when its start..end overlaps it; an open end runs on. Undated actions have no year. */
export function runsInYear(a: { startDate: string | null; endDate: string | null }, year: number): boolean {
  const start = yearOf(a.startDate);
  const end = yearOf(a.endDate);
  if (start === null && end === null) return false;
  return (start ?? -Infinity) <= year && year <= (end ?? Infinity);
}

export const stakeholderMatches = (s: StakeholderRow, f: ListFilter): boolean =>
  (!f.sectorId || s.engagements.some((e) => e.sectorId === f.sectorId)) &&
  (!f.helix || s.helix === f.helix) &&
  (!f.networkId || s.networkIds.includes(f.networkId));

export const actionMatches = (a: ActionRow, f: ListFilter): boolean =>
  (!f.sectorId || a.sectorIds.includes(f.sectorId)) &&
  (!f.noSector || a.sectorIds.length === 0) &&
  (!f.overdueMilestones || a.overdueMilestones > 0) &&
  // The derived status: the list shows, filters and counts what the Dashboard does (one "late").
  (!f.status || a.derivedStatus === f.status) &&
  (!f.networkId || a.networkIds.includes(f.networkId)) &&
  (f.year === undefined || runsInYear(a, f.year));

export const networkMatches = (n: NetworkRow, f: ListFilter): boolean => !f.sectorId || n.sectorIds.includes(f.sectorId);

export const workshopMatches = (w: WorkshopRow, f: ListFilter): boolean =>
  (!f.sectorId || w.sectorIds.includes(f.sectorId)) && (f.year === undefined || yearOf(w.heldOn) === f.year);

export const indicatorMatches = (i: IndicatorRow, f: ListFilter): boolean => !f.sectorId || i.sectorId === f.sectorId;
