import path from 'node:path';
import type { Handlers } from './types';
import { listTranslations, setManyTranslations, setTranslations } from '../storage/repos/translation-repo';
import { readTranslationSheet, translationTable } from '../storage/repos/translation-sheet';
import { writeTable } from '../export/write';
import { readTable } from '../import/read';

export const translationHandlers = {
  'translation.list': (ctx, { lang }) => listTranslations(ctx.db(), lang),
  'translation.set': (ctx, { owner, ownerId, lang, texts, expected }) => setTranslations(ctx.db(), owner, ownerId, lang, texts, expected),
  'translation.export': async (ctx, { path: file, overwrite }) => {
    const { headers, rows } = translationTable(ctx.db());
    await writeTable(path.resolve(file), 'xlsx', 'en', { title: 'Translations', headers, rows }, { overwrite, openPlan: ctx.plan?.path ?? null });
    return { path: path.resolve(file), rows: rows.length };
  },
  'translation.read': async (ctx, { path: file }) => {
    const db = ctx.db();
    const table = await readTable(path.resolve(file));
    return readTranslationSheet(db, table.headers, table.rows);
  },
  'translation.setMany': (ctx, { texts }) => ({ written: setManyTranslations(ctx.db(), texts) }),
} satisfies Handlers<'translation.list' | 'translation.set' | 'translation.export' | 'translation.read' | 'translation.setMany'>;
