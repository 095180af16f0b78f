// Versions stored in chunks (issue 21, speed): a version of format 2 keeps in `state` only a
// manifest (per table its columns and, per bucket of rows, a digest), and the rows themselves
// in chunks shared by every version whose bucket holds the same rows. A second version of a
// large plan then adds only the buckets that changed, and compare and merge read only the
// buckets whose digests differ. A chunk names the version that wrote it; a later version that
// reuses it counts itself in that version's `shared`, so the row changes and undoing the older
// version (from another window) is refused rather than deleting rows a newer one needs. One
// small row changes per version reused, not one per chunk (whose undo image is its whole data).
// WITHOUT ROWID: the chunk's id is stored once.
import type { Migration } from './types';

export const versionChunks: Migration = {
  version: 9,
  name: 'version-chunks',
  sql: `
ALTER TABLE plan_version ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));
ALTER TABLE plan_version ADD COLUMN bytes INTEGER;
ALTER TABLE plan_version ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
CREATE TABLE plan_version_chunk (
  id TEXT PRIMARY KEY,
  version_id TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
