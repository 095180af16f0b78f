import fs from 'node:fs';
import type { OpenOptions } from '../storage/connection';
import { connect } from '../storage/connection';
import { APPLICATION_ID } from '../storage/file-format';
import { migrate } from '../storage/migrate';
import { migrations } from '../storage/migrations';
import type { PlanState } from '../../../shared/domain/plan-state';
import { applyState, readState } from './state';

/**
 * Writes a state into a new plan file of the state's own schema, then migrates that file to the
 * current schema: how a version stored by an older app (or before a migration) becomes a plan of
 * today, by the same migrations every plan file takes. The file is a plain plan (opened
 * read-only for version.open; read back for restore and compare). `file` must not exist.
 */
export function writeStateFile(state: PlanState, file: string, options: OpenOptions = {}): void {
  fs.closeSync(fs.openSync(file, 'wx'));
  const db = connect(file, options);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.filter((m) => m.version <= state.schemaVersion));
    db.transaction(() => applyState(db, state, { ...readState(db), planId: '' }))();
    migrate(db);
  } finally {
    db.close();
  }
}
