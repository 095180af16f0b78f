import { z } from 'zod';
import { IdSchema, limits, hiddenCharacters } from './common';
import { PlanLanguageSchema } from './enums';

/**
 * Multilingual content: which texts of which things have a value per plan language. The
 * thing's own field holds the main language (plan.languages[0]); the others are translations.
 */
export const translatable = {
  plan: ['name', 'vision'],
  sector: ['name', 'description', 'rationale'],
  action: ['title', 'description'],
  indicator: ['name'],
  network: ['name', 'description'],
} as const;
export type TranslationOwner = keyof typeof translatable;
export const translationOwners = Object.keys(translatable) as TranslationOwner[];
export type TranslatableField = (typeof translatable)[TranslationOwner][number];
/** Names are short; descriptions, rationale and the vision are texts. */
export const isNameField = (field: string) => field === 'name' || field === 'title';

export const TranslationOwnerSchema = z.enum(translationOwners as [TranslationOwner, ...TranslationOwner[]]);

export const TranslationSchema = z.object({
  owner: TranslationOwnerSchema,
  ownerId: IdSchema,
  lang: PlanLanguageSchema,
  field: z.string(),
  text: z.string(),
});
export type Translation = z.infer<typeof TranslationSchema>;

export const TranslationListInputSchema = z.strictObject({ lang: PlanLanguageSchema.optional() });

/**
 * translation.set: the texts of one thing in one language; an empty text removes that
 * translation (the main language shows again). Unknown fields are refused.
 */
export const TranslationSetSchema = z
  .strictObject({
    owner: TranslationOwnerSchema,
    ownerId: IdSchema,
    lang: PlanLanguageSchema,
    texts: z.record(z.string(), z.string().trim()),
    /**
     * The texts the form started from ('' for none): a field saved meanwhile in another window
     * differs, and the save is refused as a conflict instead of overwriting it.
     */
    expected: z.record(z.string(), z.string()).optional(),
  })
  .superRefine((v, ctx) => {
    const fields = translatable[v.owner] as readonly string[];
    for (const [field, text] of Object.entries(v.texts)) {
      if (!fields.includes(field)) ctx.addIssue({ code: 'custom', path: ['texts', field], message: 'notTranslatable' });
      else if (text.length > (isNameField(field) ? limits.name : limits.text))
        ctx.addIssue({ code: 'too_big', origin: 'string', maximum: isNameField(field) ? limits.name : limits.text, inclusive: true, path: ['texts', field] });
      else if (isNameField(field) && hiddenCharacters.test(text)) ctx.addIssue({ code: 'custom', path: ['texts', field], message: 'hiddenCharacters' });
    }
  });
export type TranslationSet = z.input<typeof TranslationSetSchema>;

/** translation.setMany: many texts at once (a translations sheet read back), one undo step. */
export const TranslationSetManySchema = z.strictObject({
  texts: z
    .array(z.strictObject({ owner: TranslationOwnerSchema, ownerId: IdSchema, lang: PlanLanguageSchema, field: z.string(), text: z.string().trim().max(limits.text) }))
    .max(200_000),
});
export type TranslationSetMany = z.input<typeof TranslationSetManySchema>;

/** A translations sheet read back: the texts it holds for the plan's other languages. */
export const TranslationSheetSchema = z.object({
  texts: TranslationSetManySchema.shape.texts,
  /** Rows naming a thing the plan no longer has, or a field that has no translations. */
  unknownRows: z.number().int(),
  /** Rows whose main-language text differs from the plan's (edited on the thing, not here). */
  mainDiffers: z.number().int(),
  /** What would change: texts new or different, and translations the sheet leaves empty. */
  changed: z.number().int(),
});
export type TranslationSheet = z.infer<typeof TranslationSheetSchema>;
