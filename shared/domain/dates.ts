/**
 * Plan dates (YYYY-MM-DD) as people type them, the pair of formatDate (shared/domain/format.ts).
 * Day first in every UI language, as in Finland, Sweden and Britain: "1.3.2025", "01/03/2025",
 * "1 Mar 2025" (English month names in English), and the ISO form "2025-03-01" everywhere.
 * A year is written in full: "1.3.25" is refused rather than given a century.
 */
import { bad, ok, type Reading } from './reading-types';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 from an English month name or its abbreviation of three letters or more ("Sept", "Sep."). */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = months.findIndex((name) => name.startsWith(w));
  return i < 0 ? null : i + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD when the day exists (no 31 April, 29 February only in leap years). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A typed date in the UI language, as YYYY-MM-DD (null when empty). */
export function readDate(text: string, language: string): Reading<string | null> {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return ok(null);
  const date = (y: string, m: number | null, d: string) => {
    const iso = m === null ? null : isoDate(Number(y), m, Number(d));
    return iso ? ok(iso) : bad({ code: 'invalid', kind: 'date' });
  };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return date(m[1]!, Number(m[2]), m[3]!);
  m = /^(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{4})\.?$/.exec(t);
  if (m) return date(m[3]!, Number(m[2]), m[1]!);
  if (language.startsWith('en')) {
    m = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]+\.?),? (\d{4})$/i.exec(t);
    if (m) return date(m[3]!, monthNumber(m[2]!), m[1]!);
    m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(t);
    if (m) return date(m[3]!, monthNumber(m[1]!), m[2]!);
  }
  return bad({ code: 'invalid', kind: 'date' });
}

/** YYYY-MM-DD of a typed date, or null when it is empty or not a date. */
export function parseDate(text: string, language: string): string | null {
  const r = readDate(text, language);
  return r.ok ? r.value : null;
}
