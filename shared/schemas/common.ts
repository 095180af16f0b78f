import { z } from 'zod';
import { MAX_CENTS } from '../domain/money';

/**
 * Limits shared by the UI (hints, maxLength) and the core (validation). A name is up to 500
 * characters: real project titles in national structural-funds lists run to 300 and more
 * (200 refused them on import).
 */
export const limits = { name: 500, text: 20_000, short: 100, url: 2000, path: 4096, ids: 10_000, yearMin: 1900, yearMax: 2100 } as const;

/**
 * Characters that show nothing or turn text around: zero-width spaces and joiners, the byte
 * order mark, the soft hyphen, invisible operators, and the bidirectional controls (LRM, RLM,
 * ALM, the embeddings, overrides and isolates). In a name they make two names that look the same
 * differ (search, sorting and duplicate checks miss them) or make a name display otherwise than
 * it is stored. They are refused, not removed: removing a direction control would change what
 * the user sees, and nothing typed is changed silently. The forms remove them from pasted text
 * (the usual way in), where the user sees the result before saving.
 */
export const hiddenCharacters = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
export const hiddenCharactersAll = new RegExp(hiddenCharacters.source, 'g');
export const withoutHiddenCharacters = (s: string) => s.replace(hiddenCharactersAll, '');
const visible = { message: 'hiddenCharacters' };

export const IdSchema = z.uuid();
export const NameSchema = z.string().trim().min(1).max(limits.name).refine((s) => !hiddenCharacters.test(s), visible);
export const TextSchema = z.string().max(limits.text);
export const ShortTextSchema = z.string().trim().max(limits.short).refine((s) => !hiddenCharacters.test(s), visible);

/** An address a browser can open: http or https with a host, e.g. https://prizztech.fi. */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
/** Empty, or a full http/https address ("prizztech.fi" is refused with an example of the full form). */
export const WebsiteSchema = z.string().trim().max(limits.url).refine((s) => s === '' || isWebAddress(s), { message: 'websiteNotUrl' });
export const EmailSchema = z.union([z.literal(''), z.email()]);

const yearIssue = { message: 'yearOutOfRange' };
export const inYearRange = (year: number) => year >= limits.yearMin && year <= limits.yearMax;
/** A calendar date as the plan stores it: YYYY-MM-DD, in a year from 1900 to 2100 ("0202-05-01" is a typo). */
export const DateSchema = z.iso.date().refine((s) => !/^\d{4}-/.test(s) || inYearRange(Number(s.slice(0, 4))), yearIssue);
export const YearSchema = z.number().int().min(limits.yearMin, yearIssue).max(limits.yearMax, yearIssue);
export const TimestampSchema = z.string();
/** Money in integer cents, never floats; at most €10 billion a field, so sums stay exact (shared/domain/money.ts). */
export const CentsSchema = z.number().int().min(0).max(MAX_CENTS);
/** Ids of related things, replaced as a whole; repeats are harmless (the core keeps one). */
export const IdListSchema = z.array(IdSchema).max(limits.ids);

export const Timestamps = { createdAt: TimestampSchema, updatedAt: TimestampSchema };
export const Empty = z.strictObject({});
export const ById = z.strictObject({ id: IdSchema });

/**
 * What every update carries: the row and the updatedAt the user loaded. If the row changed
 * since, the core answers `conflict` and writes nothing (two windows never silently overwrite).
 */
export const Versioned = { id: IdSchema, expectedUpdatedAt: TimestampSchema };

/** The fields of a create schema, each optional, for a partial update (no defaults: absent = unchanged). */
export function optionalFields<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: z.ZodOptional<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as { [K in keyof S]: z.ZodOptional<S[K]> };
}

/**
 * The fields of a create schema: the editable fields, those named in `defaults` taking that
 * value when left out (the rest are required). One field list per concept serves both create
 * and update (`optionalFields`).
 */
export function withDefaults<S extends Record<string, z.ZodType>, D extends { [K in keyof S]?: z.output<S[K]> }>(
  shape: S,
  defaults: D,
): { [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] } {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, k in defaults ? v.default(defaults[k as keyof D] as never) : v]),
  ) as { [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] };
}

/** A custom issue the renderer translates from `validation.custom.<message>` (with its params). */
export const customIssue = (path: (string | number)[], message: string, params?: Record<string, string | number>) => ({
  code: 'custom' as const,
  path,
  message,
  ...(params ? { params } : {}),
});

/** The index of each item that repeats an earlier one, by `key` (duplicate languages, vote options). */
export function repeats<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}
