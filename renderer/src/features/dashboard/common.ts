import type { TFunction } from 'i18next';
import type { Dashboard } from '../../../../shared/schemas/dashboard';
import type { ChartColors } from '../../components/charts/colors';
import { formatCount, formatDate } from '../../../../shared/domain/format';
import { statementContext } from '../../../../shared/domain/statements/context';

/** What every Dashboard chart reads: the data, words, language, colours and the source line. */
export interface ChartContext {
  d: Dashboard;
  t: TFunction;
  lng: string;
  colors: ChartColors;
  /** "Plan name · 23.11.2026" */
  source: string;
  sectorName: (id: string | null) => string;
  sourceName: (id: string) => string;
  /** The four largest sources (planned money) get a colour each, the rest share "Other". */
  sourceColor: (id: string) => string;
  /** Sources ranked by planned money: the first four have colours of their own. */
  sourceRank: (id: string) => number;
}

/** At most five colours in a chart: four sources of their own, then "Other". */
export const OWN_SOURCE_COLOURS = 4;

/**
 * The context every chart card reads, from the Dashboard data. One builder for the Dashboard,
 * the presentation's slides and the PDF report, so a chart reads the same in all three.
 */
export function chartContext(
  d: Dashboard,
  allSectors: readonly { id: string; name: string }[],
  t: TFunction,
  lng: string,
  colors: ChartColors,
): ChartContext {
  // Sources ranked by planned money, ties in the plan's order: the largest get their own colours.
  const order = new Map(d.fundingSources.map((s, i) => [s.id, i]));
  const planned = new Map(d.money.bySource.map((s) => [s.fundingSourceId, s.planned]));
  const ranked = [...d.fundingSources].sort((a, b) => (planned.get(b.id) ?? 0) - (planned.get(a.id) ?? 0) || order.get(a.id)! - order.get(b.id)!);
  const rank = new Map(ranked.map((s, i) => [s.id, i]));
  return {
    ...statementContext(d, allSectors, t, lng),
    t,
    colors,
    source: t('charts.card.source', { plan: d.plan.name, date: formatDate(d.today, lng) }),
    sourceColor: (id) => {
      const r = rank.get(id) ?? OWN_SOURCE_COLOURS;
      return r < OWN_SOURCE_COLOURS ? colors.sources[r]! : colors.sourceOther;
    },
    sourceRank: (id) => rank.get(id) ?? Number.MAX_SAFE_INTEGER,
  };
}

/** Recharts axis text in the theme's colours, at UI size. */
export const tick = (c: ChartColors) => ({ fill: c.muted, fontSize: 12 });
export const font = 'Inter Variable, Inter, system-ui, sans-serif';

/** The props every chart card shares: its id, the statement (title and summary), the subtitle, the source line and the background. */
export const cardOf = (c: ChartContext, id: string, { title, summary }: { title: string; summary: string }, subtitle: string) => ({ id, title, summary, subtitle, source: c.source, background: c.colors.bg });

/** A table-twin cell of text, shown and exported as it is. */
export const textCell = (text: string) => ({ shown: text, raw: text });
/** A table-twin cell of a count: shown in the language's digits, exported as the number. */
export const countCell = (n: number, lng: string) => ({ shown: formatCount(n, lng), raw: n });

/** A Recharts mark's click handler, given the row the mark stands for. */
export const onRow =
  <T>(handle: (row: T) => void) =>
  (e: unknown) => {
    const row = (e as { payload?: T }).payload;
    if (row) handle(row);
  };

export const dayMs = 86_400_000;
/** An ISO date as a day number (days since 1970-01-01, UTC). */
export const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;
