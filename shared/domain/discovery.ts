import { helixes, type Helix } from '../schemas/enums';

/**
 * The discovery process in numbers, computed once for the workshop pane and the report's
 * chapter: who took part, by helix, in one workshop and over all of them.
 */

/** A workshop's participants grouped by helix, every helix present (empty when none came). */
export function byHelix<T extends { helix: Helix }>(people: readonly T[]): { helix: Helix; people: T[] }[] {
  return helixes.map((helix) => ({ helix, people: people.filter((p) => p.helix === helix) }));
}

export interface HelixTotal {
  helix: Helix;
  /** Seats taken over all workshops (a stakeholder at three workshops counts three). */
  participations: number;
  /** Different stakeholders who took part at least once. */
  stakeholders: number;
}

/** Participation by helix over all workshops, every helix present. */
export function participationTotals(workshops: readonly { participants: readonly { id: string; helix: Helix }[] }[]): HelixTotal[] {
  return helixes.map((helix) => {
    const seats = workshops.flatMap((w) => w.participants.filter((p) => p.helix === helix));
    return { helix, participations: seats.length, stakeholders: new Set(seats.map((p) => p.id)).size };
  });
}

/** Free-text decisions as records: one per non-empty line, trimmed (as migration 0006 reads old plans). */
export const decisionLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
