import type { Db } from '../connection';
import type { IndicatorRow } from '../../../../shared/schemas/indicator';
import { fromRow } from './rows';

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
