/**
 * The sentences the app generates from the plan's data (statement titles, summaries, "needs
 * attention", report and slide text) are built here, once, from the data and a translator;
 * the Dashboard, the PDF and the slides only place them. Each must be true for an empty plan,
 * one thing and many (ties included), in every UI language: test/integration/trust/
 * rule-true-statements.test.ts checks them against real plans in English and Finnish.
 */

/** i18next's t as the statements use it (a key and its values). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "A", "A and B", "A, B and C" in the UI language (Intl.ListFormat). */
export function listOf(items: readonly string[], lng: string): string {
  return new Intl.ListFormat(lng.startsWith('fi') ? 'fi-FI' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
