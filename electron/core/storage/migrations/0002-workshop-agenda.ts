// Workshop mode (issue 7): a workshop's agenda (the slides shown to the room, in order) and its
// capture log (what the room decided, who was met, how engagement changed, how it voted).
import type { Migration } from './types';

export const workshopAgenda: Migration = {
  version: 2,
  name: 'workshop-agenda',
  sql: `
CREATE TABLE agenda_item (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('chart','sectorProfile','gaps','vote')),
  chart_id TEXT,
  sector_ids TEXT NOT NULL DEFAULT '[]',
  title TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  options TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_item_workshop ON agenda_item(workshop_id, position);

CREATE TABLE workshop_capture (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('decision','outcome','stakeholder','engagement','vote')),
  text TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{}',
  stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
  sector_id TEXT REFERENCES sector(id) ON DELETE SET NULL,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX workshop_capture_workshop ON workshop_capture(workshop_id, recorded_at);
CREATE INDEX workshop_capture_agenda_item ON workshop_capture(agenda_item_id);
CREATE INDEX workshop_capture_stakeholder ON workshop_capture(stakeholder_id);
CREATE INDEX workshop_capture_sector ON workshop_capture(sector_id);
`,
};
