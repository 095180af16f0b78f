import { engagementLevels, type EngagementLevel } from '../../../../shared/schemas/enums';

/** A cell of the grid by its row (stakeholder) and column (sector) index among those shown. */
export interface Cell {
  row: number;
  col: number;
}

/** The cells between the anchor and the active cell, both included: what one keypress sets. */
export interface Range {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const rangeOf = (anchor: Cell, active: Cell): Range => ({
  top: Math.min(anchor.row, active.row),
  bottom: Math.max(anchor.row, active.row),
  left: Math.min(anchor.col, active.col),
  right: Math.max(anchor.col, active.col),
});

export const inRange = (r: Range, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

export const clampCell = (c: Cell, rows: number, cols: number): Cell => ({
  row: Math.max(0, Math.min(rows - 1, c.row)),
  col: Math.max(0, Math.min(cols - 1, c.col)),
});

/**
 * What a key sets: 1–6 a level (their order, shallowest first), 0, Delete or Backspace "no
 * engagement" (null), a letter the level whose word in the UI language starts with it when only
 * one does ("l" leading, "j" johtava). undefined: the key sets nothing.
 */
export function levelForKey(key: string, words: Readonly<Record<EngagementLevel, string>>): EngagementLevel | null | undefined {
  if (key === 'Delete' || key === 'Backspace' || key === '0') return null;
  if (/^[1-6]$/.test(key)) return engagementLevels[Number(key) - 1];
  if (key.length !== 1 || !/\p{L}/u.test(key)) return undefined;
  const k = key.toLocaleLowerCase();
  const matches = engagementLevels.filter((l) => words[l].toLocaleLowerCase().startsWith(k));
  return matches.length === 1 ? matches[0] : undefined;
}

/** A pair's key in the pending changes and the current levels. */
export const pairKey = (stakeholderId: string, sectorId: string) => `${stakeholderId}/${sectorId}`;

/**
 * Pending changes after setting every cell of `range` to `level`: a cell set back to its stored
 * level is no longer pending (nothing to save).
 */
export function applyLevel(
  pending: ReadonlyMap<string, EngagementLevel | null>,
  range: Range,
  stakeholderIds: readonly string[],
  sectorIds: readonly string[],
  stored: (key: string) => EngagementLevel | null,
  level: EngagementLevel | null,
): Map<string, EngagementLevel | null> {
  const next = new Map(pending);
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const key = pairKey(stakeholderIds[r]!, sectorIds[c]!);
      if (stored(key) === level) next.delete(key);
      else next.set(key, level);
    }
  }
  return next;
}
