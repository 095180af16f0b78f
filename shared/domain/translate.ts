import type { PlanLanguage } from '../schemas/enums';
import type { Translation } from '../schemas/translation';

/**
 * A language's texts by the id of the thing they belong to. Ids are UUIDs, unique across all
 * of a plan's tables, so one map serves the plan, sectors, actions, indicators and networks.
 */
export type TextsById = ReadonlyMap<string, Readonly<Record<string, string>>>;

export function textsById(rows: readonly Translation[], lang: PlanLanguage): TextsById {
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) {
    if (r.lang !== lang) continue;
    const texts = out.get(r.ownerId);
    if (texts) texts[r.field] = r.text;
    else out.set(r.ownerId, { [r.field]: r.text });
  }
  return out;
}

/** Which language a reader in `lang` gets: `lang` when the plan has it, else the plan's main one. */
export function contentLanguage(planLanguages: readonly PlanLanguage[], lang: string): PlanLanguage {
  return (planLanguages as readonly string[]).includes(lang) ? (lang as PlanLanguage) : planLanguages[0] ?? 'fi';
}

/**
 * A copy of `data` with each thing's texts in the translation's language: every object with an
 * `id` that has translations gets them in the fields it has (name, title, description, rationale,
 * vision), and a reference carried as `xId` with `xName` or `xTitle` beside it gets that thing's
 * name. A text without a translation keeps the main language's value: the fallback.
 */
export function localize<T>(data: T, texts: TextsById): T {
  if (!texts.size) return data;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, walk(v)]));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v);
    const own = typeof out.id === 'string' ? texts.get(out.id) : undefined;
    if (own) for (const [field, text] of Object.entries(own)) if (typeof out[field] === 'string') out[field] = text;
    // A reference carried by its name beside its id (a gap's sectorId and sectorName).
    for (const [key, ref] of Object.entries(out)) {
      const prefix = key.endsWith('Id') ? key.slice(0, -2) : null;
      const theirs = prefix && typeof ref === 'string' ? texts.get(ref) : undefined;
      if (!theirs) continue;
      for (const field of ['name', 'title'])
        if (theirs[field] && typeof out[`${prefix}${field[0]!.toUpperCase()}${field.slice(1)}`] === 'string') out[`${prefix}${field[0]!.toUpperCase()}${field.slice(1)}`] = theirs[field];
    }
    return out;
  };
  return walk(data) as T;
}

/**
 * The texts of `owner` things still without a translation into `lang`: the marker shown beside
 * a text, and the count the report names. A text empty in the main language needs none.
 */
export function missingTranslations(
  things: readonly { id: string; texts: Readonly<Record<string, string>> }[],
  texts: TextsById,
): { id: string; field: string }[] {
  return things.flatMap(({ id, texts: main }) =>
    Object.entries(main)
      .filter(([field, value]) => value.trim() !== '' && !texts.get(id)?.[field])
      .map(([field]) => ({ id, field })),
  );
}
