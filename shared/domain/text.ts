/**
 * Search and sort for Finnish (and Swedish) text. SQLite's lower(), LIKE and ORDER BY are
 * ASCII-only, so lists are searched and sorted here, in code both the core and the renderer run.
 */
import { collator } from './format';

/**
 * Folding choice: lowercase AND strip diacritics, so ä→a, ö→o, å→a (and é→e, ü→u).
 * Both "aane" and "ääne" then find "Äänekoski": officers type on English keyboards, on phones
 * and in a hurry, and a search that misses because of a missing dot costs more than one that
 * also finds "saari" for "sääri". Sorting never folds: it uses `finnishCollator`, where ä, ö
 * and å are letters of their own after z.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finnish collation: å, ä, ö after z ("Äänekoski" after "Vaasa"); numbers by value. */
export const finnishCollator: Intl.Collator = collator('fi');

export const compareFinnish = (a: string, b: string): number => finnishCollator.compare(a, b);

/** A copy of `items` sorted by a text key in Finnish order. */
export function sortFinnish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => finnishCollator.compare(key(a), key(b)));
}

/** Pre-folds the texts of one row once, so a keystroke costs one `includes` per row. */
export const searchKey = (...texts: readonly (string | null | undefined)[]): string =>
  foldForSearch(texts.filter(Boolean).join(' \u0000 '));

/** Every word of the query occurs in the key (in any order). An empty query matches all. */
export function matchesSearch(key: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((w) => key.includes(w));
}
