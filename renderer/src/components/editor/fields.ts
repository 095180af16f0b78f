/**
 * The fields of an editor, as data: each field's control, its label and hint keys, and how its
 * value is blank, loaded from the stored item and written to the channel's input. Every field is
 * the text the user sees in the UI language (a list of ids for a multi-select, rows for a grid);
 * amounts, numbers and dates are read back in that language only (shared/domain/reading.ts), so
 * opening and saving an item never changes its numbers.
 */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import { inputText, inputValue, type FieldKinds, type InputKind } from '../../../../shared/domain/reading';

export interface Option {
  value: string;
  label: string;
}
/** A list of the plan to choose from (features/common/options.ts optionSources gives each its hook). */
export type OptionSource = 'sectors' | 'stakeholders' | 'networks' | 'actions' | 'fundingSources';
/** A grid's rows as the options of a cell see them (a funding source stays choosable while a row uses it). */
export type RowsSeen = readonly Readonly<Record<string, string | undefined>>[];
/** The choices of a select: a list of the plan, an enum's values with their locale prefix, or a hook of its own. */
export type OptionsOf = OptionSource | { enum: string; values: readonly string[] } | (() => Option[]);

interface Common<T> {
  /** A key under `<screen>.f.` (default: the field's name), or a whole key (with a dot). */
  label?: string;
  /** A key under `<screen>.h.`, `true` for the label's key there, or a whole key, or a function. */
  hint?: string | true | ((t: TFunction, lng: string) => string);
  required?: boolean;
  /** Fields checked with this one when it is left (a start date with its end). */
  related?: readonly string[];
  /** The value of a new item (default '' or []). */
  blank?: T;
  /** The stored value as the field shows it, where the field's name and control do not say it. */
  load?: (stored: object, lng: string) => T;
  /** The field's value as the channel's input, where the control does not say it. */
  save?: (value: T, lng: string) => unknown;
  /** `save` gives several fields of the input (one choice, two columns), merged into it. */
  merge?: boolean;
}

export interface TextSpec extends Common<string> {
  control: 'text' | 'multiline' | 'email' | 'url' | 'tel';
  max: number;
  autoFocus?: boolean;
}
/** Text read as a value of its kind (amount, decimal, year, percent, date) in the UI language. */
export interface TypedSpec extends Common<string> {
  control: 'typed';
  kind: InputKind;
  /** The input when the field is left empty (default null, '' for a required date). */
  empty?: unknown;
}
export interface SelectSpec extends Common<string> {
  control: 'select';
  options: OptionsOf;
  /** The empty choice's locale key ("form.choose"); with `nullable`, empty is sent as null. */
  none?: string;
  nullable?: boolean;
}
export interface MultiSpec extends Common<string[]> {
  control: 'multi';
  options: OptionSource;
  /** The stored item's list of related items (`sectors`) whose ids the field holds. */
  from: string;
}
export interface ColumnSpec {
  control: 'select' | 'text' | 'money' | 'date' | 'year';
  /** A whole key; the cell's accessible name is `<label>Row` with {row}. */
  label: string;
  max?: number;
  required?: boolean;
  /** The select's choices. */
  options?: OptionSource;
  /** Columns of the same row checked with this one when it is left. */
  related?: readonly string[];
}
export type Columns = Readonly<Record<string, ColumnSpec>>;
export type RowValues<C extends Columns> = { id?: string } & { -readonly [K in keyof C]: string };
export interface RowsSpec<C extends Columns> extends Common<RowValues<C>[]> {
  control: 'rows';
  columns: C;
  /** Keys: the add button, and a row's name for its Remove button ({row}). */
  add: string;
  rowName: string;
  /** Stored booleans each row shows but never sends ('true' or ''), e.g. a funding year's `estimated`. */
  flags?: readonly string[];
  /**
   * Drawn as a year grid (components/editor/YearGrid.tsx): a row per `by` (a funding source),
   * a column per year, a line per measure; the rows stay one per (`by`, year) underneath.
   */
  yearGrid?: { by: string; year: string; measures: readonly string[]; shared: readonly string[] };
}
/** A field drawn by its own component (given the form), with its own blank, load and save. */
export interface CustomSpec<T> extends Common<T> {
  control: 'custom';
  blank: T;
  load: (stored: object, lng: string) => T;
  render: ComponentType<{ form: FieldForm; name: string; label: string }>;
}

export type FieldSpec = TextSpec | TypedSpec | SelectSpec | MultiSpec | RowsSpec<Columns> | CustomSpec<unknown>;
export type Fields = Readonly<Record<string, FieldSpec>>;

type ValueOf<S> = S extends MultiSpec ? string[] : S extends RowsSpec<infer C> ? RowValues<C>[] : S extends CustomSpec<infer T> ? T : string;
/** The form's values of these fields, typed by name. */
export type Values<F extends Fields> = { -readonly [K in keyof F]: ValueOf<F[K]> };

/** What a control needs of the form (components/form.tsx useEntityForm gives it). */
export interface FieldForm {
  values: object;
  errors: Record<string, string>;
  choices: Record<string, { value: number | string; text: string; label: string }[]>;
  setAt(path: string, value: unknown): void;
  blur(path: string, related?: readonly string[]): void;
  choose(path: string, text: string): void;
  idFor(path: string): string;
}

/** A form whose values are typed by name (what a part of the form is given). */
export interface TypedForm<V extends object> extends FieldForm {
  values: V;
  set<K extends keyof V & string>(key: K, value: V[K]): void;
}

/** A part of the form that is not a field (the likely duplicates under a stakeholder's name). */
export type FormPart<F extends Fields> = ComponentType<{ form: TypedForm<Values<F>>; initial: Values<F>; id: string | undefined }>;

/** How the form lays out its fields: one a line, a row of a grid, a group with a legend, or a part. */
export type LayoutItem<F extends Fields> =
  | (keyof F & string)
  | { row: readonly (keyof F & string)[] }
  | { group: string; hint?: string; items: readonly LayoutItem<F>[] }
  | { part: FormPart<F> };

/** A property of something read from the core or the form, by name. */
export const prop = (node: unknown, key: string): unknown => (node !== null && typeof node === 'object' ? Reflect.get(node, key) : undefined);
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const rowsOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const cellKind = (c: ColumnSpec): InputKind | undefined => (c.control === 'money' ? 'amount' : c.control === 'date' ? 'date' : c.control === 'year' ? 'year' : undefined);

// The values are built field by field from the specs; the overloads give them their type by name.
export function blankValues<F extends Fields>(fields: F): Values<F>;
export function blankValues(fields: Fields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, s]) => [name, s.blank ?? (s.control === 'multi' || s.control === 'rows' ? [] : '')]));
}

export function loadValues<F extends Fields>(fields: F, stored: object, lng: string): Values<F>;
export function loadValues(fields: Fields, stored: object, lng: string): Record<string, unknown> {
  const one = (name: string, s: FieldSpec): unknown => {
    if (s.load) return s.load(stored, lng);
    const v = prop(stored, name);
    switch (s.control) {
      case 'typed':
        return inputText(s.kind, typeof v === 'number' || typeof v === 'string' ? v : null, lng);
      case 'multi':
        return rowsOf(prop(stored, s.from)).map((x) => text(prop(x, 'id')));
      case 'rows':
        return rowsOf(v).map((row) => ({
          id: text(prop(row, 'id')),
          ...Object.fromEntries(Object.entries(s.columns).map(([k, c]) => {
            const cell = prop(row, k);
            const kind = cellKind(c);
            return [k, kind ? inputText(kind, typeof cell === 'number' || typeof cell === 'string' ? cell : null, lng) : text(cell)];
          })),
          ...Object.fromEntries((s.flags ?? []).map((f) => [f, prop(row, f) === true ? 'true' : ''])),
        }));
      default:
        return text(v);
    }
  };
  return Object.fromEntries(Object.entries(fields).map(([name, s]) => [name, one(name, s)]));
}

const read = (kind: InputKind, value: string, lng: string): unknown => (value.trim() === '' ? null : inputValue(kind, value, lng));

/** The values as the channel's input (checked against its schema before it is sent). */
export function inputOf<F extends Fields>(fields: F, values: Values<F>, lng: string): Record<string, unknown> {
  const one = (s: FieldSpec, v: unknown): unknown => {
    switch (s.control) {
      case 'custom':
        return s.save ? s.save(v, lng) : v;
      case 'multi':
        return s.save ? s.save(rowsOf(v).map(text), lng) : v;
      case 'rows':
        break;
      default:
        if (s.save) return s.save(text(v), lng);
    }
    switch (s.control) {
      case 'typed':
        return read(s.kind, text(v), lng) ?? s.empty ?? (s.required && s.kind === 'date' ? '' : null);
      case 'select':
        return s.nullable ? text(v) || null : text(v);
      case 'rows':
        return rowsOf(v).map((row) => ({
          ...(prop(row, 'id') ? { id: prop(row, 'id') } : {}),
          ...Object.fromEntries(Object.entries(s.columns).map(([k, c]) => {
            const cell = text(prop(row, k));
            const value =
              c.control === 'money' ? (read('amount', cell, lng) ?? 0)
              : c.control === 'date' ? (read('date', cell, lng) ?? (c.required ? '' : null))
              : c.control === 'year' ? (read('year', cell, lng) ?? undefined)
              : cell;
            return [k, value];
          })),
        }));
      default:
        return v;
    }
  };
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(fields)) {
    const value = one(s, prop(values, name));
    if (s.merge && value !== null && typeof value === 'object') Object.assign(out, value);
    else out[name] = value;
  }
  return out;
}

/** The kind of every typed field and cell, by path ("fundingLines.*.plannedCents": 'amount'). */
export function kindsOf(fields: Fields): FieldKinds {
  const out: Record<string, InputKind> = {};
  for (const [name, s] of Object.entries(fields)) {
    if (s.control === 'typed') out[name] = s.kind;
    if (s.control === 'rows')
      for (const [k, c] of Object.entries(s.columns)) {
        const kind = cellKind(c);
        if (kind) out[`${name}.*.${k}`] = kind;
      }
  }
  return out;
}

/** A key of the editor's screen (`<screen>.<part>.<key>`), or the whole key given. */
export const keyIn = (screen: string, part: string, key: string) => (key.includes('.') ? key : `${screen}.${part}.${key}`);

export function labelOf(t: TFunction, screen: string, name: string, s: FieldSpec): string {
  return t(keyIn(screen, 'f', s.label ?? name));
}

export function hintOf(t: TFunction, lng: string, screen: string, name: string, s: FieldSpec): string | undefined {
  if (typeof s.hint === 'function') return s.hint(t, lng);
  if (s.hint === true) return t(keyIn(screen, 'h', s.label ?? name));
  return s.hint ? t(keyIn(screen, 'h', s.hint)) : undefined;
}
