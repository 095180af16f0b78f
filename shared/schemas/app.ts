import { z } from 'zod';
import { folderPurposes } from './files';

export const uiLanguages = ['en', 'fi', 'sv'] as const;
export const UiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** App-level state kept under the host's user-data folder, never inside a plan. */
export const AppStateSchema = z.object({
  language: UiLanguageSchema.nullable(),
  recentFiles: z.array(z.string()),
  window: z.object({ width: z.number(), height: z.number(), maximized: z.boolean() }).nullable(),
  /** Whether the example plan has been created for this user (first start). */
  exampleCreated: z.boolean(),
  /** The folder last used per dialog purpose (Electron's native dialogs open there). */
  folders: z.partialRecord(z.enum(folderPurposes), z.string()).default({}),
});
export type AppState = z.infer<typeof AppStateSchema>;

/** What the desktop host keeps in app state for itself: the window's size, the dialogs' folders. */
export const AppRememberSchema = z.strictObject({
  window: z.strictObject({ width: z.number().int().min(200).max(20_000), height: z.number().int().min(200).max(20_000), maximized: z.boolean() }).optional(),
  folders: z.partialRecord(z.enum(folderPurposes), z.string().max(4096)).optional(),
});
