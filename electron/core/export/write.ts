/**
 * Writes a table to CSV (UTF-8 with BOM so Excel reads it as UTF-8; semicolons and decimal
 * commas for Finnish and Swedish, commas and decimal points for English) or XLSX (real number
 * and date cells, a bold frozen header row). The file is written beside the target under a
 * temporary name and renamed over it, so a failed export never leaves half a file. Text cells
 * that a spreadsheet would run as a formula are neutralised in both formats.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadExcel } from '../import/read';
import { AppFailure, fail, type FileProblem } from '../../../shared/contract/errors';
import { refusePlanTarget } from './target';
import { tempBeside } from '../storage/temp-files';

export type ExportCell = string | number | null | { date: string } | { euros: number };
export interface ExportTable {
  title: string;
  headers: string[];
  rows: ExportCell[][];
}
export type ExportLanguage = 'fi' | 'sv' | 'en';

const dateOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

/**
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return: the usual spreadsheet-injection rule) gets a leading apostrophe, in CSV and XLSX
 * alike (the importer drops it again: shared/domain/import/values.ts cellText). Text that is a
 * plain number ("-12", "-12,5") is left as it is: it can run nothing. Number cells are numbers.
 */
export const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(?:[.,]\d+)?$/.test(text) ? `'${text}` : text);

function csvText(cell: ExportCell, language: ExportLanguage): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return neutralise(cell);
  const comma = language !== 'en';
  const num = (n: number) => {
    const s = String(Math.round(n * 1e6) / 1e6);
    return comma ? s.replace('.', ',') : s;
  };
  if (typeof cell === 'number') return num(cell);
  if ('euros' in cell) return comma ? cell.euros.toFixed(2).replace('.', ',') : cell.euros.toFixed(2);
  const { y, m, d } = dateOf(cell.date);
  return language === 'en' ? cell.date : `${d}.${m}.${y}`;
}

export function toCsv(table: ExportTable, language: ExportLanguage): string {
  const delimiter = language === 'en' ? ',' : ';';
  const quote = (s: string) => (/[";,\t\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [table.headers.map(neutralise), ...table.rows.map((r) => r.map((c) => csvText(c, language)))].map((r) => r.map(quote).join(delimiter));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(table: ExportTable, language: ExportLanguage): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'S3 Planner';
  const sheetName = table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Data';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(table.headers.map(neutralise)).font = { bold: true };
  const dateFormat = language === 'en' ? 'yyyy-mm-dd' : 'd.m.yyyy';
  for (const r of table.rows) {
    const row = ws.addRow(
      r.map((c) => {
        if (typeof c === 'string') return neutralise(c);
        if (c === null || typeof c === 'number') return c;
        if ('euros' in c) return c.euros;
        const { y, m, d } = dateOf(c.date);
        return new Date(Date.UTC(y, m - 1, d));
      }),
    );
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = 'euros' in c ? '#,##0.00' : dateFormat;
    });
  }
  table.headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length + 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface WriteOptions {
  /** Replace an existing file (false by default in the contract: the user confirmed it). */
  overwrite: boolean;
  /** The open plan's path: an export never replaces it, nor any other plan (./target.ts). */
  openPlan: string | null;
}

/** What a failed write of an export means to the user, from the system's error code. */
export function writeProblem(code: string | undefined): FileProblem {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'folderReadOnly';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'folderNotFound';
    case 'EISDIR':
      return 'notRegularFile';
    default:
      return 'io';
  }
}

/** Hard links are missing on some disks (FAT, exFAT, some network shares): rename after a check instead. */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes bytes to `target` by a temporary file in the same folder, flushed to disk, then put in
 * place: renamed over the target when overwriting, else linked (which fails if a file appeared
 * there meanwhile, so nothing is replaced that the user was not asked about). A failed write
 * leaves neither half a file nor the temporary one. Never writes over a plan (./target.ts).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions): Promise<void> {
  const name = path.basename(target);
  refusePlanTarget(target, options.openPlan);
  const existing = fs.statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) fail({ kind: 'file', reason: 'notRegularFile', file: name, detail: 'directory' });
  if (existing && !options.overwrite) fail({ kind: 'file', reason: 'exists', file: name });
  const temp = tempBeside(target);
  try {
    const handle = await fsp.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await fsp.rename(temp, target);
    else await linkInPlace(temp, target, name);
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    const code = (e as { code?: string }).code;
    const reason = writeProblem(code);
    fail({ kind: 'file', reason, file: name, ...(reason === 'notRegularFile' ? { detail: 'directory' } : code ? { detail: code } : {}) });
  } finally {
    await fsp.rm(temp, { force: true });
  }
}

async function linkInPlace(temp: string, target: string, name: string): Promise<void> {
  try {
    await fsp.link(temp, target);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST') fail({ kind: 'file', reason: 'exists', file: name });
    if (!code || !noHardLinks.has(code)) throw e;
    if (fs.existsSync(target)) fail({ kind: 'file', reason: 'exists', file: name });
    await fsp.rename(temp, target);
  }
}

export async function writeTable(file: string, format: 'csv' | 'xlsx', language: ExportLanguage, table: ExportTable, options: WriteOptions): Promise<void> {
  const data = format === 'csv' ? toCsv(table, language) : await toXlsx(table, language);
  await writeFileAtomic(file, data, options);
}
