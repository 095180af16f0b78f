// The whole domain of a smart specialisation strategy, in one schema, so later features add
// screens rather than tables. Conventions: STRICT tables, TEXT UUID ids, ISO-8601 UTC
// timestamps, dates as 'YYYY-MM-DD', money in integer cents, enums as TEXT with CHECK.
import type { Migration } from './types';

const timestamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE plan (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  region TEXT NOT NULL,
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL CHECK (period_end >= period_start),
  vision TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '["fi"]',
  ${timestamps}
) STRICT;

CREATE TABLE funding_source (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('erdf','jtf','esf_plus','interreg','horizon','akke','municipal','private','custom')),
  name TEXT NOT NULL DEFAULT '',
  in_use INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0,1)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  ${timestamps}
) STRICT;

CREATE TABLE sector (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  rationale TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  economic_domain TEXT NOT NULL DEFAULT '',
  scientific_domain TEXT NOT NULL DEFAULT '',
  policy_objective TEXT NOT NULL DEFAULT '',
  nace_codes TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;

CREATE TABLE stakeholder (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  helix TEXT NOT NULL CHECK (helix IN ('business','academia','public','civil')),
  type TEXT NOT NULL CHECK (type IN ('sme','large_company','university','uas','vocational_school','research_institute','development_company','municipality','agency','association','citizen_group','cluster','other')),
  size TEXT CHECK (size IN ('micro','small','medium','large')),
  municipality TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;

CREATE TABLE engagement (
  stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sector(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('aware','informed','consulted','involved','committed','leading')),
  changed_on TEXT NOT NULL,
  ${timestamps},
  PRIMARY KEY (stakeholder_id, sector_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX engagement_sector ON engagement(sector_id, level);

-- Every change of an engagement level, so engagement can be charted over time.
-- level NULL records that the engagement ended.
CREATE TABLE engagement_history (
  id TEXT PRIMARY KEY,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sector(id) ON DELETE CASCADE,
  level TEXT CHECK (level IN ('aware','informed','consulted','involved','committed','leading')),
  changed_on TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX engagement_history_pair ON engagement_history(stakeholder_id, sector_id, changed_on);
CREATE INDEX engagement_history_sector ON engagement_history(sector_id, changed_on);

CREATE TABLE network (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('regional','national','eu','global')),
  membership TEXT NOT NULL CHECK (membership IN ('member','partner','observer','planned')),
  description TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;

CREATE TABLE network_sector (
  network_id TEXT NOT NULL REFERENCES network(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sector(id) ON DELETE CASCADE,
  PRIMARY KEY (network_id, sector_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX network_sector_sector ON network_sector(sector_id);

CREATE TABLE network_member (
  network_id TEXT NOT NULL REFERENCES network(id) ON DELETE CASCADE,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
  PRIMARY KEY (network_id, stakeholder_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX network_member_stakeholder ON network_member(stakeholder_id);

CREATE TABLE action (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('project','programme','call','event_series','study','service')),
  lead_stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('planned','running','completed','cancelled','late')),
  start_date TEXT,
  end_date TEXT,
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  description TEXT NOT NULL DEFAULT '',
  ${timestamps},
  CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX action_lead ON action(lead_stakeholder_id);

CREATE TABLE action_sector (
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sector(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, sector_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_sector_sector ON action_sector(sector_id);

CREATE TABLE action_partner (
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, stakeholder_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_partner_stakeholder ON action_partner(stakeholder_id);

CREATE TABLE action_network (
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  network_id TEXT NOT NULL REFERENCES network(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, network_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_network_network ON action_network(network_id);

CREATE TABLE funding_line (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  funding_source_id TEXT NOT NULL REFERENCES funding_source(id) ON DELETE RESTRICT,
  planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
  committed_cents INTEGER NOT NULL DEFAULT 0 CHECK (committed_cents >= 0),
  spent_cents INTEGER NOT NULL DEFAULT 0 CHECK (spent_cents >= 0),
  note TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;
CREATE INDEX funding_line_action ON funding_line(action_id);
CREATE INDEX funding_line_source ON funding_line(funding_source_id);

CREATE TABLE milestone (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  done_date TEXT,
  ${timestamps}
) STRICT;
CREATE INDEX milestone_action ON milestone(action_id, due_date);

CREATE TABLE indicator (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('output','result')),
  unit TEXT NOT NULL DEFAULT '',
  baseline_value REAL,
  baseline_year INTEGER,
  target_value REAL,
  target_year INTEGER,
  sector_id TEXT REFERENCES sector(id) ON DELETE CASCADE,
  action_id TEXT REFERENCES action(id) ON DELETE CASCADE,
  ${timestamps},
  CHECK (sector_id IS NULL OR action_id IS NULL)
) STRICT;
CREATE INDEX indicator_sector ON indicator(sector_id);
CREATE INDEX indicator_action ON indicator(action_id);

CREATE TABLE measurement (
  id TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  value REAL NOT NULL,
  measured_on TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;
CREATE INDEX measurement_indicator ON measurement(indicator_id, measured_on);

CREATE TABLE workshop (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  outcomes TEXT NOT NULL DEFAULT '',
  decisions TEXT NOT NULL DEFAULT '',
  ${timestamps}
) STRICT;

CREATE TABLE workshop_sector (
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sector(id) ON DELETE CASCADE,
  PRIMARY KEY (workshop_id, sector_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX workshop_sector_sector ON workshop_sector(sector_id);

CREATE TABLE workshop_participant (
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
  PRIMARY KEY (workshop_id, stakeholder_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX workshop_participant_stakeholder ON workshop_participant(stakeholder_id);

CREATE TABLE workshop_action (
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  PRIMARY KEY (workshop_id, action_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX workshop_action_action ON workshop_action(action_id);
`,
};
