import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Indicator, IndicatorDetail, IndicatorRow, Measurement } from '../../../../shared/schemas/indicator';
import type { SectorRef } from '../../../../shared/schemas/refs';
import { attachedOnce, targetBeforeBaseline, targetYearIssue } from '../../../../shared/schemas/indicator';
import { fail, refuse } from '../../../../shared/contract/errors';
import { fromRow, insertNew } from './rows';
import { requireRow, requireVersion, requireIds, saveChanges } from './versions';
import { actionRef } from './refs';

export function listIndicators(db: Db): IndicatorRow[] {
  const rows = db
    .prepare(
      `SELECT i.*,
         (SELECT count(*) FROM measurement m WHERE m.indicator_id = i.id) AS measurement_count,
         (SELECT m.value FROM measurement m WHERE m.indicator_id = i.id ORDER BY m.measured_on DESC LIMIT 1) AS latest_value,
         (SELECT max(m.measured_on) FROM measurement m WHERE m.indicator_id = i.id) AS latest_on
       FROM indicator i ORDER BY i.kind, i.created_at`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => fromRow<IndicatorRow>(r));
}

export const getIndicator = (db: Db, id: string): Indicator => fromRow<Indicator>(requireRow(db, 'indicator', id));

export function getIndicatorDetail(db: Db, id: string): IndicatorDetail {
  const indicator = getIndicator(db, id);
  const sector = indicator.sectorId ? (db.prepare('SELECT id, name, archived FROM sector WHERE id = ?').get(indicator.sectorId) as Record<string, unknown>) : null;
  const action = indicator.actionId ? actionRef(db, indicator.actionId) : null;
  const measurements = (db.prepare('SELECT * FROM measurement WHERE indicator_id = ? ORDER BY measured_on, created_at').all(id) as Record<string, unknown>[]).map(
    (r) => fromRow<Measurement>(r),
  );
  return { ...indicator, sector: sector && fromRow<SectorRef>(sector, ['archived']), action, measurements };
}

export function insertIndicator(db: Db, input: ParsedInput<'indicator.create'>): Indicator {
  requireIds(db, 'sector', [input.sectorId]);
  requireIds(db, 'action', [input.actionId]);
  const id = insertNew(db, 'indicator', input);
  return getIndicator(db, id);
}

export function updateIndicator(db: Db, { id, expectedUpdatedAt, ...changes }: ParsedInput<'indicator.update'>): string[] {
  const row = requireVersion(db, 'indicator', id, expectedUpdatedAt);
  // Moving an indicator to a sector while it is still on an action (or back) must say which one.
  const merged = {
    sectorId: changes.sectorId !== undefined ? changes.sectorId : (row.sector_id as string | null),
    actionId: changes.actionId !== undefined ? changes.actionId : (row.action_id as string | null),
  };
  if (!attachedOnce(merged)) fail({ kind: 'validation', issues: [{ path: 'actionId', code: 'custom', params: { message: 'attachedTwice' } }] });
  // One of the years against the stored other.
  const years = {
    baselineYear: changes.baselineYear !== undefined ? changes.baselineYear : (row.baseline_year as number | null),
    targetYear: changes.targetYear !== undefined ? changes.targetYear : (row.target_year as number | null),
  };
  if (targetBeforeBaseline(years)) refuse(targetYearIssue(years));
  requireIds(db, 'sector', [changes.sectorId]);
  requireIds(db, 'action', [changes.actionId]);
  return saveChanges(db, 'indicator', row, changes);
}
