/**
 * The Dashboard's three money charts (by source, by sector, by year) shaped from one read of
 * the funding lines: each line (one source's money in one year, shared/domain/funding-years.ts)
 * with its action's sectors. Since issue 19 a line's year is recorded, not computed from the
 * action's dates, so no chart spreads money by days any more.
 *
 * The rules:
 * - pf: with a period filter, 1 for a line whose year is in it, else 0; 1 without one.
 * - By source: a line × pf × sw, where sw is the share of the action's sectors among the chosen
 *   ones (1 when no sector is chosen): money of an action serving several sectors is split
 *   evenly between them.
 * - By sector: a line × pf / (number of the action's sectors), for each of its sectors (only the
 *   chosen ones when sectors are chosen); an action without a sector counts under null.
 * - By year: a line × sw in its year; the part of it that is estimated is summed beside it.
 */
import type { Money } from '../schemas/dashboard';

/** One funding line: [actionId, year, estimated (0/1), fundingSourceId, planned, committed, spent, sectorIds joined by ','] */
export type MoneyLine = [string, number, number, string, number, number, number, string | null];

export interface MoneyFilter {
  /** The chosen sectors, or null for all. */
  sectorIds: readonly string[] | null;
  /** The period filter's years, both null when there is none. */
  fromYear: number | null;
  toYear: number | null;
  years: readonly number[];
}

/** Sums in cents, with fractions of a cent where sectors share an action (rounded by the caller). */
export interface MoneyCharts {
  bySource: Map<string, Money>;
  bySector: Map<string | null, Money>;
  byYear: Map<number, Money & { bySource: Map<string, number>; estimated: Money }>;
}

const zero = (): Money => ({ planned: 0, committed: 0, spent: 0 });
function add(into: Money, p: number, c: number, s: number, w: number) {
  into.planned += p * w;
  into.committed += c * w;
  into.spent += s * w;
}

interface Weights {
  sectors: string[];
  /** Chosen sectors among the action's (all of them when none are chosen). */
  chosen: string[];
  ns: number;
}

function weightsOf(sectorList: string | null, chosen: Set<string> | null): Weights {
  const sectors = sectorList ? sectorList.split(',') : [];
  return { sectors, chosen: chosen ? sectors.filter((id) => chosen.has(id)) : sectors, ns: Math.max(1, sectors.length) };
}

/** The three money charts in unrounded cents (the caller rounds each figure once). */
export function moneyCharts(lines: readonly MoneyLine[], f: MoneyFilter): MoneyCharts {
  const chosen = f.sectorIds ? new Set(f.sectorIds) : null;
  const shown = new Set(f.years);
  const out: MoneyCharts = { bySource: new Map(), bySector: new Map(), byYear: new Map() };
  const weights = new Map<string, Weights>();
  for (const [actionId, year, estimated, source, p, c, s, sectorList] of lines) {
    let w = weights.get(actionId);
    if (!w) weights.set(actionId, (w = weightsOf(sectorList, chosen)));
    const sw = chosen ? w.chosen.length / w.ns : 1;
    const pf = f.fromYear !== null && f.toYear !== null ? (year >= f.fromYear && year <= f.toYear ? 1 : 0) : 1;

    let src = out.bySource.get(source);
    if (!src) out.bySource.set(source, (src = zero()));
    add(src, p, c, s, pf * sw);

    for (const id of w.sectors.length ? w.chosen : chosen ? [] : [null]) {
      let sec = out.bySector.get(id);
      if (!sec) out.bySector.set(id, (sec = zero()));
      add(sec, p, c, s, pf / w.ns);
    }

    if (shown.has(year)) {
      let y = out.byYear.get(year);
      if (!y) out.byYear.set(year, (y = { ...zero(), bySource: new Map(), estimated: zero() }));
      add(y, p, c, s, sw);
      if (estimated) add(y.estimated, p, c, s, sw);
      y.bySource.set(source, (y.bySource.get(source) ?? 0) + p * sw);
    }
  }
  return out;
}
