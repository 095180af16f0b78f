import { z } from 'zod';
import { IdSchema, NameSchema } from './common';
import { PathSchema } from './plan';

/** A named state of the plan kept in its file (issue 21). */
export const VersionSchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** The schema the state was stored in (an older one is migrated on a temporary copy when used). */
  schemaVersion: z.number().int(),
  rowCount: z.number().int(),
  /** The stored state's size in bytes: what the version adds to the file. */
  bytes: z.number().int(),
});
export type Version = z.infer<typeof VersionSchema>;

export const VersionCreateSchema = z.strictObject({ name: NameSchema.pipe(z.string().max(200)) });

/** One side of a comparison: the plan as it is now, a version in it, or another file of the same plan. */
export const CompareSideSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('current') }),
  z.strictObject({ kind: z.literal('version'), id: IdSchema }),
  z.strictObject({ kind: z.literal('file'), path: PathSchema }),
]);
export type CompareSide = z.infer<typeof CompareSideSchema>;

export const CompareInputSchema = z.strictObject({ from: CompareSideSchema, to: CompareSideSchema.default({ kind: 'current' }) });

const CellSchema = z.union([z.string(), z.number(), z.null()]);
const RowSchema = z.record(z.string(), CellSchema);

export const ChangeSchema = z.object({
  table: z.string(),
  key: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  field: z.string().optional(),
  before: z.union([CellSchema, RowSchema]).optional(),
  after: z.union([CellSchema, RowSchema]).optional(),
});

/** How the screen names a side: the version's name and date, the file's path, or "now". */
export const CompareSideInfoSchema = z.object({
  kind: z.enum(['current', 'version', 'file']),
  name: z.string(),
  createdAt: z.string().nullable(),
});

export const CompareResultSchema = z.object({
  from: CompareSideInfoSchema,
  to: CompareSideInfoSchema,
  changes: z.array(ChangeSchema),
  /** The rows the sentences name (shared/domain/change-sentences.ts contextFor). */
  context: z.record(z.string(), z.record(z.string(), RowSchema)),
});
export type CompareResult = z.infer<typeof CompareResultSchema>;

export const VersionOpenResultSchema = z.object({ path: z.string() });
export const VersionRestoreResultSchema = z.object({ inserted: z.number().int(), updated: z.number().int(), deleted: z.number().int() });
