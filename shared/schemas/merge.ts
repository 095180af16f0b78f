import { z } from 'zod';
import { NameSchema } from './common';
import { PathSchema } from './plan';

/** Merging a colleague's copy of the open plan (issue 21): what it would do, then the user's decisions. */

const CellSchema = z.union([z.string(), z.number(), z.null()]);
const RowSchema = z.record(z.string(), CellSchema);
const SideSchema = z.enum(['ours', 'theirs']);

export const MergePreviewInputSchema = z.strictObject({ path: PathSchema });

export const MergeApplyInputSchema = z.strictObject({
  path: PathSchema,
  /** Conflict id → the copy whose value (or deletion) wins; every conflict of the preview needs one. */
  decisions: z.record(z.string().max(2000), SideSchema),
  /** The version the merge records ("Merged with kymenlaakso-anna.s3plan"), in the user's language. */
  versionName: NameSchema.pipe(z.string().max(200)),
});

export const MergeConflictSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string(), kind: z.literal('field'), table: z.string(), key: z.string(), field: z.string(), base: CellSchema.optional(), ours: CellSchema, theirs: CellSchema }),
  z.object({
    id: z.string(),
    kind: z.literal('deleted'),
    table: z.string(),
    key: z.string(),
    deletedBy: SideSchema,
    kept: RowSchema,
    edited: z.boolean(),
    children: z.array(z.object({ table: z.string(), key: z.string() })),
  }),
]);
export type MergeConflict = z.infer<typeof MergeConflictSchema>;

export const MergeChangeSchema = z.object({
  table: z.string(),
  key: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  field: z.string().optional(),
  before: z.union([CellSchema, RowSchema]).optional(),
  after: z.union([CellSchema, RowSchema]).optional(),
  from: z.enum(['ours', 'theirs', 'both']),
});

const CountsSchema = z.object({ ours: z.number().int(), theirs: z.number().int(), both: z.number().int() });

export const MergePreviewSchema = z.object({
  /** The other file's name (not its folder). */
  file: z.string(),
  /** The newest version both files carry; null: none, so every difference is a conflict. */
  base: z.object({ name: z.string(), createdAt: z.string() }).nullable(),
  conflicts: z.array(MergeConflictSchema),
  /** The changes against the common version with every conflict decided for this copy. */
  changes: z.array(MergeChangeSchema),
  counts: CountsSchema,
  /** The rows sentences name (change-sentences contextFor), from all three states. */
  context: z.record(z.string(), z.record(z.string(), RowSchema)),
  /** How many of the other file's versions this plan takes in. */
  incomingVersions: z.number().int(),
});
export type MergePreview = z.infer<typeof MergePreviewSchema>;

export const MergeApplyResultSchema = z.object({
  changes: z.array(MergeChangeSchema),
  counts: CountsSchema,
  context: z.record(z.string(), z.record(z.string(), RowSchema)),
  inserted: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
  versionId: z.string(),
});
export type MergeApplyResult = z.infer<typeof MergeApplyResultSchema>;
