/**
 * Numbers as people write them, read in ONE convention: the UI language's when typed in a
 * form, the file's declared format when imported. Finnish and Swedish write "1 234,56" (a
 * space groups thousands, a comma marks decimals); English writes "1,234.56". A text that the
 * language's convention does not read, or reads in a way another convention reads differently
 * ("1,500" typed in Finnish: 1,5 or 1 500?), is never guessed: the reader answers with every
 * plausible reading and the field asks which was meant.
 */

/** How a text writes its decimals: a decimal comma (fi, sv) or a decimal point (en). */
export type NumberFormat = 'comma' | 'point';
export const numberFormats = ['comma', 'point'] as const;

/** The convention of a UI language: Finnish and Swedish (sv-FI) use a decimal comma. */
export const numberFormatOf = (language: string): NumberFormat => (language.startsWith('fi') || language.startsWith('sv') ? 'comma' : 'point');

/** A number split into its digits, so cents and decimals are computed from text, never from floats. */
export interface Digits {
  negative: boolean;
  /** Whole part without group marks and leading zeros ("0" for none). */
  int: string;
  /** Decimal digits as written ("" for none). */
  frac: string;
}

interface Convention {
  decimal: ',' | '.';
  /** Characters that group thousands (all spaces are normalised to ' ' first). */
  groups: string;
}

/**
 * Typing: Finnish and Swedish group with spaces only, so a dot never silently groups; English
 * groups with commas (and spaces, which no convention reads as decimals).
 */
const typed: Record<NumberFormat, Convention> = { comma: { decimal: ',', groups: ' ' }, point: { decimal: '.', groups: ' ,' } };
/** A declared file format: every group mark its writers use ("1.234,56" from Excel, "1'234.56"). */
const declared: Record<NumberFormat, Convention> = { comma: { decimal: ',', groups: " .'" }, point: { decimal: '.', groups: " ,'" } };

// Spaces inside numbers: space, no-break, narrow no-break (Intl's Finnish), thin, figure space.
const spaces = /[\s\u00a0\u202f\u2009\u2007]+/g;

const anchoredCache = new WeakMap<RegExp, [RegExp, RegExp]>();
/** The affixes at the start and at the end of a text, compiled once per affix pattern. */
function anchored(affixes: RegExp): [RegExp, RegExp] {
  let pair = anchoredCache.get(affixes);
  if (!pair) anchoredCache.set(affixes, (pair = [new RegExp(`^(?:${affixes.source})`, 'i'), new RegExp(`(?:${affixes.source})$`, 'i')]));
  return pair;
}

/** The body of a number and its sign, without currency or percent marks; null when it is not one. */
export function numberBody(text: string, affixes: RegExp | null): { negative: boolean; body: string } | null {
  // Most cells of a file are words: no digit, no number (an import's 300,000 cells read fast).
  if (!/\d/.test(text)) return null;
  let t = text.trim().replace(/\u2212/g, '-');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  // Sign and unit in either order: "-€5", "€-5", "−1 234,50 €", "5 %".
  for (let i = 0; i < 3; i++) {
    const before = t;
    if (/^[-+]/.test(t)) {
      if (t.startsWith('-')) negative = !negative;
      t = t.slice(1).trim();
    }
    if (affixes) {
      const [start, end] = anchored(affixes);
      t = t.replace(start, '').replace(end, '').trim();
    }
    if (t === before) break;
  }
  const body = t.replace(spaces, ' ');
  return /^[\d.,' ]+$/.test(body) && /\d/.test(body) ? { negative, body } : null;
}

/** Reads a body in one convention: group marks only between proper groups of three. */
function digitsIn(body: string, c: Convention, negative: boolean): Digits | null {
  const parts = body.split(c.decimal);
  if (parts.length > 2) return null;
  const [whole = '', frac = ''] = parts as [string, string?];
  if (parts.length === 2 && !/^\d+$/.test(frac)) return null;
  let int = whole;
  if (int === '') {
    if (parts.length < 2) return null;
    int = '0';
  } else if (!/^\d+$/.test(int)) {
    const marks = new Set(int.replace(/\d/g, ''));
    if (marks.size !== 1) return null;
    const mark = [...marks][0]!;
    if (!c.groups.includes(mark)) return null;
    const groups = int.split(mark);
    if (!/^[1-9]\d{0,2}$/.test(groups[0]!) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
    int = groups.join('');
  }
  return { negative, int: int.replace(/^0+(?=\d)/, ''), frac: parts.length === 2 ? frac : '' };
}

/** "1,500" typed where the comma is the decimal mark: a thousands group to someone used to the other convention. */
const looksGrouped = (body: string, decimal: string) => new RegExp(`^[1-9]\\d{0,2}\\${decimal}\\d{3}$`).test(body);

export const digitsValue = (d: Digits): number => {
  const v = Number(`${d.int}.${d.frac || '0'}`);
  return d.negative && v !== 0 ? -v : v;
};
const sameValue = (a: Digits, b: Digits) => digitsValue(a) === digitsValue(b);

/**
 * The readings of a typed number in a UI language. `{ readings: [one], certain: true }` is an
 * answer; anything else is a question (`certain: false`) or no number (`readings: []`).
 */
export function typedReadings(text: string, language: string, affixes: RegExp | null): { readings: Digits[]; certain: boolean } {
  const parsed = numberBody(text, affixes);
  if (!parsed) return { readings: [], certain: false };
  const { body, negative } = parsed;
  const format = numberFormatOf(language);
  const own = digitsIn(body, typed[format], negative);
  if (own) {
    if (!looksGrouped(body, typed[format].decimal)) return { readings: [own], certain: true };
    // "1,500" in Finnish, "1.500" in English: 1.5, or 1 500 written the other way.
    const grouped: Digits = { negative, int: body.replace(/\D/g, '').replace(/^0+(?=\d)/, ''), frac: '' };
    return { readings: [own, grouped], certain: false };
  }
  // Not the language's way: what the other conventions would make of it, to be asked.
  const others = numberFormats.map((f) => digitsIn(body, declared[f], negative)).filter((d): d is Digits => d !== null);
  return { readings: others.filter((d, i) => others.findIndex((o) => sameValue(o, d)) === i), certain: false };
}

/**
 * A cell of a file in its declared number format; without a declaration, a text both formats
 * read alike (or only one reads) is read, and one they read differently is ambiguous.
 */
export function fileReading(text: string, format: NumberFormat | null, affixes: RegExp | null): { digits: Digits } | { ambiguous: Digits[] } | null {
  const parsed = numberBody(text, affixes);
  if (!parsed) return null;
  if (format) {
    const d = digitsIn(parsed.body, declared[format], parsed.negative);
    return d ? { digits: d } : null;
  }
  const both = numberFormats.map((f) => digitsIn(parsed.body, declared[f], parsed.negative)).filter((d): d is Digits => d !== null);
  if (both.length === 0) return null;
  if (both.length === 2 && !sameValue(both[0]!, both[1]!)) return { ambiguous: both };
  return { digits: both[0]! };
}

/**
 * What a column's texts say about the file's number format: how many only a decimal comma
 * reads ("12,5", "1.250.000"), how many only a decimal point reads ("12.5", "1,234.56"), how
 * many both read differently ("500.000": 500 000 or 500), and the first text of each kind,
 * for the wizard to show how it is read.
 */
export interface NumberEvidence {
  comma: number;
  point: number;
  ambiguous: number;
  examples: { comma?: string; point?: string; ambiguous?: string };
}

export const noNumberEvidence = (): NumberEvidence => ({ comma: 0, point: 0, ambiguous: 0, examples: {} });

const fileAffixes = /€|eur|euroa?|%/;

/** Adds one text to a column's evidence (a text with no "." or "," tells nothing). */
export function addNumberEvidence(e: NumberEvidence, text: string): void {
  const parsed = numberBody(text, fileAffixes);
  if (!parsed || !/[.,]/.test(parsed.body)) return;
  const comma = digitsIn(parsed.body, declared.comma, false);
  const point = digitsIn(parsed.body, declared.point, false);
  const kind = comma && !point ? 'comma' : point && !comma ? 'point' : comma && point && !sameValue(comma, point) ? 'ambiguous' : null;
  if (!kind) return;
  e[kind]++;
  e.examples[kind] ??= text.trim();
}

export function numberEvidence(texts: Iterable<string>): NumberEvidence {
  const e = noNumberEvidence();
  for (const text of texts) addNumberEvidence(e, text);
  return e;
}

/**
 * The format the columns' own texts show: one format only reads some of them and the other
 * none ("1.250.000" next to "500.000": the dot groups thousands). `question` is true when the
 * texts cannot tell and some read two ways (every amount like "500.000"), or when they say
 * both: then the user is asked, never guessed for. `example` is the text to show read in the
 * chosen format (an ambiguous one first: that is the one whose reading matters).
 */
export function proposeNumberFormat(columns: Iterable<NumberEvidence>): { format: NumberFormat | null; question: boolean; example: string | null } {
  const sum = noNumberEvidence();
  for (const c of columns) {
    for (const k of ['comma', 'point', 'ambiguous'] as const) {
      sum[k] += c[k];
      sum.examples[k] ??= c.examples[k];
    }
  }
  const format = sum.comma > 0 && sum.point === 0 ? 'comma' : sum.point > 0 && sum.comma === 0 ? 'point' : null;
  const question = format === null && (sum.ambiguous > 0 || (sum.comma > 0 && sum.point > 0));
  const example = sum.examples.ambiguous ?? (format ? sum.examples[format] : undefined) ?? sum.examples.comma ?? sum.examples.point ?? null;
  return { format, question, example };
}

/**
 * Which format a file's texts are written in (`proposeNumberFormat` over all of them); null
 * when the file does not say, or says both.
 */
export const detectNumberFormat = (texts: Iterable<string>): NumberFormat | null => proposeNumberFormat([numberEvidence(texts)]).format;

/** Decimal digits of a finite number, exactly as JavaScript's shortest round-trip form writes them. */
export function plainDigits(value: number): Digits {
  const negative = value < 0 || Object.is(value, -0);
  const s = String(Math.abs(value));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return { negative, int: '0', frac: '' };
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3] ?? 0);
  const int = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const frac = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  return { negative: negative && value !== 0, int: int.replace(/^0+(?=\d)/, ''), frac: frac.replace(/0+$/, '') };
}

/**
 * A number as an editable text in the UI language: all its digits ("0,1234" in Finnish),
 * no grouping. A value whose text would read two ways ("1,500": 1.5 or 1 500) gets one more
 * zero ("1,5000") so that it reads back as itself.
 */
export function numberToInput(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return '';
  const d = plainDigits(value);
  const mark = typed[numberFormatOf(language)].decimal;
  let text = d.frac ? `${d.int}${mark}${d.frac}` : d.int;
  if (looksGrouped(text, mark)) text += '0';
  return d.negative ? `-${text}` : text;
}
