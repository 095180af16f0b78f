// Versions inside the file (issue 21): a named state of the plan's content ("Adopted 6/2021"),
// kept as plain rows so it travels with every copy of the file. The state is the JSON of
// shared/domain/plan-state.ts, deflated (node:zlib); schema_version says which migrations it
// predates, so an older version is brought forward the way an older file is.
import type { Migration } from './types';

export const versions: Migration = {
  version: 8,
  name: 'versions',
  sql: `
CREATE TABLE plan_version (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL,
  created_by TEXT,
  schema_version INTEGER NOT NULL,
  row_count INTEGER NOT NULL,
  state BLOB NOT NULL
) STRICT;
CREATE INDEX plan_version_created ON plan_version(created_at);
`,
};
