/**
 * Search and sort for the entity lists, over rows the list channels return. Search folds as
 * `foldForSearch` does ("aane" and "ääne" both find "Äänekoski"); text sorts with the language's
 * collation (Finnish: å, ä, ö after z, so "Äänekoski" comes after "Vaasa"); blanks sort last.
 */
import { collator } from './format';
import { matchesSearch, searchKey } from './text';

export interface SortSpec<T> {
  value: (row: T) => string | number | null;
  direction: 'asc' | 'desc';
}

/** Rows with their folded search key, computed once per list (not per keystroke). */
export function indexRows<T>(rows: readonly T[], texts: (row: T) => readonly (string | null | undefined)[]): { row: T; key: string }[] {
  return rows.map((row) => ({ row, key: searchKey(...texts(row)) }));
}

export function sortRows<T>(rows: readonly T[], sort: SortSpec<T> | null, language: string): T[] {
  if (!sort) return [...rows];
  const c = collator(language);
  const dir = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: sort.value(row) }));
  keyed.sort((a, b) => {
    const x = a.v;
    const y = b.v;
    if (x === null || x === '') return y === null || y === '' ? 0 : 1;
    if (y === null || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
    return c.compare(String(x), String(y)) * dir;
  });
  return keyed.map((k) => k.row);
}

/** Filter (predicate), search (folded) and sort, in that order. */
export function queryRows<T>(
  indexed: readonly { row: T; key: string }[],
  options: { search?: string; filter?: (row: T) => boolean; sort?: SortSpec<T> | null; language: string },
): T[] {
  const q = options.search?.trim() ?? '';
  const rows = indexed.filter(({ row, key }) => (!options.filter || options.filter(row)) && (q === '' || matchesSearch(key, q))).map((r) => r.row);
  return sortRows(rows, options.sort ?? null, options.language);
}
