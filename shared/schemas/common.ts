import { z } from 'zod';

/** Limits shared by the UI (hints, maxLength) and the core (validation). */
export const limits = { name: 200, text: 20_000, short: 100, path: 4096 } as const;

export const IdSchema = z.uuid();
export const NameSchema = z.string().trim().min(1).max(limits.name);
export const TextSchema = z.string().max(limits.text);
export const ShortTextSchema = z.string().trim().max(limits.short);
/** A calendar date as the plan stores it: YYYY-MM-DD. */
export const DateSchema = z.iso.date();
export const YearSchema = z.number().int().min(1990).max(2100);
export const TimestampSchema = z.string();
/** Money in integer cents, never floats. */
export const CentsSchema = z.number().int().min(0).max(1e15);

export const Timestamps = { createdAt: TimestampSchema, updatedAt: TimestampSchema };
export const Empty = z.strictObject({});
export const ById = z.strictObject({ id: IdSchema });
