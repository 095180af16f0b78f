import { z } from 'zod';
import { DateSchema, IdSchema, YearSchema } from './common';
import { ActionStatusSchema, EngagementLevelSchema, FundingKindSchema, HelixSchema, IndicatorKindSchema, MembershipSchema, NetworkScopeSchema, StakeholderTypeSchema } from './enums';
import { SectorRefSchema } from './refs';

/**
 * What the Dashboard shows, in one reply of `dashboard.get`. Every figure is aggregated in SQL
 * (electron/core/storage/repos/dashboard-repo.ts) and shaped by pure functions
 * (shared/domain/coverage.ts, shared/domain/progress.ts). A per-sector view is the same
 * Dashboard filtered to one sector.
 */
export const DashboardFiltersSchema = z.strictObject({
  /** Only these sectors (empty: every sector that is not archived). */
  sectorIds: z.array(IdSchema).max(200).default([]),
  /** Only stakeholders of this helix (coverage, stakeholder base, engagement, network members). */
  helix: HelixSchema.nullable().default(null),
  /** Only funding lines from these sources (actions, money, timeline). */
  fundingSourceIds: z.array(IdSchema).max(50).default([]),
  /** Only what falls in these years (actions overlapping them, money pro rata, engagement quarters). */
  fromYear: YearSchema.nullable().default(null),
  toYear: YearSchema.nullable().default(null),
});
export type DashboardFilters = z.output<typeof DashboardFiltersSchema>;
export type DashboardFiltersInput = z.input<typeof DashboardFiltersSchema>;

export const DashboardInputSchema = z.strictObject({
  filters: DashboardFiltersSchema.default({ sectorIds: [], helix: null, fundingSourceIds: [], fromYear: null, toYear: null }),
  /** "Today" for late actions and overdue milestones; the core's clock when absent (tests pass one). */
  today: DateSchema.optional(),
});

const Count = z.number().int().min(0);
const Cents = z.number().int();
const SectorKey = IdSchema.nullable(); // null: actions with no sector

export const LevelCountsSchema = z.record(EngagementLevelSchema, Count);
export type LevelCounts = z.infer<typeof LevelCountsSchema>;
export const StatusCountsSchema = z.record(ActionStatusSchema, Count);

export const CoverageCellSchema = z.object({
  sectorId: IdSchema,
  helix: HelixSchema,
  count: Count,
  /** The deepest engagement level in the cell; null when the cell is empty (a gap). */
  topLevel: EngagementLevelSchema.nullable(),
});
export type CoverageCell = z.infer<typeof CoverageCellSchema>;

/** The sector × helix matrix (shaped by coverageMatrix, shared/domain/coverage.ts). */
export const CoverageSchema = z.object({
  cells: z.array(CoverageCellSchema),
  gaps: z.array(z.object({ sectorId: IdSchema, sectorName: z.string(), helix: HelixSchema })),
  /** Sectors with a stakeholder in every helix shown. */
  completeSectors: Count,
  /** Engagement level distribution per sector (stakeholder–sector pairs). */
  levels: z.array(z.object({ sectorId: IdSchema, counts: LevelCountsSchema, total: Count })),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** The Dashboard shows sectors in use, never archived ones: their id and name. */
const ShownSectorSchema = SectorRefSchema.pick({ id: true, name: true });

export const MoneySchema = z.object({ planned: Cents, committed: Cents, spent: Cents });
export type Money = z.infer<typeof MoneySchema>;

export const IndicatorStatusSchema = z.enum(['ahead', 'onTrack', 'behind', 'noData']);
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

export const DashboardSchema = z.object({
  today: DateSchema,
  filters: DashboardFiltersSchema,
  plan: z.object({ name: z.string(), periodStart: YearSchema, periodEnd: YearSchema }),
  /** The sectors shown, in the plan's order. */
  sectors: z.array(ShownSectorSchema),
  /** The funding sources in use, in the plan's order (filter options, colours). */
  fundingSources: z.array(z.object({ id: IdSchema, kind: FundingKindSchema, name: z.string() })),
  helixes: z.array(HelixSchema),

  coverage: CoverageSchema,
  networks: z.object({
    cells: z.array(z.object({ sectorId: IdSchema, scope: NetworkScopeSchema, count: Count })),
    withoutInternational: z.array(ShownSectorSchema),
    total: Count,
  }),
  networkMap: z.object({
    networks: z.array(
      z.object({ id: IdSchema, name: z.string(), scope: NetworkScopeSchema, membership: MembershipSchema, members: Count, sectorIds: z.array(IdSchema) }),
    ),
    total: Count,
    /** Of all the networks (not only those drawn): those serving a sector shown, and of them the EU or global ones. */
    serving: Count,
    international: Count,
  }),
  stakeholders: z.object({
    byHelixType: z.array(z.object({ helix: HelixSchema, type: StakeholderTypeSchema, count: Count })),
    byHelix: z.record(HelixSchema, Count),
    total: Count,
  }),
  engagementOverTime: z.array(z.object({ quarter: z.string(), end: DateSchema, involved: Count, engaged: Count })),

  actions: z.object({
    bySector: z.array(z.object({ sectorId: SectorKey, counts: StatusCountsSchema, total: Count })),
    byStatus: StatusCountsSchema,
    total: Count,
  }),
  attention: z.object({
    /** The late actions (derived status); status is the typed one: "late" typed, or late by its end date. */
    late: z.array(z.object({ id: IdSchema, title: z.string(), status: ActionStatusSchema, endDate: DateSchema.nullable() })),
    lateCount: Count,
    overdue: z.array(z.object({ id: IdSchema, title: z.string(), dueDate: DateSchema, actionId: IdSchema, actionTitle: z.string() })),
    overdueCount: Count,
  }),
  money: z.object({
    totals: MoneySchema,
    bySector: z.array(MoneySchema.extend({ sectorId: SectorKey })),
    bySource: z.array(MoneySchema.extend({ fundingSourceId: IdSchema, share: z.number().min(0).max(1) })),
    /** Per year as recorded; `estimated` is the part of each figure the app spread from a total (shared/domain/funding-years.ts). */
    byYear: z.array(MoneySchema.extend({ year: YearSchema, planned: Cents, bySource: z.record(IdSchema, Cents), estimated: MoneySchema })),
    /** Planned money that no year of the period carries: lines in years outside the period. */
    plannedOutsideYears: Cents,
  }),
  timeline: z.object({
    rows: z.array(
      z.object({
        /** status: as typed; derivedStatus: as shown and counted (shared/domain/action-status.ts). */
        id: IdSchema, title: z.string(), status: ActionStatusSchema, derivedStatus: ActionStatusSchema, startDate: DateSchema, endDate: DateSchema,
        progress: z.number().int(), sectorId: SectorKey,
      }),
    ),
    milestones: z.array(z.object({ id: IdSchema, actionId: IdSchema, title: z.string(), dueDate: DateSchema, doneDate: DateSchema.nullable(), overdue: z.boolean() })),
    total: Count,
  }),
  indicators: z.array(
    z.object({
      id: IdSchema, name: z.string(), kind: IndicatorKindSchema, unit: z.string(), sectorId: IdSchema.nullable(), actionId: IdSchema.nullable(),
      baselineValue: z.number().nullable(), baselineYear: YearSchema.nullable(), targetValue: z.number().nullable(), targetYear: YearSchema.nullable(),
      latest: z.object({ value: z.number(), date: DateSchema }).nullable(),
      /** Where the straight baseline→target path is on the latest measurement's date. */
      expected: z.number().nullable(),
      status: IndicatorStatusSchema,
      measurementCount: Count,
      /** At most ~100 measurements, thinned in SQL (the latest always kept). */
      points: z.array(z.object({ date: DateSchema, value: z.number() })),
    }),
  ),
});
export type Dashboard = z.infer<typeof DashboardSchema>;
