// Multilingual content (issue 20): the texts of the plan, its sectors, actions, indicators and
// networks in the plan's other languages. The entity's own columns hold its main language (the
// first of plan.languages); a translation is one row per owner, language and field, removed with
// its owner. A missing row means "not translated": readers fall back to the main language.
import type { Migration } from './types';

const table = (owner: string, fields: readonly string[]) => `
CREATE TABLE ${owner}_translation (
  ${owner}_id TEXT NOT NULL REFERENCES ${owner}(id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('fi','sv','en')),
  field TEXT NOT NULL CHECK (field IN (${fields.map((f) => `'${f}'`).join(',')})),
  text TEXT NOT NULL CHECK (length(text) > 0),
  PRIMARY KEY (${owner}_id, lang, field)
) STRICT, WITHOUT ROWID;`;

export const contentTranslations: Migration = {
  version: 3,
  name: 'content-translations',
  sql: [
    table('plan', ['name', 'vision']),
    table('sector', ['name', 'description', 'rationale']),
    table('action', ['title', 'description']),
    table('indicator', ['name']),
    table('network', ['name', 'description']),
  ].join('\n'),
};
