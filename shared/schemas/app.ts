import { z } from 'zod';

export const uiLanguages = ['en', 'fi'] as const;
export const UiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** App-level state kept under the host's user-data folder, never inside a plan. */
export const AppStateSchema = z.object({
  language: UiLanguageSchema.nullable(),
  recentFiles: z.array(z.string()),
  window: z.object({ width: z.number(), height: z.number(), maximized: z.boolean() }).nullable(),
  /** Whether the example plan has been created for this user (first start). */
  exampleCreated: z.boolean(),
});
export type AppState = z.infer<typeof AppStateSchema>;
