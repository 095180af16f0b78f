/**
 * Writes a table to CSV (UTF-8 with BOM so Excel reads it as UTF-8; semicolons and decimal
 * commas for Finnish and Swedish, commas and decimal points for English) or XLSX (real number
 * and date cells, a bold frozen header row). The file is written beside the target under a
 * temporary name and renamed over it, so a failed export never leaves half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadExcel } from '../import/read';
import { fail } from '../../../shared/contract/errors';

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

/** Text that Excel would run as a formula gets a leading apostrophe (the importer drops it again). */
export const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text);

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
  const lines = [table.headers, ...table.rows.map((r) => r.map((c) => csvText(c, language)))].map((r) => r.map(quote).join(delimiter));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(table: ExportTable, language: ExportLanguage): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'S3 Planner';
  const sheetName = table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Data';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(table.headers).font = { bold: true };
  const dateFormat = language === 'en' ? 'yyyy-mm-dd' : 'd.m.yyyy';
  for (const r of table.rows) {
    const row = ws.addRow(
      r.map((c) => {
        if (c === null || typeof c === 'string' || typeof c === 'number') return c;
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

/** Writes bytes to `target` by a temporary file in the same folder and a rename. */
export function writeFileAtomic(target: string, data: string | Buffer, overwrite: boolean): void {
  const name = path.basename(target);
  if (!overwrite && fs.existsSync(target)) fail({ kind: 'file', reason: 'exists', file: name });
  const temp = path.join(path.dirname(target), `.${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    const code = (e as { code?: string }).code;
    fail({ kind: 'file', reason: code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'readOnly' : 'io', file: name, ...(code ? { detail: code } : {}) });
  }
}

export async function writeTable(file: string, format: 'csv' | 'xlsx', language: ExportLanguage, table: ExportTable, overwrite: boolean): Promise<void> {
  const data = format === 'csv' ? toCsv(table, language) : await toXlsx(table, language);
  writeFileAtomic(file, data, overwrite);
}
