// The discovery process on record (issue 19): a workshop's decisions become rows of their own,
// in order, each with an optional owner and due date, and linked to the actions and sectors
// that came of it (its outcomes). Nothing of the old plan is lost: each non-empty line of the
// free-text `decisions` becomes a decision, then each decision in the capture log (linked by
// capture_id, so removing the log entry removes the decision it wrote); the free-text column goes.
import type { Migration } from './types';
import { derivedId } from './derived-id';

/** A random version-4 UUID in SQL, the shape every id of the plan has (shared/schemas/common.ts IdSchema). */
const uuid = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
const stamp = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
const nl = 'char(10)';

export const workshopDecisions: Migration = {
  version: 6,
  name: 'workshop-decisions',
  sql: `
CREATE TABLE workshop_decision (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  capture_id TEXT REFERENCES workshop_capture(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX workshop_decision_workshop ON workshop_decision(workshop_id, position);
CREATE INDEX workshop_decision_capture ON workshop_decision(capture_id);

CREATE TABLE decision_action (
  decision_id TEXT NOT NULL REFERENCES workshop_decision(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  PRIMARY KEY (decision_id, action_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX decision_action_action ON decision_action(action_id);

CREATE TABLE decision_sector (
  decision_id TEXT NOT NULL REFERENCES workshop_decision(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sector(id) ON DELETE CASCADE,
  PRIMARY KEY (decision_id, sector_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX decision_sector_sector ON decision_sector(sector_id);

-- The free text, one decision per non-empty line (in order), then the captured decisions (by time).
INSERT INTO workshop_decision (id, workshop_id, position, text, capture_id, created_at, updated_at)
WITH RECURSIVE split(workshop_id, rest, line, n) AS (
  SELECT id, replace(decisions, char(13), '') || ${nl}, NULL, 0 FROM workshop WHERE trim(decisions) <> ''
  UNION ALL
  SELECT workshop_id, substr(rest, instr(rest, ${nl}) + 1), substr(rest, 1, instr(rest, ${nl}) - 1), n + 1 FROM split WHERE rest <> ''
),
found(workshop_id, text, capture_id, source, n) AS (
  SELECT workshop_id, trim(line, ' ' || char(9)), NULL, 0, n FROM split WHERE line IS NOT NULL AND trim(line, ' ' || char(9)) <> ''
  UNION ALL
  SELECT workshop_id, trim(text), id, 1, row_number() OVER (PARTITION BY workshop_id ORDER BY recorded_at, rowid)
    FROM workshop_capture WHERE kind = 'decision' AND trim(text) <> ''
)
SELECT ${uuid}, workshop_id, row_number() OVER (PARTITION BY workshop_id ORDER BY source, n) - 1, text, capture_id, ${stamp}, ${stamp}
  FROM found;

ALTER TABLE workshop DROP COLUMN decisions;
`,
  // The new rows' ids derived from where each came from (its capture, or its workshop and place),
  // so two copies of a plan migrated apart agree on them (compare and merge match rows by id).
  up(db) {
    const rows = db.prepare('SELECT id, workshop_id AS workshopId, position, capture_id AS captureId FROM workshop_decision').all() as {
      id: string; workshopId: string; position: number; captureId: string | null;
    }[];
    const rename = db.prepare('UPDATE workshop_decision SET id = ? WHERE id = ?');
    for (const r of rows) rename.run(r.captureId ? derivedId('workshop_decision', r.captureId) : derivedId('workshop_decision', r.workshopId, r.position), r.id);
  },
};
