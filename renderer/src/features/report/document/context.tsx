import { createContext, useContext, useId } from 'react';
import type { TFunction } from 'i18next';
import { formatCents, formatPeriod } from '../../../../../shared/domain/format';
import { reportIntros } from '../../../../../shared/domain/statements/report';
import type { ChartContext } from '../../dashboard/common';
import { actionMoney, reportActions, reportIndicators, sectorNamesInOrder } from '../../../../../shared/report/model';
import type { Money } from '../../../../../shared/schemas/dashboard';
import type { ReportOptions } from '../../../../../shared/report/paging';
import type { ReportData } from '../use-report-data';
import type { TocEntry } from '../contents';
import { Numbering } from './numbering';

/** What every chapter of the report reads: the data as the export's filters leave it, words, numbering and contents. */
export interface Report {
  data: ReportData;
  o: ReportOptions;
  t: TFunction;
  lng: string;
  c: ChartContext;
  today: string;
  contents: TocEntry[];
  numbering: Numbering;
  money: (cents: number) => string;
  period: string;
  sectorName: (id: string) => string;
  /** Sectors' names in the plan's order, comma-joined (not in the order of their random ids: each export reads the same). */
  sectorNames: (ids: readonly string[]) => string;
  sourceName: (id: string) => string;
  /** What the filters leave in. */
  actions: ReportData['actions'];
  moneyOf: (a: ReportData['actions'][number]) => Money;
  indicators: ReportData['indicators'];
  stakeholders: ReportData['stakeholders'];
  networks: ReportData['networks'];
  intros: ReturnType<typeof reportIntros>;
}

export type ReportInput = Pick<Report, 'data' | 'o' | 't' | 'lng' | 'c' | 'today' | 'contents'>;

/** The report's shared values, the filters applied once. */
export function makeReport(input: ReportInput): Report {
  const { data, o, t, lng } = input;
  const sectorNames = new Map(data.allSectors.map((s) => [s.id, s.name]));
  const actions = reportActions(data.actions, o, (id) => data.lines.get(id));
  const actionIds = new Set(actions.map((a) => a.id));
  const indicators = reportIndicators(data.indicators, o.sectorIds, actionIds);
  const inSectors = (ids: readonly string[]) => !o.sectorIds.length || ids.some((s) => o.sectorIds.includes(s));
  const stakeholders = data.stakeholders.filter((s) => inSectors(s.engagements.map((e) => e.sectorId)));
  const networks = data.networks.filter((n) => inSectors(n.sectorIds));
  return {
    ...input,
    numbering: new Numbering(),
    money: (cents) => formatCents(cents, lng, 0),
    period: formatPeriod(data.plan.periodStart, data.plan.periodEnd),
    sectorName: (id) => sectorNames.get(id) ?? '',
    sectorNames: (ids) => sectorNamesInOrder(ids, data.allSectors),
    sourceName: (id) => {
      const s = data.sources.find((x) => x.id === id);
      return !s ? '' : s.kind === 'custom' ? s.name : t(`fundingKind.${s.kind}`);
    },
    actions,
    moneyOf: (a) => (o.sourceIds.length ? actionMoney(a.id, data.lines.get(a.id) ?? [], o.sourceIds) : { planned: a.plannedCents, committed: a.committedCents, spent: a.spentCents }),
    indicators,
    stakeholders,
    networks,
    intros: reportIntros(
      t,
      { sectors: data.sectors.length, actions: actions.length, indicators: indicators.length, stakeholders: stakeholders.length, networks: networks.length },
      { sectors: o.sectorIds.length > 0, sources: o.sourceIds.length > 0, allSectors: data.allSectors.length },
    ),
  };
}

const ReportContext = createContext<Report | null>(null);
export const ReportProvider = ReportContext.Provider;

/**
 * Start page per unit (null until measured), apart from the report: setting the contents' pages
 * then draws the contents again, not the whole document (the large plan: 2 s).
 */
const PagesContext = createContext<Record<string, number> | null>(null);
export const PagesProvider = PagesContext.Provider;
export const usePages = () => useContext(PagesContext);

export function useReport(): Report {
  const r = useContext(ReportContext);
  if (!r) throw new Error('useReport outside a report');
  return r;
}

/** The contents entry with this anchor id (every chapter heading has one). */
export function useEntry(id: string): TocEntry {
  const e = useReport().contents.find((x) => x.id === id);
  if (!e) throw new Error(`no contents entry ${id}`);
  return e;
}

/** This table's number (see Numbering). */
export const useTableNumber = (): number => useReport().numbering.table(useId());
export const useFigureNumber = (): number => useReport().numbering.figure(useId());
