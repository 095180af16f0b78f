/**
 * Likely duplicate stakeholders ("Prizztech Oy" vs "Prizztech", "Business Tampere" vs
 * "BusinessTampere Oy", a one-letter typo), for a warning while adding one. Pure: the core
 * runs it over the plan's stakeholders; a form could run it over a loaded list.
 */
import { foldForSearch } from './text';

/**
 * Legal forms people leave out in everyday writing (Finnish, Swedish, English, German).
 * Words such as "kaupunki" or "kunta" stay: "Kotkan kaupunki" and "Kotka" differ by
 * inflection anyway, and "Kotkan kaupunki" vs "Kotkan satama" must not look alike.
 */
const legalForms = new Set(['oy', 'oyj', 'ab', 'abp', 'ry', 'rf', 'sr', 'ky', 'tmi', 'osk', 'ltd', 'limited', 'inc', 'plc', 'llc', 'gmbh', 'ag']);

/** The comparable core of an organisation's name: folded, punctuation and legal forms dropped. */
export function nameKey(name: string): string {
  return foldForSearch(name.replace(/[\p{P}\p{S}]+/gu, ' '))
    .split(' ')
    .filter((word) => word && !legalForms.has(word))
    .join(' ');
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

export type DuplicateMatch = 'same' | 'similar';

/** 'same' when the names are equal once folded; 'similar' for a typo or two; null otherwise. */
export function compareNames(a: string, b: string): DuplicateMatch | null {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return null;
  if (ka === kb || ka.replace(/ /g, '') === kb.replace(/ /g, '')) return 'same';
  // Short names differ meaningfully by one letter ("Salo" / "Sala"): no typo tolerance there.
  const allowed = Math.min(ka.length, kb.length) >= 10 ? 2 : Math.min(ka.length, kb.length) >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(ka, kb, allowed) <= allowed ? 'similar' : null;
}

/** The candidates that look like `name`, exact matches first. */
export function likelyDuplicates<T extends { name: string }>(name: string, candidates: readonly T[]): (T & { match: DuplicateMatch })[] {
  const found: (T & { match: DuplicateMatch })[] = [];
  for (const c of candidates) {
    const match = compareNames(name, c.name);
    if (match) found.push({ ...c, match });
  }
  return found.sort((a, b) => (a.match === b.match ? 0 : a.match === 'same' ? -1 : 1));
}
