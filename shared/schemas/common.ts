import { z } from 'zod';
import { MAX_CENTS } from '../domain/money';

/** Limits shared by the UI (hints, maxLength) and the core (validation). */
export const limits = { name: 200, text: 20_000, short: 100, url: 2000, path: 4096, ids: 10_000 } as const;

export const IdSchema = z.uuid();
export const NameSchema = z.string().trim().min(1).max(limits.name);
export const TextSchema = z.string().max(limits.text);
export const ShortTextSchema = z.string().trim().max(limits.short);
/** Free text: officers paste "prizztech.fi" as often as a full URL; the UI opens only https URLs. */
export const WebsiteSchema = z.string().trim().max(limits.url);
export const EmailSchema = z.union([z.literal(''), z.email()]);
/** A calendar date as the plan stores it: YYYY-MM-DD. */
export const DateSchema = z.iso.date();
export const YearSchema = z.number().int().min(1990).max(2100);
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

/** A custom issue the renderer translates from `validation.custom.<message>`. */
export const customIssue = (path: (string | number)[], message: string) => ({ code: 'custom' as const, path, message });
