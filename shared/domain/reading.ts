/**
 * Every kind of value a form field holds as text, with its reader and its formatter: the
 * reader is the pair of the formatter, in the same UI language (test/unit/domain/
 * round-trip.property.test.ts). Forms declare the kind of each field (`FieldKinds`) and get the
 * value to send and, for a text that is not one, the problem to show at the field.
 */
import { formatCount, formatDate, formatPercent } from './format';
import { centsToInput, readAmount } from './money';
import { readDate } from './dates';
import { digitsValue, numberToInput, typedReadings, type Digits } from './numbers';
import { ambiguous, bad, ok, type Choice, type InputKind, type ReadProblem, type Reading } from './reading-types';

export * from './reading-types';

/** Readings of a typed number as values of one kind; `convert` drops readings that are not of it. */
function readQuantity(kind: InputKind, text: string, language: string, affixes: RegExp | null, convert: (d: Digits) => number | null, choice: (v: number) => Choice): Reading<number | null> {
  if (text.trim() === '') return ok(null);
  const { readings, certain } = typedReadings(text, language, affixes);
  const values: number[] = [];
  for (const d of readings) {
    const v = convert(d);
    if (v !== null && Number.isFinite(v) && !values.includes(v)) values.push(v);
  }
  if (certain && values.length === 1) return ok(values[0]!);
  if (values.length === 0) return bad({ code: 'invalid', kind });
  return ambiguous(kind, text, values.sort((a, b) => a - b).map(choice));
}

const whole = (d: Digits) => (/^0*$/.test(d.frac) ? digitsValue({ ...d, frac: '' }) : null);

/** A decimal number (an indicator's value): "12,5" in Finnish, "12.5" in English. */
export const readDecimal = (text: string, language: string) =>
  readQuantity('decimal', text, language, null, digitsValue, (v) => ({ value: v, text: numberToInput(v, language), label: Number.isInteger(v) ? formatCount(v, language) : numberToInput(v, language) }));

/** A whole number, grouped or not: "1 500" in Finnish, "1,500" in English. */
export const readInteger = (text: string, language: string) =>
  readQuantity('integer', text, language, null, whole, (v) => ({ value: v, text: String(v), label: formatCount(v, language) }));

/** A whole percentage in points ("40", "40 %", "40%" → 40). */
export const readPercent = (text: string, language: string) =>
  readQuantity('percent', text, language, /%/, whole, (v) => ({ value: v, text: String(v), label: formatPercent(v / 100, language) }));

/** A year, written in full: "2027". */
export function readYear(text: string): Reading<number | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  return /^\d{4}$/.test(t) ? ok(Number(t)) : bad({ code: 'invalid', kind: 'year' });
}

/** Number of a typed decimal: null when empty, NaN when not one number. */
export function parseDecimal(text: string, language: string): number | null {
  const r = readDecimal(text, language);
  return r.ok ? r.value : Number.NaN;
}
export function parseInteger(text: string, language: string): number | null {
  const r = readInteger(text, language);
  return r.ok ? r.value : Number.NaN;
}
export function parsePercent(text: string, language: string): number | null {
  const r = readPercent(text, language);
  return r.ok ? r.value : Number.NaN;
}

export function readInput(kind: InputKind, text: string, language: string): Reading<number | string | null> {
  switch (kind) {
    case 'amount':
      return readAmount(text, language);
    case 'decimal':
      return readDecimal(text, language);
    case 'integer':
      return readInteger(text, language);
    case 'percent':
      return readPercent(text, language);
    case 'year':
      return readYear(text);
    case 'date':
      return readDate(text, language);
  }
}

/**
 * The value to send for a field's text: the reading, null when empty, and for a text that is
 * no value NaN (numbers) or the text itself (dates), so the contract's schema refuses it too.
 */
export function inputValue(kind: InputKind, text: string, language: string): number | string | null {
  const r = readInput(kind, text, language);
  if (r.ok) return r.value;
  return kind === 'date' ? text : Number.NaN;
}
export const inputNumber = (kind: Exclude<InputKind, 'date'>, text: string, language: string) => inputValue(kind, text, language) as number | null;
export const inputDate = (text: string, language: string) => inputValue('date', text, language) as string | null;

/** A stored value as the text of its field in the UI language. */
export function inputText(kind: InputKind, value: number | string | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'amount':
      return centsToInput(value as number, language);
    case 'decimal':
      return numberToInput(value as number, language);
    case 'date':
      return formatDate(value as string, language);
    default:
      return String(value);
  }
}

/** The kind of each text field of a form, by path; `*` stands for any row ("fundingLines.*.plannedCents"). */
export type FieldKinds = Readonly<Record<string, InputKind>>;

/** The kind of the field at a path ("fundingLines.3.plannedCents" → 'amount'), if it has one. */
export function kindAt(kinds: FieldKinds, path: string): InputKind | undefined {
  const parts = path.split('.');
  for (const [pattern, kind] of Object.entries(kinds)) {
    const p = pattern.split('.');
    if (p.length === parts.length && p.every((seg, i) => seg === '*' || seg === parts[i])) return kind;
  }
  return undefined;
}

/** Every field whose text is not a value of its kind, by path ("fundingLines.0.plannedCents"). */
export function inputProblems(values: unknown, kinds: FieldKinds, language: string): Record<string, ReadProblem> {
  const out: Record<string, ReadProblem> = {};
  const walk = (node: unknown, rest: string[], at: string[], kind: InputKind) => {
    if (rest.length === 0) {
      if (typeof node !== 'string') return;
      const r = readInput(kind, node, language);
      if (!r.ok) out[at.join('.')] = r.problem;
      return;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    if (node === null || typeof node !== 'object') return;
    const entries = head === '*' ? Object.entries(node as object) : [[head, (node as Record<string, unknown>)[head]] as const];
    for (const [k, v] of entries) walk(v, tail, [...at, k], kind);
  };
  for (const [pattern, kind] of Object.entries(kinds)) walk(values, pattern.split('.'), [], kind);
  return out;
}

