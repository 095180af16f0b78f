/**
 * Saved column mappings: `import-mappings.json` in the core's user-data folder, keyed by target
 * and by the file's shape (its folded header row), so the next file with the same headers in
 * the same order gets the user's mapping instead of the proposal. Not in the plan: a mapping
 * belongs to the person's files, not to the strategy, and is reused across plans.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SavedMappingsSchema, type SavedMappings } from '../../../shared/schemas/import';
import { headerSignature } from '../../../shared/domain/import/mapping';
import type { ImportTarget } from '../../../shared/domain/import/fields';

export const mappingsFile = (userDataDir: string) => path.join(userDataDir, 'import-mappings.json');

export function loadMappings(userDataDir: string): SavedMappings {
  try {
    const parsed = SavedMappingsSchema.safeParse(JSON.parse(fs.readFileSync(mappingsFile(userDataDir), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or unreadable: no saved mappings (a damaged file is replaced on the next save).
  }
  return { version: 1, mappings: {} };
}

/** What is saved for a file's shape: the columns, the value mapping and the values for all rows. */
export interface SavedChoices {
  columns: (string | null)[];
  values: Record<string, Record<string, string>>;
  defaults: Record<string, string>;
}

export function savedMapping(userDataDir: string, target: ImportTarget, headers: readonly string[]): SavedChoices | null {
  const hit = loadMappings(userDataDir).mappings[target]?.[headerSignature(headers)];
  return hit && hit.columns.length === headers.length ? { columns: hit.columns, values: hit.values, defaults: hit.defaults } : null;
}

export function saveMapping(userDataDir: string, target: ImportTarget, headers: readonly string[], choices: SavedChoices): void {
  const all = loadMappings(userDataDir);
  const { columns, values, defaults } = choices;
  all.mappings[target] = { ...all.mappings[target], [headerSignature(headers)]: { headers: [...headers], columns: [...columns], values, defaults, savedAt: new Date().toISOString() } };
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = mappingsFile(userDataDir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(all, null, 2));
  fs.renameSync(temp, file);
}
