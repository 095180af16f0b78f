import { intlLocale } from '../format';

/**
 * The sentences the app generates from the plan's data (statement titles, summaries, "needs
 * attention", report and slide text) are built here, once, from the data and a translator;
 * the Dashboard, the PDF and the slides only place them. Each must be true for an empty plan,
 * one thing and many (ties included), in every UI language: test/integration/trust/
 * rule-true-statements.test.ts checks them against real plans in English and Finnish.
 *
 * Rules the builders follow: a claim about "every" or "all" needs something to be about; one
 * thing is named or counted in the singular (the catalogue's _one forms, keyed on the number
 * the noun counts); a "most" or "largest" names every one that shares the top; a number never
 * stands in for "none" ("0 of 0", "Of 0 …").
 */

/** i18next's t as the statements use it (a key and its values). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "A", "A and B", "A, B and C" in the UI language. */
export const listOf = (items: readonly string[], lng: string): string => new Intl.ListFormat(intlLocale(lng), { style: 'long', type: 'conjunction' }).format(items);

/** The sentence with its first letter in capitals (a name list may start it). */
export const sentence = (s: string, lng: string): string => s.charAt(0).toLocaleUpperCase(intlLocale(lng)) + s.slice(1);

/** A word from the catalogue as it reads inside a sentence ("Research and education" → "research and education"). */
export const inSentence = (word: string, lng: string): string => word.charAt(0).toLocaleLowerCase(intlLocale(lng)) + word.slice(1);

/** The items that share the largest value (none when the largest is 0 or there are none). */
export function topOf<T>(items: readonly T[], value: (item: T) => number): T[] {
  const max = Math.max(0, ...items.map(value));
  return max > 0 ? items.filter((i) => value(i) === max) : [];
}
