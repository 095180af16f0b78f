/**
 * fast-check arbitraries driven by the contract's zod schemas (zod 4's definitions are read
 * directly: object, string with its format and length, number with its bounds, enum, array,
 * union, nullable, optional, default, record, pipe). `wellFormed` builds inputs of the right
 * shape whose ids come from the open plan, so an update really targets a stored row; `broken`
 * breaks one thing in such an input (a wrong type, a missing or an extra field, a value out of
 * range, a malformed or unknown id). Used by the property tests of issue 13.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** zod 4's internal definition, as far as these arbitraries read it. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  in?: z.ZodType;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; format?: string } } }[];
}
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def; optin?: string } })._zod.def;
const isOptionalIn = (s: z.ZodType) => (s as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';

/** Length or value bounds of a string, number or array schema. */
function bounds(s: z.ZodType): { min?: number; max?: number; int: boolean } {
  const out: { min?: number; max?: number; int: boolean } = { int: false };
  for (const c of def(s).checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length' || (d.check === 'greater_than' && d.inclusive)) out.min = d.minimum ?? d.value;
    if (d.check === 'greater_than' && !d.inclusive) out.min = (d.value ?? 0) + 1;
    if (d.check === 'max_length' || (d.check === 'less_than' && d.inclusive)) out.max = d.maximum ?? d.value;
    if (d.check === 'less_than' && !d.inclusive) out.max = (d.value ?? 0) - 1;
    if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int32')) out.int = true;
  }
  return out;
}

/** Where well-formed ids come from: the rows of the open plan, by the field's name. */
export interface IdSource {
  /** Ids for a field (by its key), or [] when the field's table is unknown or empty. */
  idsFor(key: string): string[];
}

const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö][a-zåäö]{0,11}$/);
const dates = fc.constantFrom('2021-01-01', '2022-06-30', '2023-12-31', '2024-02-29', '2025-05-01', '2027-12-31');

/** A value of the schema's shape (refinements across fields may still refuse it). */
export function wellFormed(schema: z.ZodType, ids: IdSource, key = ''): fc.Arbitrary<unknown> {
  const d = def(schema);
  switch (d.type) {
    case 'object': {
      const shape = d.shape ?? {};
      const model = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, wellFormed(v, ids, k)]));
      const required = Object.entries(shape).filter(([, v]) => !isOptionalIn(v)).map(([k]) => k);
      return fc.record(model, { requiredKeys: required });
    }
    case 'string': {
      if (d.format === 'uuid') {
        const pool = ids.idsFor(key);
        return pool.length ? fc.constantFrom(...pool) : fc.uuid({ version: 4 });
      }
      if (d.format === 'date') return dates;
      if (d.format === 'email') return fc.constant('info@example.fi');
      const { min = 0, max = 40 } = bounds(schema);
      return word.filter((w) => w.length >= min && w.length <= max);
    }
    case 'number': {
      const { min = 0, max = 1000 } = bounds(schema);
      return fc.integer({ min: Math.max(min, -1000), max: Math.min(max, Math.max(min, -1000) + 1000) });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(d.values ?? [null]));
    case 'null':
      return fc.constant(null);
    case 'array': {
      const { min = 0, max = 3 } = bounds(schema);
      return fc.array(wellFormed(d.element!, ids, key), { minLength: min, maxLength: Math.max(min, Math.min(max, 3)) });
    }
    case 'nullable':
      return fc.option(wellFormed(d.innerType!, ids, key), { nil: null, freq: 4 });
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return wellFormed(d.innerType!, ids, key);
    case 'union':
      return fc.oneof(...(d.options ?? []).map((o) => wellFormed(o, ids, key)));
    case 'pipe':
      return wellFormed(d.in!, ids, key);
    case 'record':
      return fc.constant({});
    default:
      return fc.constant(null);
  }
}

/** How an input was broken, for the report of a failing case. */
export type Breakage = 'wrongType' | 'missingField' | 'extraField' | 'outOfRange' | 'badId' | 'unknownId' | 'notAnObject';

type Path = (string | number)[];

/** Every place in a value (the root included) with the schema that governs it. */
function places(schema: z.ZodType, value: unknown, path: Path = []): { path: Path; schema: z.ZodType; value: unknown }[] {
  const out = [{ path, schema, value }];
  const d = def(schema);
  const unwrap = ['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional'];
  if (unwrap.includes(d.type)) return value === null && d.type === 'nullable' ? out : [...out.slice(1), ...places(d.innerType!, value, path)];
  if (d.type === 'pipe') return places(d.in!, value, path);
  if (d.type === 'object' && value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) if (d.shape?.[k]) out.push(...places(d.shape[k]!, v, [...path, k]));
  if (d.type === 'array' && Array.isArray(value)) value.forEach((v, i) => out.push(...places(d.element!, v, [...path, i])));
  return out;
}

const setAt = (root: unknown, path: Path, make: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return make(root);
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  copy[head] = setAt(copy[head], rest, make);
  return copy;
};

/** Values of every kind, one of which is wrong wherever it lands. */
const strangers: unknown[] = [null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', '2024-13-45', true, [], {}, { nested: 1 }, 'a'.repeat(300)];
export const missingUuid = '00000000-0000-4000-8000-000000000000';

/** Breaks one thing in a well-formed value; returns the broken value and how it was broken. */
export function broken(schema: z.ZodType, ids: IdSource): fc.Arbitrary<{ input: unknown; how: Breakage; where: string }> {
  return wellFormed(schema, ids).chain((base) => {
    const spots = places(schema, base);
    const options: fc.Arbitrary<{ input: unknown; how: Breakage; where: string }>[] = [
      fc.constantFrom<unknown>(null, 'text', 42, [], true).map((v) => ({ input: v, how: 'notAnObject' as const, where: '' })),
    ];
    for (const spot of spots) {
      const where = spot.path.join('.');
      const d = def(spot.schema);
      options.push(fc.constantFrom(...strangers).map((v) => ({ input: setAt(base, spot.path, () => v), how: 'wrongType' as const, where })));
      if (d.type === 'object' && spot.value && typeof spot.value === 'object') {
        const required = Object.entries(d.shape ?? {}).filter(([, v]) => !isOptionalIn(v)).map(([k]) => k);
        if (required.length)
          options.push(
            fc.constantFrom(...required).map((k) => ({
              input: setAt(base, spot.path, (o) => Object.fromEntries(Object.entries(o as object).filter(([x]) => x !== k))),
              how: 'missingField' as const,
              where: `${where}.${k}`,
            })),
          );
        options.push(fc.constant({ input: setAt(base, spot.path, (o) => ({ ...(o as object), unexpected: 'x' })), how: 'extraField' as const, where }));
      }
      const b = bounds(spot.schema);
      if (d.type === 'number') {
        const out = [b.min !== undefined ? b.min - 1 : null, b.max !== undefined ? b.max + 1 : null, b.int ? 0.5 : null, 1e300, -1e300].filter((x): x is number => x !== null);
        options.push(fc.constantFrom(...out).map((v) => ({ input: setAt(base, spot.path, () => v), how: 'outOfRange' as const, where })));
      }
      if (d.type === 'string' && d.format === undefined && b.max !== undefined)
        options.push(fc.constant({ input: setAt(base, spot.path, () => 'y'.repeat(b.max! + 1)), how: 'outOfRange' as const, where }));
      if (d.type === 'array' && b.max !== undefined && b.max <= 10_000)
        options.push(fc.constant({ input: setAt(base, spot.path, () => Array.from({ length: b.max! + 1 }, () => (Array.isArray(spot.value) && spot.value.length ? spot.value[0] : 'x'))), how: 'outOfRange' as const, where }));
      if (d.type === 'string' && d.format === 'uuid') {
        options.push(fc.constantFrom('not-a-uuid', '', `${missingUuid}x`, missingUuid.toUpperCase().replace('4000', '9000')).map((v) => ({ input: setAt(base, spot.path, () => v), how: 'badId' as const, where })));
        options.push(fc.constant({ input: setAt(base, spot.path, () => missingUuid), how: 'unknownId' as const, where }));
      }
      if (d.type === 'string' && d.format === 'date')
        options.push(fc.constantFrom('2024-02-30', '31.12.2024', '2024-1-5', '').map((v) => ({ input: setAt(base, spot.path, () => v), how: 'outOfRange' as const, where })));
    }
    return fc.oneof(...options);
  });
}
