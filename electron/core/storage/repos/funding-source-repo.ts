import type { Db } from '../connection';
import type { ParsedInput } from '../../../../shared/contract/channels';
import type { FundingSource } from '../../../../shared/schemas/plan';
import { fail, type ValidationIssue } from '../../../../shared/contract/errors';
import { fromRow, insertNew } from './rows';
import { requireRow, requireVersion, saveChanges } from './versions';

// The list and the built-in sources of a new plan are in plan-repo (plan creation uses them).

const invalid = (issues: ValidationIssue[]): never => fail({ kind: 'validation', issues });

export function getFundingSource(db: Db, id: string): FundingSource {
  return fromRow<FundingSource>(requireRow(db, 'fundingSource', id), ['inUse']);
}

/** A custom source goes last. */
export function insertCustomFundingSource(db: Db, name: string): FundingSource {
  const { next } = db.prepare('SELECT coalesce(max(sort_order), -1) + 1 AS next FROM funding_source').get() as { next: number };
  const id = insertNew(db, 'funding_source', { kind: 'custom', name, inUse: true, sortOrder: next });
  return getFundingSource(db, id);
}

export function updateFundingSource(db: Db, { id, expectedUpdatedAt, ...changes }: ParsedInput<'fundingSource.update'>): string[] {
  const row = requireVersion(db, 'fundingSource', id, expectedUpdatedAt);
  // Built-in sources are named by the UI in the user's language; they have no name to edit.
  if (changes.name !== undefined && row.kind !== 'custom') invalid([{ path: 'name', code: 'custom', params: { message: 'builtInFundingSourceName' } }]);
  return saveChanges(db, 'fundingSource', row, changes);
}

export const fundingLinesUsing = (db: Db, id: string): number =>
  (db.prepare('SELECT count(*) AS n FROM funding_line WHERE funding_source_id = ?').get(id) as { n: number }).n;

/**
 * Only an unused custom source can be deleted: a built-in one is taken out of use instead, and
 * money already planned on a source must be moved first (the schema restricts it too).
 */
export function deleteFundingSource(db: Db, id: string): void {
  const row = requireRow(db, 'fundingSource', id);
  if (row.kind !== 'custom') invalid([{ path: 'id', code: 'custom', params: { message: 'builtInFundingSource' } }]);
  const used = fundingLinesUsing(db, id);
  if (used > 0) invalid([{ path: 'id', code: 'custom', params: { message: 'fundingSourceInUse', fundingLines: used } }]);
  db.prepare('DELETE FROM funding_source WHERE id = ?').run(id);
}
