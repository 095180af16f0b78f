/**
 * Turns the file's rows into typed values for one target, row by row, with every problem as
 * a coded issue. Plan-independent (no sector or stakeholder lookups: those are resolved in the
 * core against the plan as it is when the import is written).
 */
import type { RowIssue, MappingIssue } from '../../schemas/import';
import { usualHelix } from '../../schemas/stakeholder';
import { hiddenCharacters, isWebAddress, limits } from '../../schemas/common';
import { targetBeforeBaseline } from '../../schemas/indicator';
import { importFields, nameField, type FieldDef, type ImportTarget } from './fields';
import type { NumberFormat } from '../numbers';
import {
  cellText, isBlank, looksLikeHtml, parseCents, parseDate, parseEnum, parseNumber, parsePercent, parseYear, splitLevel, splitList, nameKey,
  type Cell, type Parsed,
} from './values';

export interface SourceRow {
  /** As Excel shows it: the header is row 1. */
  row: number;
  cells: Cell[];
}

export type StagedValue = string | number | string[] | { name: string; level: string | null }[];

export interface StagedRow {
  row: number;
  values: Record<string, StagedValue>;
  /** The header of the column each value came from (for issues found later). */
  bad: boolean;
}

export interface Mapped {
  field: FieldDef;
  col: number;
  header: string;
}

/**
 * What the user chose beside the columns: the app's value for each word a column holds
 * (`values[field][enumKey(word)]`), and one value for all rows of a field the file lacks or
 * leaves blank (`defaults[field]`: an enum code, or a funding source's id or name).
 */
export interface ValueChoices {
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  defaults?: Readonly<Record<string, string>>;
}

/** Fields that can take one value for all rows: the enumerated ones and the funding source. */
export const takesDefault = (f: FieldDef): boolean => f.kind === 'enum' || f.kind === 'fundingSource';

/** The mapping as fields with their columns, and what is wrong with it as a whole (a field with a value for all rows is not missing). */
export function resolveMapping(target: ImportTarget, headers: readonly string[], columns: readonly (string | null)[], defaults: Readonly<Record<string, string>> = {}) {
  const fields = importFields[target];
  const mapped: Mapped[] = [];
  const issues: MappingIssue[] = [];
  const seen = new Set<string>();
  columns.forEach((key, col) => {
    if (key === null || col >= headers.length) return;
    const field = fields.find((f) => f.key === key);
    if (!field) return void issues.push({ code: 'unknownField', field: key });
    if (seen.has(key)) return void issues.push({ code: 'fieldMappedTwice', field: key });
    seen.add(key);
    mapped.push({ field, col, header: headers[col] ?? '' });
  });
  const given = (key: string) => seen.has(key) || Object.hasOwn(defaults, key);
  for (const f of fields) if (f.required && !given(f.key)) issues.push({ code: 'requiredFieldUnmapped', field: f.key });
  // A stakeholder needs a helix: from its column, from one value for all rows, or inferred from a type.
  if (target === 'stakeholders' && !given('helix') && !given('type')) issues.push({ code: 'requiredFieldUnmapped', field: 'helix' });
  return { mapped, issues };
}

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The helix a stakeholder type belongs to, for files with a type column but no helix. */
export const helixOfType: Record<string, string> = usualHelix;

/**
 * Stages rows one at a time, remembering names already seen so a name repeated in the file is
 * reported at its second row (`duplicateInFile`, params.firstRow).
 */
export class Stager {
  private readonly seen = new Map<string, number>();
  /** One value for all rows per field, checked (enum words read as codes). */
  private readonly defaults = new Map<string, string>();
  readonly issues: RowIssue[] = [];
  /** Conversions made where the meaning was clear (values.ts `Conversion`): the value is taken, the preview says how it was read. */
  readonly warnings: RowIssue[] = [];
  empty = 0;

  constructor(
    private readonly target: ImportTarget,
    private readonly mapped: readonly Mapped[],
    private readonly columnCount: number,
    /** How the file writes decimals, as the user declared it (null: only what both formats read alike). */
    private readonly numberFormat: NumberFormat | null = null,
    private readonly choices: ValueChoices = {},
    /**
     * HTML to plain text (paragraphs kept, entities decoded). The core passes its converter
     * (electron/core/import/plain-text.ts); without one, HTML is kept as written.
     */
    private readonly plainText: ((html: string) => string) | null = null,
  ) {
    // Only a field the target has, and for an enum only a value it takes (the contract checks it too).
    for (const [key, value] of Object.entries(choices.defaults ?? {})) {
      const field = importFields[target].find((f) => f.key === key);
      if (!field || !takesDefault(field)) continue;
      if (field.kind === 'enum' && !parseEnum(field.enum!, value).ok) continue;
      this.defaults.set(key, field.kind === 'enum' ? (parseEnum(field.enum!, value) as { value: string }).value : value);
    }
  }

  stage(source: SourceRow): StagedRow | null {
    const { row, cells } = source;
    if (cells.every(isBlank)) {
      this.empty++;
      return null;
    }
    const issues: RowIssue[] = [];
    const issue = (m: Mapped | null, code: string, value?: string, params?: RowIssue['params']) =>
      issues.push({ row, column: m?.header ?? null, field: m?.field.key ?? null, code, ...(value !== undefined ? { value: clip(value) } : {}), ...(params ? { params } : {}) });
    const extra = cells.slice(this.columnCount).filter((c) => !isBlank(c)).length;
    if (extra > 0) issue(null, 'tooManyColumns', undefined, { expected: this.columnCount, found: this.columnCount + extra });
    const warn = (m: Mapped, code: string, value: string, params?: RowIssue['params']) =>
      this.warnings.push({ row, column: m.header, field: m.field.key, code, value: clip(value), ...(params ? { params } : {}) });
    const values: Record<string, StagedValue> = {};
    const before = issues.length;
    for (const m of this.mapped) {
      const cell = cells[m.col] ?? null;
      if (isBlank(cell)) {
        if (m.field.required && !this.defaults.has(m.field.key)) issue(m, 'required');
        continue;
      }
      let text = cellText(cell);
      const take = <T extends StagedValue>(p: Parsed<T>) => {
        if (!p.ok) return issue(m, p.code, text, p.params);
        values[m.field.key] = p.value;
        if (p.converted) warn(m, p.converted.code, text, p.converted.params);
      };
      switch (m.field.kind) {
        case 'id':
          values.id = text.toLowerCase();
          break;
        case 'name':
        case 'text':
        case 'email':
        case 'stakeholder':
        case 'sector':
        case 'action':
        case 'indicator':
        case 'fundingSource': {
          // A description from a web form or a CMS ("<p>…</p>", "&amp;"): its plain text, paragraphs kept.
          if ((m.field.kind === 'name' || m.field.kind === 'text') && m.field.key !== 'website' && this.plainText && looksLikeHtml(text)) {
            const plain = this.plainText(text).trim();
            if (plain !== text) {
              warn(m, 'htmlConverted', text);
              text = plain;
            }
          }
          const max = m.field.max ?? limits.name;
          if (text.length > max) issue(m, 'tooLong', text, { maximum: max });
          else if (m.field.kind === 'email' && !emailRe.test(text)) issue(m, 'invalidEmail', text);
          // The rules of the plan's own schemas (shared/schemas/common.ts): a name without hidden characters, a full web address.
          else if (max <= limits.name && hiddenCharacters.test(text)) issue(m, 'hiddenCharacters', text);
          else if (m.field.key === 'website' && !isWebAddress(text)) issue(m, 'websiteNotUrl', text);
          else values[m.field.key] = text;
          break;
        }
        case 'enum':
          take(parseEnum(m.field.enum!, cell, this.choices.values?.[m.field.key]));
          break;
        case 'stakeholders':
        case 'networks':
          values[m.field.key] = splitList(cell);
          break;
        case 'sectors': {
          // Stakeholders: "Logistiikka (sitoutunut)" names a level; a bracket that is not a level is part of the name.
          values.sectors = splitList(cell).map((item) => {
            const split = this.target === 'stakeholders' ? splitLevel(item) : { name: item, level: null };
            const level = split.level === null ? null : parseEnum('engagement', split.level);
            return level?.ok ? { name: split.name, level: level.value } : { name: item, level: null };
          });
          break;
        }
        case 'date':
          take(parseDate(cell));
          break;
        case 'percent':
          take(parsePercent(cell, this.numberFormat));
          break;
        case 'cents':
          take(parseCents(cell, this.numberFormat));
          break;
        case 'number':
          take(parseNumber(cell, this.numberFormat));
          break;
        case 'year':
          take(parseYear(cell));
          break;
      }
    }
    const failed = new Set(issues.slice(before).map((i) => i.field));
    // One value for all rows where the file has none (a field with no column, a blank cell).
    for (const [key, value] of this.defaults) if (values[key] === undefined && !failed.has(key)) values[key] = value;
    this.rowChecks(values, issue, failed);
    const key = this.duplicateKey(values);
    if (key !== null) {
      const first = this.seen.get(key);
      const m = this.mapped.find((x) => x.field.key === (key.startsWith('ref:') ? 'reference' : nameField[this.target])) ?? null;
      if (first !== undefined) issue(m, 'duplicateInFile', m ? cellText(cells[m.col] ?? null) : undefined, { firstRow: first });
      else this.seen.set(key, row);
    }
    this.issues.push(...issues);
    return { row, values, bad: issues.length > 0 };
  }

  private duplicateKey(v: Record<string, StagedValue>): string | null {
    if (this.target === 'measurements') return typeof v.indicator === 'string' && typeof v.measuredOn === 'string' ? `${nameKey(v.indicator)}|${v.measuredOn}` : null;
    if (typeof v.id === 'string') return `id:${v.id}`;
    // A reference tells rows apart: two projects of one title with different codes are two rows.
    if (typeof v.reference === 'string') return `ref:${nameKey(v.reference)}`;
    const name = v[nameField[this.target]];
    return typeof name === 'string' ? nameKey(name) : null;
  }

  private rowChecks(
    v: Record<string, StagedValue>,
    issue: (m: Mapped | null, code: string, value?: string, params?: RowIssue['params']) => void,
    failed: Set<string | null>,
  ): void {
    const col = (key: string) => this.mapped.find((m) => m.field.key === key) ?? null;
    if (this.target === 'stakeholders' && v.helix === undefined && !failed.has('helix')) {
      // No helix written: the type's helix (an SME is business), else the row is bad.
      const inferred = typeof v.type === 'string' ? helixOfType[v.type] : undefined;
      if (inferred) v.helix = inferred;
      else if (!failed.has('type')) issue(col('helix') ?? col('type'), col('helix') ? 'required' : 'helixNotInferable');
    }
    if (this.target === 'actions') {
      if (typeof v.startDate === 'string' && typeof v.endDate === 'string' && v.endDate < v.startDate) issue(col('endDate'), 'endBeforeStart', v.endDate);
      const money = ['plannedCents', 'committedCents', 'spentCents'].some((k) => v[k] !== undefined);
      if (money && v.fundingSource === undefined) issue(col('fundingSource'), 'fundingSourceMissing');
      // Committed above planned and spent above committed are checked against the line as it will be written (core/import/resolve.ts).
    }
    if (this.target === 'indicators' && typeof v.sector === 'string' && typeof v.action === 'string') issue(col('action'), 'attachedTwice');
    if (this.target === 'indicators' && targetBeforeBaseline(v as { baselineYear?: number; targetYear?: number })) issue(col('targetYear'), 'targetBeforeBaseline', String(v.targetYear), { baselineYear: v.baselineYear as number });
  }
}
