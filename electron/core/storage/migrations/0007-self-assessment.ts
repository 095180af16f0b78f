// Enabling condition 1.1 self-assessment (issue 19): the evidence a reviewer of the strategy asks
// for that the plan did not hold yet. The analysis documents the strategy rests on (dated, so
// stale ones show); the body responsible for the strategy, its mandate and who sits where; two
// tags on actions (criteria 5 and 6); how often and by whom an indicator is measured (the
// monitoring framework); and the officer's judgement per criterion. The app never judges: a
// criterion without a row has no judgement yet.
import type { Migration } from './types';

const timestamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

export const selfAssessment: Migration = {
  version: 7,
  name: 'self-assessment',
  sql: `
ALTER TABLE plan ADD COLUMN responsible_body TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN body_mandate TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN documents_stale_years INTEGER NOT NULL DEFAULT 3 CHECK (documents_stale_years BETWEEN 1 AND 20);
ALTER TABLE action ADD COLUMN research_system INTEGER NOT NULL DEFAULT 0 CHECK (research_system IN (0,1));
ALTER TABLE action ADD COLUMN industrial_transition INTEGER NOT NULL DEFAULT 0 CHECK (industrial_transition IN (0,1));
ALTER TABLE indicator ADD COLUMN frequency TEXT CHECK (frequency IN ('monthly','quarterly','yearly','biennial','once'));
ALTER TABLE indicator ADD COLUMN measured_by TEXT NOT NULL DEFAULT '';

CREATE TABLE analysis_document (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;

-- Who sits where: a row per seat of a body or group; the member is a stakeholder of the plan
-- or a free name (a person, a body the plan does not list). A seat goes with its stakeholder.
CREATE TABLE governance_seat (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE CASCADE,
  member_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  ${timestamps},
  CHECK (stakeholder_id IS NOT NULL OR member_name <> '')
) STRICT;
CREATE INDEX governance_seat_stakeholder ON governance_seat(stakeholder_id);

CREATE TABLE criterion_assessment (
  criterion INTEGER PRIMARY KEY CHECK (criterion BETWEEN 1 AND 7),
  relevant INTEGER NOT NULL DEFAULT 1 CHECK (relevant IN (0,1)),
  judgement TEXT CHECK (judgement IN ('fulfilled','partly','notYet')),
  note TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;
`,
};
