import path from 'node:path';
import type { Handlers } from './types';
import { cancelImport, openImport, previewImport, runImport } from '../import/session';
import { listTable } from '../export/lists';
import { writeFileAtomic, writeTable, type ExportCell } from '../export/write';

export const importHandlers = {
  'import.open': (ctx, input) => openImport(ctx, input),
  'import.preview': (ctx, input) => previewImport(ctx, input),
  'import.run': (ctx, input) => runImport(ctx, input),
  'import.cancel': (ctx, { id }) => cancelImport(ctx, id),
  'export.list': async (ctx, { list, path: file, format, language, ids, filter, headers, valueLabels, overwrite }) => {
    const table = listTable(ctx.db(), list, { ids, filter, headers, valueLabels });
    await writeTable(path.resolve(file), format, language, table, { overwrite, openPlan: ctx.plan?.path ?? null });
    return { path: path.resolve(file), rows: table.rows.length };
  },
  'export.table': async (ctx, { path: file, format, language, title, headers, rows, overwrite }) => {
    await writeTable(path.resolve(file), format, language, { title, headers, rows: rows as ExportCell[][] }, { overwrite, openPlan: ctx.plan?.path ?? null });
    return { path: path.resolve(file), rows: rows.length };
  },
  'export.image': async (ctx, { path: file, data, overwrite }) => {
    const bytes = Buffer.from(data, 'base64');
    await writeFileAtomic(path.resolve(file), bytes, { overwrite, openPlan: ctx.plan?.path ?? null });
    return { path: path.resolve(file), bytes: bytes.length };
  },
} satisfies Handlers<'import.open' | 'import.preview' | 'import.run' | 'import.cancel' | 'export.list' | 'export.table' | 'export.image'>;
