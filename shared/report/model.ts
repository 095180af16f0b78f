// Pure shaping of the report's data: which sectors, actions and indicators a filtered export
// shows, and the action plan's totals (the sum of the funding lines shown).
import type { ActionRow } from '../schemas/action';
import type { IndicatorRow } from '../schemas/indicator';
import type { Money } from '../schemas/dashboard';
import type { ReportOptions } from './paging';
import { formatCents, formatNumber } from '../domain/format';


/** Funding lines of one action, as much as the report needs. */
export interface LineLite {
  fundingSourceId: string;
  plannedCents: number;
  committedCents: number;
  spentCents: number;
}

export interface ActionMoney extends Money {
  id: string;
}

/** An action's money from its funding lines, only from the given sources when any are given. */
export function actionMoney(id: string, lines: readonly LineLite[], sourceIds: readonly string[]): ActionMoney {
  const m: ActionMoney = { id, planned: 0, committed: 0, spent: 0 };
  for (const l of lines) {
    if (sourceIds.length && !sourceIds.includes(l.fundingSourceId)) continue;
    m.planned += l.plannedCents;
    m.committed += l.committedCents;
    m.spent += l.spentCents;
  }
  return m;
}

/** Actions the export shows: those of the chosen sectors, and with a line from a chosen source. */
export function reportActions(
  actions: readonly ActionRow[],
  options: Pick<ReportOptions, 'sectorIds' | 'sourceIds'>,
  linesOf: (id: string) => readonly LineLite[] | undefined,
): ActionRow[] {
  return actions.filter((a) => {
    if (options.sectorIds.length && !a.sectorIds.some((s) => options.sectorIds.includes(s))) return false;
    if (options.sourceIds.length && !(linesOf(a.id) ?? []).some((l) => options.sourceIds.includes(l.fundingSourceId))) return false;
    return true;
  });
}

/** Indicators the export shows: the plan's own, the chosen sectors', and those of the actions shown. */
export function reportIndicators(indicators: readonly IndicatorRow[], sectorIds: readonly string[], actionIds: ReadonlySet<string>): IndicatorRow[] {
  if (!sectorIds.length) return [...indicators];
  return indicators.filter((i) => (i.sectorId ? sectorIds.includes(i.sectorId) : i.actionId ? actionIds.has(i.actionId) : true));
}

/** "2022–2023", "from 2022", "until 2023" or "". */
export function yearSpan(start: string | null, end: string | null): string {
  const a = start?.slice(0, 4) ?? '';
  const b = end?.slice(0, 4) ?? '';
  if (a && b) return a === b ? a : `${a}–${b}`;
  return a || b;
}

/** A, B, C … for appendices. */
export const appendixLetter = (i: number) => String.fromCharCode(65 + i);

/**
 * A sector chapter lists its stakeholders and actions row by row up to this many; beyond it the
 * chapter stays readable (and a plan of 10,000 stakeholders prints in hundreds of pages, not
 * thousands): stakeholders grouped by helix and level, and the actions with most planned money.
 */
export const COMPACT_ROWS = 60;
/** An appendix table of more rows than this is set dense (smaller type, tighter rows). */
export const DENSE_ROWS = 300;
/** Actions a long sector chapter shows (the action plan chapter lists every one). */
export const LARGEST_ACTIONS = 25;

/** Engaged stakeholders (already in helix, level, name order) as one group per helix and level. */
export function engagedGroups<H, L>(engaged: readonly { level: L; stakeholder: { helix: H; name: string } }[]): { helix: H; level: L; names: string[] }[] {
  const groups: { helix: H; level: L; names: string[] }[] = [];
  for (const x of engaged) {
    const last = groups[groups.length - 1];
    if (last && last.helix === x.stakeholder.helix && last.level === x.level) last.names.push(x.stakeholder.name);
    else groups.push({ helix: x.stakeholder.helix, level: x.level, names: [x.stakeholder.name] });
  }
  return groups;
}

/** The `n` actions with the most planned money, biggest first (ties by title). */
export function largestActions<A extends { id: string; title: string }>(actions: readonly A[], plannedOf: (a: A) => number, n: number, lng: string): A[] {
  return [...actions].sort((a, b) => plannedOf(b) - plannedOf(a) || a.title.localeCompare(b.title, lng)).slice(0, n);
}

/**
 * The names of these sectors in the plan's order (`sectors` as the plan lists them), comma-joined:
 * a row's linked ids come in the order of their random ids, so each export would read differently.
 */
export function sectorNamesInOrder(ids: readonly string[], sectors: readonly { id: string; name: string }[]): string {
  const wanted = new Set(ids);
  return sectors
    .filter((s) => wanted.has(s.id))
    .map((s) => s.name)
    .join(', ');
}

/**
 * The width (% of the 170 mm column) of the action plan's money columns: 11 % as designed, wider
 * when the longest sum (the totals, at 8 pt bold) would not fit, so that sums in the billions
 * stay inside their column instead of widening the table past the page, which makes Chromium
 * shrink every page of the PDF to fit. Measured at 8 pt bold in the 170 mm column: a digit 1.08 %,
 * a (no-break) space 0.44 %, any other character (€, a sign) 1.15 %, the cell's padding 1.8 %.
 */
export function moneyColumnPercent(values: readonly string[]): number {
  const width = (v: string) => [...v].reduce((w, ch) => w + (/\d/.test(ch) ? 1.08 : /\s/.test(ch) ? 0.44 : 1.15), 1.8);
  return Math.max(11, Math.ceil(Math.max(0, ...values.map(width))));
}

/** From a sum of 100 million euros (nine digits) the action plan is in thousands, in every language. */
const THOUSANDS_FROM_CENTS = 10_000_000_000;

/**
 * How the action plan shows money: in euros ("6 663 810 €"), or in thousands of euros ("2 857 780",
 * said in the caption) when a sum reaches 100 million euros. In euros such sums need columns of
 * 14–18 % (`moneyColumnPercent`): three of them left the action's title 7 % of the line, a word
 * a line, and the large plan's action plan 211 pages. Each figure is rounded on its own, the
 * totals from the exact sums.
 */
export function budgetMoney(totalsCents: readonly number[], language: string): { thousands: boolean; format: (cents: number) => string; percent: number } {
  const thousands = Math.max(0, ...totalsCents) >= THOUSANDS_FROM_CENTS;
  const format = thousands ? (cents: number) => formatNumber(Math.round(cents / 100_000), language, 0) : (cents: number) => formatCents(cents, language, 0);
  return { thousands, format, percent: moneyColumnPercent(totalsCents.map(format)) };
}
