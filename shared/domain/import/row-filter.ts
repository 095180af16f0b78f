/**
 * Taking only some rows of a file: a column that holds a region or a group ("Maakunta",
 * "Region") and the values of it to take. The wizard offers the values a column has (with how
 * many rows have each); the core leaves the other rows out before they are checked.
 */
import { cellText, isBlank, type Cell } from './values';

export interface RowFilter {
  /** The column, left to right from 0. */
  column: number;
  /** The cell texts (trimmed) of the rows to take; '' takes rows whose cell is empty. */
  values: readonly string[];
}

export interface ColumnValue {
  value: string;
  count: number;
}

/** More distinct values than this: a column of names, not of groups (offered no filter). */
export const MAX_FILTER_VALUES = 50;

/** A cell as a filter compares it. */
export const filterText = (cell: Cell): string => (isBlank(cell) ? '' : cellText(cell).trim());

/**
 * Each column's distinct values in the order they first appear, with their row counts; null for
 * a column with more than MAX_FILTER_VALUES values or fewer than two (nothing to choose between).
 */
export function columnValues(rows: readonly { cells: readonly Cell[] }[], columnCount: number): (ColumnValue[] | null)[] {
  const counts = Array.from({ length: columnCount }, () => new Map<string, number>() as Map<string, number> | null);
  for (const { cells } of rows) {
    if (cells.every(isBlank)) continue;
    counts.forEach((map, col) => {
      if (!map) return;
      const text = filterText(cells[col] ?? null);
      map.set(text, (map.get(text) ?? 0) + 1);
      if (map.size > MAX_FILTER_VALUES) counts[col] = null;
    });
  }
  return counts.map((map) => (map && map.size >= 2 ? [...map].map(([value, count]) => ({ value, count })) : null));
}

/** Whether a row is taken: every row without a filter; an empty row always (it is counted as empty, not as left out). */
export function takesRow(filter: RowFilter | null | undefined, cells: readonly Cell[]): boolean {
  if (!filter || cells.every(isBlank)) return true;
  return filter.values.includes(filterText(cells[filter.column] ?? null));
}
