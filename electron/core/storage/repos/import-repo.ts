/**
 * SQL for imports: what rows are matched against, and the bulk writes of the two targets that
 * reach tens of thousands of rows (stakeholders, measurements) with statements prepared once.
 * Everything else an import writes goes through the entity repos' own insert/update functions.
 */
import type { Db } from '../connection';
import type { EngagementLevel } from '../../../../shared/schemas/enums';
import type { Stakeholder } from '../../../../shared/schemas/stakeholder';
import { newId, now, snakeCase, toSql, type Value } from './rows';
import { tables, type Entity } from './versions';

export interface Named {
  id: string;
  name: string;
  /** Stakeholders and actions: the external reference ('' when none), a re-import's match key. */
  reference?: string;
}

export interface ImportLookups {
  sectors: Named[];
  stakeholders: Named[];
  networks: Named[];
  actions: Named[];
  indicators: Named[];
  fundingSources: { id: string; kind: string; name: string; inUse: number }[];
  /** Every action's money per source, its years added up (an import row replaces a source's totals). */
  fundingLines: { actionId: string; fundingSourceId: string; plannedCents: number; committedCents: number; spentCents: number; note: string }[];
}

/** Names of what import rows refer to or are matched with (sectors archived too). */
export function importLookups(db: Db): ImportLookups {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  return {
    sectors: all('SELECT id, name FROM sector ORDER BY sort_order'),
    stakeholders: all('SELECT id, name, reference FROM stakeholder'),
    networks: all('SELECT id, name FROM network'),
    actions: all('SELECT id, title AS name, reference FROM action'),
    indicators: all('SELECT id, name FROM indicator'),
    fundingSources: all('SELECT id, kind, name, in_use AS inUse FROM funding_source ORDER BY sort_order'),
    // A row's amounts are a source's totals over the action's years (funding by year, issue 19).
    fundingLines: all(
      `SELECT action_id AS actionId, funding_source_id AS fundingSourceId, sum(planned_cents) AS plannedCents, sum(committed_cents) AS committedCents,
         sum(spent_cents) AS spentCents,
         (SELECT n.note FROM funding_line n WHERE n.action_id = f.action_id AND n.funding_source_id = f.funding_source_id ORDER BY n.year LIMIT 1) AS note
       FROM funding_line f GROUP BY action_id, funding_source_id ORDER BY min(created_at)`,
    ),
  };
}

/** The updatedAt of a row, for an update that must not be refused as a conflict. */
export function currentVersion(db: Db, entity: Entity, id: string): string {
  return (db.prepare(`SELECT updated_at AS v FROM ${tables[entity]} WHERE id = ?`).get(id) as { v: string }).v;
}

type StakeholderFields = Omit<Stakeholder, 'id' | 'createdAt' | 'updatedAt'>;
const stakeholderColumns = ['id', 'name', 'helix', 'type', 'size', 'municipality', 'website', 'contactName', 'contactEmail', 'contactPhone', 'notes', 'reference', 'createdAt', 'updatedAt'] as const;

export interface NewStakeholder {
  fields: StakeholderFields;
  engagements: { sectorId: string; level: EngagementLevel; changedOn: string }[];
}

/** Inserts new stakeholders with their engagements (and engagement history) by prepared statements. Returns their ids. */
export function insertStakeholders(db: Db, items: readonly NewStakeholder[]): string[] {
  const ins = db.prepare(
    `INSERT INTO stakeholder (${stakeholderColumns.map(snakeCase).join(', ')}) VALUES (${stakeholderColumns.map(() => '?').join(', ')})`,
  );
  const eng = db.prepare('INSERT INTO engagement (stakeholder_id, sector_id, level, changed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const hist = db.prepare('INSERT INTO engagement_history (id, stakeholder_id, sector_id, level, changed_on, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const t = now();
  return items.map(({ fields, engagements }) => {
    const id = newId();
    const record: Record<string, Value> = { ...fields, id, createdAt: t, updatedAt: t };
    ins.run(...stakeholderColumns.map((k) => toSql(record[k])));
    for (const e of engagements) {
      eng.run(id, e.sectorId, e.level, e.changedOn, t, t);
      hist.run(newId(), id, e.sectorId, e.level, e.changedOn, t);
    }
    return id;
  });
}

export interface NewMeasurement {
  indicatorId: string;
  value: number;
  measuredOn: string;
  source: string;
}

export function insertMeasurements(db: Db, items: readonly NewMeasurement[]): void {
  const ins = db.prepare('INSERT INTO measurement (id, indicator_id, value, measured_on, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const t = now();
  for (const m of items) ins.run(newId(), m.indicatorId, m.value, m.measuredOn, m.source, t, t);
}

/** Measurements already in the plan by indicator and date, for matching (the latest one per pair). */
export function measurementKeys(db: Db): Map<string, { id: string; updatedAt: string }> {
  const rows = db.prepare('SELECT id, indicator_id, measured_on, updated_at FROM measurement ORDER BY created_at').all() as {
    id: string; indicator_id: string; measured_on: string; updated_at: string;
  }[];
  return new Map(rows.map((r) => [`${r.indicator_id}|${r.measured_on}`, { id: r.id, updatedAt: r.updated_at }]));
}

/** Every measurement for an export, by indicator and date. */
export function allMeasurements(db: Db): { indicator_id: string; value: number; measured_on: string; source: string }[] {
  return db.prepare('SELECT indicator_id, value, measured_on, source FROM measurement ORDER BY indicator_id, measured_on').all() as never;
}
