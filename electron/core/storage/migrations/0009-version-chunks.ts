// Versions stored in chunks (issue 21, speed): a version of format 2 keeps in `state` only a
// manifest (per table its columns and, per bucket of rows, a digest), and the rows themselves
// in chunks shared by every version whose bucket holds the same rows. A second version of a
// large plan then adds only the buckets that changed, and compare and merge read only the
// buckets whose digests differ. A version that reuses a chunk counts itself in `uses`: the
// chunk's row changes, so undoing the version that first wrote it (in another window) is
// refused rather than deleting rows a newer version needs. WITHOUT ROWID: the id is stored once.
import type { Migration } from './types';

export const versionChunks: Migration = {
  version: 9,
  name: 'version-chunks',
  sql: `
ALTER TABLE plan_version ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));
ALTER TABLE plan_version ADD COLUMN bytes INTEGER;
CREATE TABLE plan_version_chunk (
  id TEXT PRIMARY KEY,
  uses INTEGER NOT NULL DEFAULT 1,
  data BLOB NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
