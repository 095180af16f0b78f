import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { Measurement } from '../../../../shared/schemas/indicator';
import { fromRow, insertNew } from './rows';
import { requireRow, requireVersion, requireIds, saveChanges } from './versions';

// A measurement's changes leave its indicator's updatedAt alone: adding this year's value must
// not turn someone's open edit of the indicator's target into a conflict.

export const getMeasurement = (db: Db, id: string): Measurement => fromRow<Measurement>(requireRow(db, 'measurement', id));

/** For an indicator that exists: one deleted meanwhile (or never there) is notFound, nothing written. */
export function insertMeasurement(db: Db, input: ParsedInput<'measurement.add'>): Measurement {
  requireIds(db, 'indicator', [input.indicatorId]);
  const id = insertNew(db, 'measurement', input);
  return getMeasurement(db, id);
}

export function updateMeasurement(db: Db, { id, expectedUpdatedAt, ...changes }: ParsedInput<'measurement.update'>): string[] {
  return saveChanges(db, 'measurement', requireVersion(db, 'measurement', id, expectedUpdatedAt), changes);
}
