// Reference codes (issue 18): an action's project code and a stakeholder's business ID
// (Y-tunnus), as other registers write them. Free text, empty when unknown; an import
// matches rows by it before the name, so two projects of the same title stay two.
import type { Migration } from './types';

export const referenceCodes: Migration = {
  version: 4,
  name: 'reference-codes',
  sql: `
ALTER TABLE stakeholder ADD COLUMN reference TEXT NOT NULL DEFAULT '';
ALTER TABLE action ADD COLUMN reference TEXT NOT NULL DEFAULT '';
`,
};
