import { z } from 'zod';
import { IdSchema, IdListSchema, DateSchema } from './common';
import { PathSchema } from './plan';
import { HelixSchema, ActionStatusSchema, StakeholderTypeSchema, NetworkScopeSchema } from './enums';
import { importTargets } from '../domain/import/fields';
import { numberFormats } from '../domain/numbers';

export const ImportTargetSchema = z.enum(importTargets);
/** Lists that can be exported: the import targets (an export re-imports with the same fields). */
export const ExportListSchema = ImportTargetSchema;
export const ExportFormatSchema = z.enum(['csv', 'xlsx']);
export const ExportLanguageSchema = z.enum(['fi', 'sv', 'en']);

/** How the file writes decimals: "1 234,56" (a decimal comma) or "1,234.56" (a decimal point). */
export const NumberFormatSchema = z.enum(numberFormats);

/** For each column of the file, left to right, the field it goes to (a key of shared/domain/import/fields.ts) or null (ignored). */
export const ColumnMappingSchema = z.array(z.string().max(40).nullable()).max(500);

/** A problem with one cell or row of the file: codes and params, never English text. */
export const RowIssueSchema = z.object({
  /** The row as Excel shows it: the header is row 1. */
  row: z.number().int(),
  /** The column's header as written in the file (null: the whole row). */
  column: z.string().nullable(),
  field: z.string().nullable(),
  /** required, notANumber, notADate, unknownSector, duplicateInFile, tooManyColumns, ... (see the report). */
  code: z.string(),
  /** The cell as written (cut to 200 characters). */
  value: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

/** A problem with the mapping as a whole (a required field no column goes to, a field given twice). */
export const MappingIssueSchema = z.object({ code: z.enum(['requiredFieldUnmapped', 'fieldMappedTwice', 'unknownField']), field: z.string() });
export type MappingIssue = z.infer<typeof MappingIssueSchema>;

/**
 * The user's value mapping: per enumerated field, the app's value (a code) for each word the
 * file holds, keyed as the file writes the word (the core folds it). Saved with the columns.
 */
export const ValueMappingSchema = z.record(z.string().max(40), z.record(z.string().max(500), z.string().max(40)));
/** One value for all rows of a field the file lacks (an enum code; a funding source's id). */
export const FieldDefaultsSchema = z.record(z.string().max(40), z.string().max(200));

/** What an import creates because rows refer to it and the plan does not have it yet. */
export const CreatedKindSchema = z.enum(['stakeholder', 'sector', 'network', 'fundingSource']);
export type CreatedKind = z.infer<typeof CreatedKindSchema>;
/** A created item's key: its kind and its name as first written in the file ("stakeholder:Kotkan Satama Oy"). */
export const createdKey = (kind: CreatedKind, name: string) => `${kind}:${name}`;

/**
 * The values created items get: a helix and a type for stakeholders and a scope for networks,
 * chosen once for all of them, and per item (by `createdKey`) where the user changed it.
 */
export const CreateValuesSchema = z.strictObject({
  helix: HelixSchema.nullable().default(null),
  type: StakeholderTypeSchema.default('other'),
  scope: NetworkScopeSchema.default('regional'),
  items: z.record(z.string().max(600), z.strictObject({ helix: HelixSchema.optional(), type: StakeholderTypeSchema.optional(), scope: NetworkScopeSchema.optional() })).default({}),
});
export type CreateValues = z.infer<typeof CreateValuesSchema>;

export const ImportOpenSchema = z.strictObject({
  /** Chosen by the renderer (crypto.randomUUID()) so it can cancel before the reply comes. */
  id: IdSchema,
  path: PathSchema,
  target: ImportTargetSchema,
  /** XLSX: the sheet to read (default: the first with data). */
  sheet: z.string().max(200).optional(),
});

const NumberEvidenceSchema = z.object({
  comma: z.number().int(),
  point: z.number().int(),
  ambiguous: z.number().int(),
  examples: z.object({ comma: z.string().optional(), point: z.string().optional(), ambiguous: z.string().optional() }),
});

export const ImportFileSchema = z.object({
  id: IdSchema,
  file: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** CSV only: how the bytes were decoded. */
  encoding: z.enum(['utf8', 'utf8bom', 'utf16le', 'utf16be', 'windows1252']).nullable(),
  delimiter: z.enum([',', ';', '\t']).nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  /** Data rows, empty rows included (the header is not counted). */
  rowCount: z.number().int(),
  /** The first rows as text, for the mapping step. */
  sample: z.array(z.array(z.string())),
  /** The proposed mapping, or the saved one for a file of this shape. */
  columns: ColumnMappingSchema,
  savedMapping: z.boolean(),
  /** The number format the file's own texts show (only one format reads some of them); null when they do not tell. */
  numberFormat: NumberFormatSchema.nullable(),
  /** Per column, what its texts say about the number format (shared/domain/numbers.ts NumberEvidence): the wizard proposes from the mapped columns. */
  numberEvidence: z.array(NumberEvidenceSchema),
  /**
   * Per column, the distinct values it holds with how many rows hold each (most first), or
   * null when it holds more than `distinctLimit` (a name or an amount, not a word to map).
   */
  distinct: z.array(z.array(z.object({ value: z.string(), rows: z.number().int() })).nullable()),
  /** The saved value mapping and values for all rows of a file of this shape ({} when none). */
  values: ValueMappingSchema,
  defaults: FieldDefaultsSchema,
  /** Per column, its distinct values with their row counts (shared/domain/import/row-filter.ts); null: too many or one. */
  columnValues: z.array(z.array(z.object({ value: z.string(), count: z.number().int() })).nullable()),
});
export type ImportFile = z.infer<typeof ImportFileSchema>;

/**
 * The number format the user declared for the file. Absent: the one the file shows
 * (`ImportFile.numberFormat`); when it shows none, only texts both formats read alike are read
 * and the rest are `ambiguousNumber`.
 */
const declaredFormat = NumberFormatSchema.nullable().optional();

/** Take only the rows whose cell in `column` is one of `values` (a region, a group); absent or null: every row. */
export const RowFilterSchema = z.strictObject({
  column: z.number().int().min(0).max(499),
  values: z.array(z.string().max(20_000)).min(1).max(500),
});
const rowFilter = RowFilterSchema.nullable().optional();

export const ImportPreviewInputSchema = z.strictObject({
  id: IdSchema,
  columns: ColumnMappingSchema,
  numberFormat: declaredFormat,
  values: ValueMappingSchema.default({}),
  defaults: FieldDefaultsSchema.default({}),
  rowFilter,
});

export const ImportPreviewSchema = z.object({
  id: IdSchema,
  target: ImportTargetSchema,
  rows: z.number().int(),
  add: z.number().int(),
  update: z.number().int(),
  /** Empty rows plus bad rows: what "good rows only" leaves out. */
  skip: z.number().int(),
  empty: z.number().int(),
  /** Rows the row filter left out (not counted in `skip`). */
  filtered: z.number().int(),
  badRows: z.number().int(),
  mappingIssues: z.array(MappingIssueSchema),
  /** Every problem, in row order (at most `issueLimit`; `issueCount` says how many there were). */
  issues: z.array(RowIssueSchema),
  issueCount: z.number().int(),
  /**
   * Values converted where the meaning was clear (a Unix timestamp or an Excel serial as a date,
   * HTML as plain text): taken, not refused; each says how it was read (`import.warning.<code>`).
   */
  warnings: z.array(RowIssueSchema),
  warningCount: z.number().int(),
  /** What good rows refer to that the plan does not have: created by the import (in file order, `rows` good rows each). */
  created: z.array(z.object({ kind: CreatedKindSchema, name: z.string(), rows: z.number().int() })),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportRunSchema = z.strictObject({
  id: IdSchema,
  columns: ColumnMappingSchema,
  numberFormat: declaredFormat,
  values: ValueMappingSchema.default({}),
  defaults: FieldDefaultsSchema.default({}),
  /** The values of what the import creates (a stakeholder needs a helix: refused without one). */
  create: CreateValuesSchema.default({ helix: null, type: 'other', scope: 'regional', items: {} }),
  rowFilter,
  /** Write the good rows and leave the bad ones out; false refuses when any row is bad. */
  goodRowsOnly: z.boolean().default(false),
  /** Remember this mapping for files of the same shape. */
  saveMapping: z.boolean().default(false),
});
export const ImportResultSchema = z.object({ added: z.number().int(), updated: z.number().int(), skipped: z.number().int(), created: z.number().int().default(0) });
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ImportCancelSchema = z.strictObject({ id: IdSchema });

/** The filters a list screen applies (shared/domain/list-filters.ts ListFilter). */
export const ListFilterSchema = z.strictObject({
  sectorId: IdSchema.optional(),
  helix: HelixSchema.optional(),
  status: ActionStatusSchema.optional(),
  noSector: z.boolean().optional(),
  overdueMilestones: z.boolean().optional(),
  networkId: IdSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
});

export const ExportListInputSchema = z.strictObject({
  list: ExportListSchema,
  path: PathSchema,
  format: ExportFormatSchema,
  language: ExportLanguageSchema,
  /** The rows on screen in their order (search applied); else every row passing `filter`. */
  ids: IdListSchema.max(200_000).optional(),
  filter: ListFilterSchema.default({}),
  /** Header per field key in the UI language; fields left out are written with their import name. */
  headers: z.record(z.string().max(40), z.string().max(200)).default({}),
  /** Words for enum values in the UI language, keyed "helix.business", "status.running", ... */
  valueLabels: z.record(z.string().max(80), z.string().max(200)).default({}),
  /** Replace an existing file: only after the user confirmed it (a plan is never replaced). */
  overwrite: z.boolean().default(false),
});

export const TableCellSchema = z.union([z.string().max(20_000), z.number(), z.null(), z.strictObject({ date: DateSchema })]);
export const ExportTableInputSchema = z.strictObject({
  path: PathSchema,
  format: ExportFormatSchema,
  language: ExportLanguageSchema,
  /** Sheet name in XLSX (the chart's title). */
  title: z.string().max(200).default('Data'),
  headers: z.array(z.string().max(200)).max(500),
  rows: z.array(z.array(TableCellSchema).max(500)).max(200_000),
  /** Replace an existing file: only after the user confirmed it (a plan is never replaced). */
  overwrite: z.boolean().default(false),
});
export const ExportResultSchema = z.object({ path: z.string(), rows: z.number().int() });

/** The saved mappings file (import-mappings.json in the user-data folder). */
export const SavedMappingsSchema = z.object({
  version: z.literal(1),
  mappings: z.record(
    z.string(),
    z.record(z.string(), z.object({ headers: z.array(z.string()), columns: ColumnMappingSchema, values: ValueMappingSchema.default({}), defaults: FieldDefaultsSchema.default({}), savedAt: z.string() })),
  ),
});
export type SavedMappings = z.infer<typeof SavedMappingsSchema>;
