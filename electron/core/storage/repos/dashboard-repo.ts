/**
 * The Dashboard's aggregations: one statement per chart, aggregated in SQL over the indexes of
 * 0001-initial (engagement_sector, network_sector_sector, action_sector_sector, funding_line_action,
 * milestone_action, measurement_indicator), so the reply stays small and fast for a plan of
 * 40 sectors, 10,000 stakeholders, 500 networks, 3,000 actions and 100,000 measurements.
 * Filters arrive as named parameters; lists of ids as JSON read with json_each, so every
 * statement is prepared once with a fixed text. Rules shared with the pure code are cited from
 * shared/domain/progress.ts.
 */
import type { Db } from '../connection';
import type { ActionStatus, EngagementLevel, Helix, NetworkScope } from '../../../../shared/schemas/enums';
import { levelRankSql, type HistoryRow } from '../../../../shared/domain/coverage';
import { derivedStatusSql } from '../../../../shared/domain/action-status';
import { overdueSql } from '../../../../shared/domain/progress';
import type { MoneyLine } from '../../../../shared/domain/money-charts';
import type { PlanTable } from '../../../../shared/contract/tables';

/**
 * The plan tables each read below depends on: the Dashboard keeps a read's result until a change
 * touches one of them (storage/read-memo.ts). Checked against each statement's compiled program
 * by test/integration/dashboard-reads.test.ts.
 */
const ACTIONS: PlanTable[] = ['action', 'action_sector', 'funding_line'];
export const reads = {
  dashboardPlan: ['plan'],
  shownSectors: ['sector'],
  fundingSourcesInUse: ['funding_source', 'funding_line'],
  coverageRows: ['engagement', 'stakeholder'],
  networkCoverageRows: ['network', 'network_sector'],
  networkMapRows: ['network', 'network_member', 'network_sector', 'sector', 'stakeholder'],
  stakeholderRows: ['stakeholder', 'engagement'],
  engagementHistory: ['engagement_history', 'stakeholder'],
  actionStatusRows: ACTIONS,
  actionTotals: ACTIONS,
  lateActions: ACTIONS,
  overdueMilestones: [...ACTIONS, 'milestone'],
  moneyLines: ACTIONS,
  timelineRows: [...ACTIONS, 'sector'],
  milestonesOf: ['milestone'],
  indicatorRows: ['indicator', 'measurement', 'action_sector'],
  indicatorPoints: ['measurement'],
} as const satisfies Record<string, readonly PlanTable[]>;
export type DashboardRead = keyof typeof reads;

/** The bound parameters every dashboard statement may use (extra ones are ignored). */
export interface DashboardParams {
  /** JSON array of sector ids, or null for all sectors. */
  sectors: string | null;
  helix: Helix | null;
  /** JSON array of funding source ids, or null for all. */
  sources: string | null;
  /** The period filter as dates (YYYY-01-01 … YYYY-12-31), both null when there is none. */
  fromDate: string | null;
  toDate: string | null;
  today: string;
}

const inList = (param: string) => `(SELECT value FROM json_each(@${param}))`;
const sectorOk = (col: string) => `(@sectors IS NULL OR ${col} IN ${inList('sectors')})`;
const helixOk = (col: string) => `(@helix IS NULL OR ${col} = @helix)`;

/** derivedStatus() of shared/domain/action-status.ts: the one "late". */
const STATUS = derivedStatusSql('a');

/** The actions the filters let through: in a chosen sector, funded from a chosen source, overlapping the period. */
const ACTION_OK = `
  (@sectors IS NULL OR EXISTS (SELECT 1 FROM action_sector x WHERE x.action_id = a.id AND x.sector_id IN ${inList('sectors')}))
  AND (@sources IS NULL OR EXISTS (SELECT 1 FROM funding_line f WHERE f.action_id = a.id AND f.funding_source_id IN ${inList('sources')}))
  AND (@fromDate IS NULL OR (coalesce(a.start_date, a.end_date) IS NOT NULL
       AND coalesce(a.start_date, '0000-01-01') <= @toDate AND coalesce(a.end_date, '9999-12-31') >= @fromDate))`;

const cache = new WeakMap<Db, Map<string, ReturnType<Db['prepare']>>>();
/** Prepared once per connection. */
function stmt(db: Db, sql: string) {
  let map = cache.get(db);
  if (!map) cache.set(db, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = db.prepare(sql)));
  return s;
}
const all = <T>(db: Db, sql: string, params: object) => stmt(db, sql).all(params) as T[];

export function dashboardPlan(db: Db) {
  return db.prepare('SELECT name, period_start AS periodStart, period_end AS periodEnd FROM plan LIMIT 1').get() as
    | { name: string; periodStart: number; periodEnd: number }
    | undefined;
}

/** The sectors shown: the chosen ones (even archived), else every sector not archived; plan order. */
export const shownSectors = (db: Db, p: DashboardParams) =>
  all<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM sector WHERE (@sectors IS NOT NULL OR archived = 0) AND ${sectorOk('id')} ORDER BY sort_order, name`,
    p,
  );

export const fundingSourcesInUse = (db: Db) =>
  all<{ id: string; kind: string; name: string }>(
    db,
    `SELECT id, kind, name FROM funding_source s
     WHERE in_use = 1 OR EXISTS (SELECT 1 FROM funding_line f WHERE f.funding_source_id = s.id)
     ORDER BY sort_order, name`,
    {},
  );

/** Sector × helix × level: stakeholder–sector pairs (coverage matrix and level distribution). */
export const coverageRows = (db: Db, p: DashboardParams) =>
  all<{ sectorId: string; helix: Helix; level: EngagementLevel; count: number }>(
    db,
    `SELECT e.sector_id AS sectorId, s.helix, e.level, count(*) AS count
     FROM engagement e JOIN stakeholder s ON s.id = e.stakeholder_id
     WHERE ${sectorOk('e.sector_id')} AND ${helixOk('s.helix')}
     GROUP BY e.sector_id, s.helix, e.level`,
    p,
  );

/** Sector × network scope: how many networks serve each sector at each scope. */
export const networkCoverageRows = (db: Db, p: DashboardParams) =>
  all<{ sectorId: string; scope: NetworkScope; count: number }>(
    db,
    `SELECT ns.sector_id AS sectorId, n.scope, count(*) AS count
     FROM network_sector ns JOIN network n ON n.id = ns.network_id
     WHERE ${sectorOk('ns.sector_id')}
     GROUP BY ns.sector_id, n.scope`,
    p,
  );

const NETWORK_OK = `(@sectors IS NULL OR EXISTS (SELECT 1 FROM network_sector ns WHERE ns.network_id = n.id AND ns.sector_id IN ${inList('sectors')}))`;

/**
 * The networks for the adjacency view (international first, then by name), at most `limit`:
 * each with its member count (of the chosen helix) and the sectors it serves.
 */
export function networkMapRows(db: Db, p: DashboardParams, limit: number) {
  const rows = all<{ id: string; name: string; scope: NetworkScope; membership: string; members: number; sectorIds: string; total: number }>(
    db,
    `SELECT n.id, n.name, n.scope, n.membership,
       (SELECT count(*) FROM network_member m JOIN stakeholder s ON s.id = m.stakeholder_id
        WHERE m.network_id = n.id AND ${helixOk('s.helix')}) AS members,
       (SELECT json_group_array(ns.sector_id) FROM network_sector ns WHERE ns.network_id = n.id) AS sectorIds,
       count(*) OVER () AS total
     FROM network n WHERE ${NETWORK_OK}
     ORDER BY CASE n.scope WHEN 'global' THEN 0 WHEN 'eu' THEN 1 WHEN 'national' THEN 2 ELSE 3 END, n.name
     LIMIT @limit`,
    { ...p, limit },
  );
  // Serving a sector shown: one of the chosen sectors, else one not archived (as shownSectors).
  const serving = stmt(
    db,
    `SELECT count(*) AS serving, coalesce(sum(n.scope IN ('eu', 'global')), 0) AS international FROM network n
     WHERE EXISTS (SELECT 1 FROM network_sector ns JOIN sector s ON s.id = ns.sector_id
                   WHERE ns.network_id = n.id AND (@sectors IS NOT NULL OR s.archived = 0) AND ${sectorOk('ns.sector_id')})`,
  ).get(p) as { serving: number; international: number };
  return {
    ...serving,
    total: rows[0]?.total ?? (stmt(db, `SELECT count(*) AS n FROM network n WHERE ${NETWORK_OK}`).get(p) as { n: number }).n,
    networks: rows.map(({ total: _total, sectorIds, ...r }) => ({ ...r, sectorIds: JSON.parse(sectorIds) as string[] })),
  };
}

/** Stakeholders by helix and type (engaged in a chosen sector when sectors are chosen). */
export const stakeholderRows = (db: Db, p: DashboardParams) =>
  all<{ helix: Helix; type: string; count: number }>(
    db,
    `SELECT s.helix, s.type, count(*) AS count FROM stakeholder s
     WHERE ${helixOk('s.helix')}
       AND (@sectors IS NULL OR EXISTS (SELECT 1 FROM engagement e WHERE e.stakeholder_id = s.id AND e.sector_id IN ${inList('sectors')}))
     GROUP BY s.helix, s.type`,
    p,
  );

/**
 * Engagement history of the chosen sectors and helix in (stakeholder, sector, date) order,
 * which the index engagement_history_timeline gives without sorting or reading the table
 * (migration 10): [sid, sector, rank, date].
 * shared/domain turns it into intervals and counts them at quarter ends (engagementOverTime):
 * a LEAD() window with a tie-break off the index, and a quarters × intervals join with
 * count(DISTINCT), took 0.1 s and 0.8 s on 20,000 engagements. Changes of a pair on the same
 * day are ordered as syncEngagement reads them (entered last wins), so the chart ends where the
 * current engagement is.
 */
export const engagementHistory = (db: Db, p: DashboardParams): HistoryRow[] =>
  stmt(
    db,
    `SELECT h.stakeholder_id, h.sector_id,
       ${levelRankSql('h.level')},
       h.changed_on
     FROM engagement_history h
     WHERE ${sectorOk('h.sector_id')}
       AND (@helix IS NULL OR EXISTS (SELECT 1 FROM stakeholder s WHERE s.id = h.stakeholder_id AND s.helix = @helix))
     ORDER BY h.stakeholder_id, h.sector_id, h.changed_on, h.created_at, h.id`,
  )
    .raw()
    .all(p) as HistoryRow[];

/** Actions per sector (the chosen ones; null: no sector) and derived status. */
export const actionStatusRows = (db: Db, p: DashboardParams) =>
  all<{ sectorId: string | null; status: ActionStatus; count: number }>(
    db,
    `SELECT x.sector_id AS sectorId, ${STATUS} AS status, count(*) AS count
     FROM action a LEFT JOIN action_sector x ON x.action_id = a.id
     WHERE ${ACTION_OK} AND ${sectorOk('x.sector_id')}
     GROUP BY x.sector_id, 2`,
    p,
  );

/** Distinct actions per derived status (an action in several sectors counts once). */
export const actionTotals = (db: Db, p: DashboardParams) =>
  all<{ status: ActionStatus; count: number }>(db, `SELECT ${STATUS} AS status, count(*) AS count FROM action a WHERE ${ACTION_OK} GROUP BY 1`, p);

/** Late actions (derived status), the earliest end first, at most `limit`, with their total. */
export const lateActions = (db: Db, p: DashboardParams, limit: number) =>
  all<{ id: string; title: string; status: ActionStatus; endDate: string | null; total: number }>(
    db,
    `SELECT a.id, a.title, a.status, a.end_date AS endDate, count(*) OVER () AS total
     FROM action a WHERE ${ACTION_OK} AND ${STATUS} = 'late'
     ORDER BY a.end_date, a.title LIMIT @limit`,
    { ...p, limit },
  );

/** Milestones not done, due before today, of actions not cancelled (isOverdue() of progress.ts). */
export const overdueMilestones = (db: Db, p: DashboardParams, limit: number) =>
  all<{ id: string; title: string; dueDate: string; actionId: string; actionTitle: string; total: number }>(
    db,
    `SELECT m.id, m.title, m.due_date AS dueDate, a.id AS actionId, a.title AS actionTitle, count(*) OVER () AS total
     FROM milestone m JOIN action a ON a.id = m.action_id
     WHERE ${overdueSql('m', 'a')} AND ${ACTION_OK}
     ORDER BY m.due_date, a.title LIMIT @limit`,
    { ...p, limit },
  );

/**
 * The funding lines of the actions the filters let through (of the chosen sources), each with its
 * year, whether it is estimated, and its action's sectors: what moneyCharts() of
 * shared/domain/money-charts.ts shapes into the three money charts.
 */
export const moneyLines = (db: Db, p: DashboardParams): MoneyLine[] =>
  stmt(
    db,
    `SELECT a.id, f.year, f.estimated, f.funding_source_id, f.planned_cents, f.committed_cents, f.spent_cents,
       (SELECT group_concat(x.sector_id) FROM action_sector x WHERE x.action_id = a.id)
     FROM funding_line f JOIN action a ON a.id = f.action_id
     WHERE ${ACTION_OK} AND (@sources IS NULL OR f.funding_source_id IN ${inList('sources')})`,
  )
    .raw()
    .all(p) as MoneyLine[];

/**
 * Timeline rows: dated actions, each under its first chosen sector (plan order), at most
 * `perSector` per sector (late first, then running, planned, completed, cancelled; then by start),
 * shown by sector and start date; with the number of dated actions in all.
 */
export const timelineRows = (db: Db, p: DashboardParams, perSector: number) =>
  all<{ id: string; title: string; status: ActionStatus; derivedStatus: ActionStatus; startDate: string; endDate: string; progress: number; sectorId: string | null; total: number }>(
    db,
    `WITH first AS (
       SELECT x.action_id, x.sector_id, sc.sort_order,
         row_number() OVER (PARTITION BY x.action_id ORDER BY sc.sort_order, sc.name) AS rn
       FROM action_sector x JOIN sector sc ON sc.id = x.sector_id WHERE ${sectorOk('x.sector_id')}
     ), dated AS (
       SELECT a.id, a.title, a.status, ${STATUS} AS derivedStatus, a.start_date AS startDate, a.end_date AS endDate, a.progress,
         f.sector_id AS sectorId, coalesce(f.sort_order, 1e9) AS sectorOrder, count(*) OVER () AS total
       FROM action a LEFT JOIN first f ON f.action_id = a.id AND f.rn = 1
       WHERE ${ACTION_OK} AND a.start_date IS NOT NULL AND a.end_date IS NOT NULL
     ), ranked AS (
       SELECT *, row_number() OVER (PARTITION BY sectorId ORDER BY
         CASE derivedStatus WHEN 'late' THEN 0 WHEN 'running' THEN 1 WHEN 'planned' THEN 2 WHEN 'completed' THEN 3 ELSE 4 END, startDate, title) AS rk
       FROM dated
     )
     SELECT id, title, status, derivedStatus, startDate, endDate, progress, sectorId, total FROM ranked
     WHERE rk <= @perSector ORDER BY sectorOrder, startDate, title`,
    { ...p, perSector },
  );

export const milestonesOf = (db: Db, actionIds: string[]) =>
  all<{ id: string; actionId: string; title: string; dueDate: string; doneDate: string | null }>(
    db,
    `SELECT id, action_id AS actionId, title, due_date AS dueDate, done_date AS doneDate
     FROM milestone WHERE action_id IN ${inList('ids')} ORDER BY due_date`,
    { ids: JSON.stringify(actionIds) },
  );

/**
 * Indicators of the chosen sectors (directly, or through their action; plan-wide ones only when
 * no sector is chosen), each with its latest measurement (index measurement_indicator) and count.
 */
export const indicatorRows = (db: Db, p: DashboardParams) =>
  all<{
    id: string; name: string; kind: 'output' | 'result'; unit: string; sectorId: string | null; actionId: string | null;
    baselineValue: number | null; baselineYear: number | null; targetValue: number | null; targetYear: number | null;
    latestValue: number | null; latestDate: string | null; measurementCount: number;
  }>(
    db,
    `SELECT i.id, i.name, i.kind, i.unit, i.sector_id AS sectorId, i.action_id AS actionId,
       i.baseline_value AS baselineValue, i.baseline_year AS baselineYear, i.target_value AS targetValue, i.target_year AS targetYear,
       (SELECT value FROM measurement m WHERE m.indicator_id = i.id ORDER BY measured_on DESC, id DESC LIMIT 1) AS latestValue,
       (SELECT max(measured_on) FROM measurement m WHERE m.indicator_id = i.id) AS latestDate,
       (SELECT count(*) FROM measurement m WHERE m.indicator_id = i.id) AS measurementCount
     FROM indicator i
     WHERE @sectors IS NULL OR i.sector_id IN ${inList('sectors')}
       OR EXISTS (SELECT 1 FROM action_sector x WHERE x.action_id = i.action_id AND x.sector_id IN ${inList('sectors')})
     ORDER BY i.name`,
    p,
  );

/** Measurements of these indicators thinned to at most ~`max` each (every k-th from the latest, so the latest stays). */
export const indicatorPoints = (db: Db, ids: string[], max: number) =>
  all<{ indicatorId: string; date: string; value: number }>(
    db,
    `WITH m AS (
       SELECT indicator_id, value, measured_on,
         row_number() OVER (PARTITION BY indicator_id ORDER BY measured_on DESC, id DESC) AS rn,
         count(*) OVER (PARTITION BY indicator_id) AS n
       FROM measurement WHERE indicator_id IN ${inList('ids')}
     )
     SELECT indicator_id AS indicatorId, measured_on AS date, value FROM m
     WHERE (rn - 1) % ((n + @max - 1) / @max) = 0
     ORDER BY indicator_id, measured_on`,
    { ids: JSON.stringify(ids), max },
  );
