// The report's "Changes since <version>" chapter (issue 21), shaped without the DOM: the same
// sentences as the Versions screen (shared/domain/change-sentences.ts, derived once there),
// grouped by concept with a count each, and for a very large change set only the first lines
// of each concept with "and M more". The chapter component only places what this returns.
import { byConcept, changeLines, type ChangeContext, type ChangeLine, type Concept } from '../domain/change-sentences';
import type { Change } from '../domain/plan-diff';
import type { Translate } from '../domain/statements/translate';

/** Lines printed per concept before "and M more": a reader of a board paper skims; the XLSX export has them all. */
export const CHANGES_PER_CONCEPT = 40;

export interface ChangeGroup {
  concept: Concept;
  /** "Sectors", as the Versions screen names the concept. */
  title: string;
  /** Every change of the concept. */
  count: number;
  /** The first `limit` of them. */
  lines: ChangeLine[];
  /** "and 12 more", or null when all are printed. */
  more: string | null;
}

export interface ChangesChapter {
  /** "12 changes since “Hyväksytty 6/2021” …": true for 0, 1 and many. */
  lead: string;
  groups: ChangeGroup[];
}

/**
 * The chapter's words and groups. `version` names the version compared with; `savedOn` is its
 * date as the reader reads it (or null).
 */
export function changesChapter(
  input: { changes: readonly Change[]; context: ChangeContext; version: string; savedOn: string | null },
  t: Translate,
  lng: string,
  limit = CHANGES_PER_CONCEPT,
): ChangesChapter {
  const all = changeLines(input.changes, input.context, t, lng);
  const values = { version: input.version, date: input.savedOn ?? '', interpolation: { escapeValue: false } };
  const lead = all.length === 0 ? t('report.changes.none', values) : t(input.savedOn ? 'report.changes.lead' : 'report.changes.leadUndated', { ...values, count: all.length });
  const groups = byConcept(all).map((g) => {
    const hidden = Math.max(0, g.lines.length - limit);
    return {
      concept: g.concept,
      title: t(`versions.concept.${g.concept}`),
      count: g.lines.length,
      lines: g.lines.slice(0, limit),
      more: hidden > 0 ? t('report.changes.more', { count: hidden }) : null,
    };
  });
  return { lead, groups };
}
