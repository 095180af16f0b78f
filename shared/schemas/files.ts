import { z } from 'zod';
import { PathSchema } from './plan';

/**
 * What a file dialog is for. Each purpose has its own filter, extension and remembered
 * folder (electron/main/dialogs.ts), so an export is never offered as a plan and an import
 * can pick a CSV or XLSX.
 */
export const openPurposes = ['plan', 'spreadsheet'] as const;
export const savePurposes = ['plan', 'csv', 'xlsx', 'pdf', 'png', 'svg'] as const;
export type OpenPurpose = (typeof openPurposes)[number];
export type SavePurpose = (typeof savePurposes)[number];

/** Folders remembered per purpose: spreadsheets share one (import, CSV and XLSX export). */
export const folderPurposes = ['plan', 'spreadsheet', 'pdf', 'png', 'svg'] as const;
export type FolderPurpose = (typeof folderPurposes)[number];

export const PickPathInputSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('open'), purpose: z.enum(openPurposes) }),
  z.strictObject({ mode: z.literal('save'), purpose: z.enum(savePurposes), suggestedName: z.string().max(255).optional() }),
]);
export const PickPathResultSchema = z.object({ supported: z.boolean(), path: z.string().nullable() });

/** A chart picture the renderer drew (SVG text or PNG bytes, base64), written to a chosen path. */
export const ImageExportInputSchema = z.strictObject({
  path: PathSchema,
  format: z.enum(['png', 'svg']),
  /** base64 of the file's bytes. A 2× PNG of a wide chart is well under 4 MB. */
  data: z.string().max(24 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  /** Replace an existing file: only after the user confirmed it (a plan is never replaced). */
  overwrite: z.boolean().default(false),
});
export const ImageExportResultSchema = z.object({ path: z.string(), bytes: z.number().int() });

/** An error the renderer caught (error boundary, unhandled rejection), for the host's log. */
export const ErrorReportSchema = z.strictObject({
  ref: z.string().min(1).max(32),
  source: z.enum(['render', 'unhandledRejection', 'error']),
  message: z.string().max(2000),
  stack: z.string().max(20_000).optional(),
});
export type ErrorReport = z.infer<typeof ErrorReportSchema>;
