import type { Db } from '../connection';
import type { PlanLanguage } from '../../../../shared/schemas/enums';
import { translatable, translationOwners, type Translation, type TranslationOwner } from '../../../../shared/schemas/translation';
import { fail, refuse } from '../../../../shared/contract/errors';
import { requireRow } from './versions';

/** Every translation of the plan's texts (of one language, or all), owners in a fixed order. */
export function listTranslations(db: Db, lang?: PlanLanguage): Translation[] {
  return translationOwners.flatMap((owner) =>
    db
      .prepare(
        `SELECT '${owner}' AS owner, ${owner}_id AS ownerId, lang, field, text FROM ${owner}_translation
         WHERE @lang IS NULL OR lang = @lang ORDER BY ${owner}_id, lang, field`,
      )
      .all({ lang: lang ?? null }) as Translation[],
  );
}

/** The plan's languages; the first is the one its own fields are written in. */
export function planLanguages(db: Db): PlanLanguage[] {
  const row = db.prepare('SELECT languages FROM plan').get() as { languages: string } | undefined;
  return row ? (JSON.parse(row.languages) as PlanLanguage[]) : [];
}

/**
 * Writes one thing's texts in one of the plan's other languages: a text replaces the
 * translation, an empty text removes it. The main language is edited on the thing itself.
 */
export function setTranslations(
  db: Db, owner: TranslationOwner, ownerId: string, lang: PlanLanguage, texts: Record<string, string>, expected?: Record<string, string>,
): Translation[] {
  if (expected) {
    const stored = new Map(listTranslations(db, lang).filter((t) => t.owner === owner && t.ownerId === ownerId).map((t) => [t.field, t.text]));
    for (const field of Object.keys(texts)) if (field in expected && (stored.get(field) ?? '') !== expected[field]) fail({ kind: 'conflict', entity: owner, id: ownerId });
  }
  writeTranslations(db, owner, ownerId, lang, texts);
  return listTranslations(db, lang).filter((t) => t.owner === owner && t.ownerId === ownerId);
}

function writeTranslations(db: Db, owner: TranslationOwner, ownerId: string, lang: PlanLanguage, texts: Record<string, string>): void {
  requireRow(db, owner, ownerId);
  const [main, ...others] = planLanguages(db);
  if (lang === main) refuse({ path: ['lang'], message: 'translationIsMain', params: { language: lang } });
  if (!others.includes(lang)) refuse({ path: ['lang'], message: 'translationNotPlanLanguage', params: { language: lang } });
  const put = db.prepare(
    `INSERT INTO ${owner}_translation (${owner}_id, lang, field, text) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET text = excluded.text WHERE text IS NOT excluded.text`,
  );
  const remove = db.prepare(`DELETE FROM ${owner}_translation WHERE ${owner}_id = ? AND lang = ? AND field = ?`);
  for (const field of translatable[owner] as readonly string[]) {
    const text = texts[field];
    if (text === undefined) continue;
    if (text === '') remove.run(ownerId, lang, field);
    else put.run(ownerId, lang, field, text);
  }
}

/** Many texts at once (a translations sheet read back): each as translation.set would write it. */
export function setManyTranslations(db: Db, texts: readonly { owner: TranslationOwner; ownerId: string; lang: PlanLanguage; field: string; text: string }[]): number {
  const byThing = new Map<string, { owner: TranslationOwner; ownerId: string; lang: PlanLanguage; texts: Record<string, string> }>();
  for (const x of texts) {
    const key = `${x.owner}/${x.ownerId}/${x.lang}`;
    const entry = byThing.get(key) ?? { owner: x.owner, ownerId: x.ownerId, lang: x.lang, texts: {} };
    if (!(translatable[x.owner] as readonly string[]).includes(x.field)) refuse({ path: ['texts'], message: 'notTranslatable' });
    entry.texts[x.field] = x.text;
    byThing.set(key, entry);
  }
  for (const e of byThing.values()) writeTranslations(db, e.owner, e.ownerId, e.lang, e.texts);
  return texts.length;
}
