/** Proposes which column goes to which field from the header names, and names a file's shape. */
import { foldForSearch } from '../text';
import { importFields, type ImportTarget } from './fields';

/** A header as compared: folded, currency and punctuation noise dropped ("Budjetti (€)" → "budjetti €"). */
export function foldHeader(header: string): string {
  return foldForSearch(header)
    .replace(/[()[\]{}*:"]/g, ' ')
    // An abbreviation's full stop or a trailing comma: "Puh." is "puh", "Budjetti, €" is "budjetti €".
    .replace(/[.,](?=\s|$)/g, ' ')
    .replace(/\beur(os)?\b|\beuroa\b/g, '€')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A header without the unit written after it: "Budjetti €", "Tavoite kpl", "Työpaikat lkm". */
const withoutUnit = (h: string) => h.replace(/\s+(€|%|kpl|lkm|st)$|(€|%)$/, '').trim();

/**
 * A Finnish date header's stem: "Aloituspvm", "Aloituspäivä" and "Aloituspäivämäärä" all name
 * the start ("aloitus"); "Päättymispvm" and "Päättymispäivä" the end. Compound words, so the
 * date word is a suffix, not a word of its own; null when the header has no date suffix.
 */
const dateStem = (h: string): string | null => {
  const m = /^(.{3,}?)(pvm|paivamaara|paiva)$/.exec(withoutUnit(h));
  return m ? m[1]! : null;
};

/**
 * For each column, the proposed field key or null. Exact names win over a name contained in
 * the header ("Hankkeen budjetti €" → plannedCents); each field goes to one column at most,
 * the first (leftmost) best match.
 */
export function proposeMapping(target: ImportTarget, headers: readonly string[]): (string | null)[] {
  const fields = importFields[target];
  const folded = headers.map(foldHeader);
  const scored: { col: number; key: string; score: number }[] = [];
  folded.forEach((h, col) => {
    if (!h) return;
    for (const f of fields) {
      if (f.unlike?.some((u) => ` ${h} `.includes(` ${u} `))) continue;
      let best = 0;
      for (const [i, name] of f.headers.entries()) {
        const priority = 1 - i / 1000;
        if (h === name || withoutUnit(h) === withoutUnit(name)) best = Math.max(best, 3 + priority);
        else if (dateStem(h) !== null && dateStem(h) === dateStem(name)) best = Math.max(best, 2 + priority);
        else if (` ${h} `.includes(` ${name} `) && name.length >= 3) best = Math.max(best, 1 + name.length / 100);
      }
      if (best > 0) scored.push({ col, key: f.key, score: best });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.col - b.col);
  const out: (string | null)[] = headers.map(() => null);
  const used = new Set<string>();
  for (const s of scored) {
    if (out[s.col] !== null || used.has(s.key)) continue;
    out[s.col] = s.key;
    used.add(s.key);
  }
  return out;
}

/** A file's shape for saved mappings: the folded header row (same headers, same order). */
export const headerSignature = (headers: readonly string[]): string => headers.map(foldHeader).join('\u001f');
