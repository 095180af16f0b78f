/**
 * Reads a spreadsheet file into a table of cells: detects XLSX (a zip with a workbook) or CSV
 * (any other text), decodes CSV bytes (UTF-8 with or without BOM, UTF-16 LE/BE with BOM,
 * Windows-1252 when the bytes are not UTF-8), finds the delimiter, and refuses anything else
 * (a picture, a PDF, a plan file, random bytes) with `file/notSpreadsheet`, naming the file.
 * Only regular files up to IMPORT_MAX_BYTES are read (`file/notRegularFile`, `file/tooLarge`).
 */
import fs from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type ExcelJS from 'exceljs';
import { AppFailure, fail, IMPORT_MAX_BYTES } from '../../../shared/contract/errors';
import type { RowIssue } from '../../../shared/schemas/import';
import type { Cell } from '../../../shared/domain/import/values';
import type { SourceRow } from '../../../shared/domain/import/stage';

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'windows1252';
export type Delimiter = ',' | ';' | '\t';

export interface Table {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  /** Data rows after the header, blank ones included, trailing blank ones dropped. */
  rows: SourceRow[];
  /** Problems of the file's structure (an unclosed quote). */
  issues: RowIssue[];
}

const notSpreadsheet = (file: string, detail: string): never => fail({ kind: 'file', reason: 'notSpreadsheet', file, detail });

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const signatures: [string, number[]][] = [
  ['sqlite', [...Buffer.from('SQLite format 3\0')]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['legacyXls', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip', [0x1f, 0x8b]],
];

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function readTable(file: string, options: { sheet?: string | undefined } = {}): Promise<Table> {
  const name = path.basename(file);
  const bytes = await readLimited(file, name);
  if (bytes.length === 0) fail({ kind: 'file', reason: 'empty', file: name });
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, name, options.sheet);
  for (const [kind, sig] of signatures) if (startsWith(bytes, sig)) notSpreadsheet(name, kind);
  return readCsv(bytes, name);
}

/** What a path is when it is not an ordinary file (a FIFO would block a read, a device never ends). */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

const ioFailure = (e: unknown, name: string): never => {
  if (e instanceof AppFailure) throw e;
  const code = (e as { code?: string }).code;
  return fail({ kind: 'file', reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'io', file: name, ...(code ? { detail: code } : {}) });
};

/**
 * The file's bytes, read with limits: only a regular file (checked before it is opened, and
 * again on the opened descriptor, which is opened non-blocking so a FIFO swapped in between
 * cannot hang the read), at most IMPORT_MAX_BYTES (checked before reading, and while reading a
 * file that grows).
 */
async function readLimited(file: string, name: string): Promise<Buffer> {
  const refuse = (stat: Stats) => {
    if (!stat.isFile()) fail({ kind: 'file', reason: 'notRegularFile', file: name, detail: kindOf(stat) });
    if (stat.size > IMPORT_MAX_BYTES) fail({ kind: 'file', reason: 'tooLarge', file: name, detail: String(stat.size) });
  };
  let handle: fs.FileHandle | null = null;
  try {
    refuse(await fs.stat(file));
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    refuse(await handle.stat());
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > IMPORT_MAX_BYTES) fail({ kind: 'file', reason: 'tooLarge', file: name, detail: String(length) });
    }
    return Buffer.concat(chunks, length);
  } catch (e) {
    return ioFailure(e, name);
  } finally {
    await handle?.close();
  }
}

// ---------------------------------------------------------------- CSV

export function decode(bytes: Buffer): { text: string; encoding: Encoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf8bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    // Not UTF-8: what Finnish Excel writes as "CSV (semicolon separated)" is Windows-1252.
    // (Node's built-in TextDecoder has the WHATWG windows-1252 table; iconv-lite is not needed.)
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows1252' };
  }
}

/** Text a person could have written: no NUL bytes, hardly any other control characters. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control <= sample.length / 200;
}

/** The delimiter of the header line: the most frequent of ; , tab outside quotes (ties: ; then , then tab). */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!quoted && ch in counts) counts[ch as Delimiter]++;
    if (ch.trim()) seenContent = true;
  }
  const order: Delimiter[] = [';', ',', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), order[0]!) as Delimiter;
}

function readCsv(bytes: Buffer, name: string): Table {
  const { text, encoding } = decode(bytes);
  if (!looksLikeText(text)) notSpreadsheet(name, 'binary');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  const issues: RowIssue[] = parsed.errors
    .filter((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
    .map((e) => ({ row: (e.row ?? 0) + 1, column: null, field: null, code: 'unclosedQuote' }));
  const cells = records.map((r) => r.map((c): Cell => (c === '' ? null : c)));
  return toTable({ format: 'csv', encoding, delimiter, sheets: [], sheet: null, issues }, cells.map((c, i) => ({ row: i + 1, cells: c })), name);
}

/** The first non-blank row is the header; the rest, up to the last non-blank one, are data. */
function toTable(meta: Omit<Table, 'headers' | 'rows'>, all: SourceRow[], name: string, headerRows = 1): Table {
  const blank = (r: SourceRow) => r.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
  const first = all.findIndex((r) => !blank(r));
  if (first < 0) fail({ kind: 'file', reason: 'empty', file: name });
  let last = all.length - 1;
  while (last > first && blank(all[last]!)) last--;
  const header = all[first]!;
  const headers = header.cells.map((c, i) => (c === null ? '' : String(c).trim()) || columnLetter(i));
  while (headers.length > 1 && headers.at(-1) === columnLetter(headers.length - 1) && header.cells[headers.length - 1] == null) headers.pop();
  return { ...meta, headers, rows: all.slice(first + headerRows, last + 1) };
}

// ---------------------------------------------------------------- XLSX

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A cell as the table holds it: formulas by their cached result, dates as YYYY-MM-DD, rich text as text. */
export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return null; // never calculated: no cached value
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return cellValue(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return null;
}

/** exceljs is loaded on first use: it is large, and CommonJS that an ESM bundle cannot load eagerly. */
export const loadExcel = async (): Promise<typeof ExcelJS> => ((await import('exceljs')) as unknown as { default: typeof ExcelJS }).default;

async function readXlsx(bytes: Buffer, name: string, sheetName: string | undefined): Promise<Table> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    notSpreadsheet(name, 'zipNotXlsx');
  }
  const sheets = wb.worksheets.map((w) => w.name);
  if (sheets.length === 0) notSpreadsheet(name, 'zipNotXlsx');
  const ws = sheetName !== undefined ? wb.getWorksheet(sheetName) : (wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0]);
  if (!ws) return fail({ kind: 'validation', issues: [{ path: 'sheet', code: 'custom', params: { message: 'unknownSheet' } }] });
  const width = ws.columnCount;
  const rows: SourceRow[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    while (cells.length && cells.at(-1) === null) cells.pop();
    rows.push({ row: r, cells });
  }
  const meta = { format: 'xlsx' as const, encoding: null, delimiter: null, sheets, sheet: ws.name, issues: [] };
  const table = toTable(meta, rows, name);
  // A header cell merged across columns ("Rahoitus" over three columns) heads a second header
  // row ("Suunniteltu", "Sidottu", "Käytetty"): the two rows are one header, "Rahoitus Suunniteltu".
  const headerRow = (table.rows[0]?.row ?? rows.length + 1) - 1;
  const horizontal = (ws.model.merges ?? [])
    .map((ref) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === headerRow && m[1] !== m[3]);
  if (horizontal.length === 0) return table;
  const sub = ws.getRow(headerRow + 1);
  const headers = table.headers.map((h, i) => {
    const cell = sub.getCell(i + 1);
    const under = cellValue(cell.value);
    const own = cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) === headerRow;
    return under === null || own ? h : `${h} ${String(under).trim()}`;
  });
  return { ...table, headers, rows: table.rows.slice(1) };
}
