// The Dashboard's engagement over time (issue 15, speed) reads every engagement change in
// (stakeholder, sector, date, entry) order with its level. The pair index gave the first three
// only: SQLite looked up each of 40,000 rows in the table and sorted the rest (0.12 s in the
// sqlite3 shell on the large plan). An index holding the whole order and the level answers it
// from the index alone (0.02 s). It starts with the pair index's columns, so it replaces it.
import type { Migration } from './types';

export const engagementTimeline: Migration = {
  version: 10,
  name: 'engagement-timeline',
  sql: `
CREATE INDEX engagement_history_timeline ON engagement_history(stakeholder_id, sector_id, changed_on, created_at, id, level);
DROP INDEX engagement_history_pair;
`,
};
