import { z } from 'zod';
import { folderPurposes } from './files';

export const uiLanguages = ['en', 'fi', 'sv'] as const;
export const UiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

export const isUiLanguage = (value: unknown): value is UiLanguage => typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);

/**
 * The UI language: the saved choice, else the first of the OS's (or browser's) languages we
 * have ("sv-FI" → Swedish), else English. Both hosts' menus and the renderer use this one.
 */
export function pickLanguage(saved: string | null | undefined, preferred: readonly string[]): UiLanguage {
  if (isUiLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

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
