// The plan's texts as a sheet for translators, and back: one row per text of a thing (id, kind,
// field), one column per plan language, the main language first. Headers are the language codes
// and field names, so a sheet reads back whatever language the app was in when it was written.
import type { Db } from '../connection';
import type { PlanLanguage } from '../../../../shared/schemas/enums';
import { translatable, translationOwners, type TranslationOwner, type TranslationSheet } from '../../../../shared/schemas/translation';
import type { Cell } from '../../../../shared/domain/import/values';
import { fail } from '../../../../shared/contract/errors';
import { listTranslations, planLanguages } from './translation-repo';

const sortKey: Record<TranslationOwner, string> = { plan: 'name', sector: 'sort_order, name', action: 'title', indicator: 'name', network: 'name' };

/** Every translatable text of the plan with its translations, in the sheet's row order. */
function texts(db: Db): { owner: TranslationOwner; id: string; field: string; main: string }[] {
  return translationOwners.flatMap((owner) => {
    const fields = translatable[owner] as readonly string[];
    const rows = db.prepare(`SELECT id, ${fields.join(', ')} FROM ${owner} ORDER BY ${sortKey[owner]}`).all() as Record<string, string>[];
    return rows.flatMap((r) => fields.map((field) => ({ owner, id: r.id!, field, main: r[field] ?? '' })));
  });
}

export const SHEET_HEADERS = ['id', 'kind', 'field'] as const;

export function translationTable(db: Db): { headers: string[]; rows: (string | null)[][] } {
  const languages = planLanguages(db);
  const known = new Map(listTranslations(db).map((x) => [`${x.ownerId}/${x.field}/${x.lang}`, x.text]));
  const rows = texts(db)
    .filter((x) => x.main.trim() !== '')
    .map((x) => [x.id, x.owner, x.field, x.main, ...languages.slice(1).map((l) => known.get(`${x.id}/${x.field}/${l}`) ?? null)]);
  return { headers: [...SHEET_HEADERS, ...languages], rows };
}

const cellText = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/**
 * Reads a translations sheet against the open plan: the texts of its other languages, what
 * they change, and the rows it cannot use. A sheet without the id, kind and field columns or
 * without a column for any of the plan's other languages is refused with what it lacks.
 */
export function readTranslationSheet(db: Db, headers: readonly string[], rows: readonly { cells: Cell[] }[]): TranslationSheet {
  const [main, ...others] = planLanguages(db);
  const col = (name: string) => headers.findIndex((h) => h.trim().toLowerCase() === name);
  const missing = SHEET_HEADERS.filter((h) => col(h) < 0);
  const languageColumns = others.map((l) => [l, col(l)] as const).filter(([, i]) => i >= 0);
  if (missing.length || !languageColumns.length)
    fail({ kind: 'validation', issues: [{ path: 'file', code: 'custom', params: { message: 'translationSheetColumns', columns: [...missing, ...(languageColumns.length ? [] : others)].join(', ') } }] });
  const stored = new Map(texts(db).map((x) => [`${x.owner}/${x.id}/${x.field}`, x.main]));
  const known = new Map(listTranslations(db).map((x) => [`${x.ownerId}/${x.field}/${x.lang}`, x.text]));
  const out: TranslationSheet = { texts: [], unknownRows: 0, mainDiffers: 0, changed: 0 };
  for (const { cells } of rows) {
    const [id, owner, field] = [cellText(cells[col('id')]), cellText(cells[col('kind')]), cellText(cells[col('field')])];
    if (!id && !owner && !field) continue;
    const mainText = stored.get(`${owner}/${id}/${field}`);
    if (mainText === undefined) {
      out.unknownRows++;
      continue;
    }
    const mainColumn = main ? col(main) : -1;
    if (mainColumn >= 0 && cellText(cells[mainColumn]) !== mainText.trim()) out.mainDiffers++;
    for (const [lang, i] of languageColumns) {
      const text = cellText(cells[i]);
      if (text === (known.get(`${id}/${field}/${lang}`) ?? '')) continue;
      out.texts.push({ owner: owner as TranslationOwner, ownerId: id, lang: lang as PlanLanguage, field, text });
      out.changed++;
    }
  }
  return out;
}
