/**
 * Issue 13, path 1: money in every UI language. An amount shown in a form reads back to the
 * same cents in the UI's language; an amount that reads two ways is questioned, never guessed;
 * imports read the file's declared number format; amounts too large to sum are refused at the
 * field; committed above planned needs a note, as spent above committed does.
 *
 * The form's own path is exercised: the value a field shows (`centsToInput`) is what the user
 * leaves untouched, and the form reads it back with the language's reader before saving
 * through the real core onto a real plan file, which is then read with SQLite directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { expectRefused, issuesOf, planCore } from '../handlers/helpers';
import { parseEurosToCents, readAmount } from '../../../shared/domain/money';
import { ActionUpdateSchema } from '../../../shared/schemas/action';
import { actionFields } from '../../../renderer/src/features/actions/action-fields';
import { inputOf, kindsOf, loadValues, type Values } from '../../../renderer/src/components/editor/fields';
import { readErrors } from '../../../renderer/src/errors/read-problem';
import en from '../../../resources/locales/en.json';
import fi from '../../../resources/locales/fi.json';

const languages = ['en', 'fi', 'sv'] as const;
type Lng = (typeof languages)[number];
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
// The action editor's own mapping both ways, as its form uses it.
type ActionValues = Values<typeof actionFields>;
const actionValues = (detail: object, lng: string): ActionValues => loadValues(actionFields, detail, lng);
const actionInput = (values: ActionValues, lng: string) => inputOf(actionFields, values, lng);
const actionKinds = kindsOf(actionFields);

let t: TestCore;
/** The built-in funding sources' ids (a line is one source's money in one year: many lines need many pairs). */
let sourceIds: string[] = [];
/** n lines at `cents` each, every one a different source and year from 1900 on (an action dated 1900–2024 may hold them). */
const manyLines = (n: number, cents: number) =>
  Array.from({ length: n }, (_, i) => ({ fundingSourceId: sourceIds[i % sourceIds.length]!, year: 1900 + Math.floor(i / sourceIds.length), plannedCents: cents }));
const longDates = { startDate: '1900-01-01', endDate: '2024-12-31' };
let planFile: string;
let erdf: string;
beforeEach(async () => {
  t = await planCore();
  planFile = path.join(t.dir, 'plan.s3plan');
  const sources = await t.call('fundingSource.list', {});
  erdf = sources.find((s) => s.kind === 'erdf')!.id;
  sourceIds = sources.filter((s) => s.kind !== 'custom').map((s) => s.id);
});
afterEach(() => t.close());

/** The cents of every funding line as stored in the plan file, read with SQLite, not the core. */
function storedLines(actionId: string): [number, number, number][] {
  const db = new Database(planFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT planned_cents, committed_cents, spent_cents FROM funding_line WHERE action_id = ? ').all(actionId) as Record<string, number>[]).map(
      (r) => [r.planned_cents!, r.committed_cents!, r.spent_cents!] as [number, number, number],
    ).sort((a, b) => b[0] - a[0]);
  } finally {
    db.close();
  }
}

/** Opens the action's form in `lng` (the editor's own values), changes only the description, and reads it back as the editor saves it. */
async function editDescription(id: string, lng: Lng, description: string) {
  const detail = await t.call('action.get', { id });
  const values = { ...actionValues(detail, lng), description };
  const problems = readErrors(((k: string) => k) as unknown as TFunction, values, actionKinds, lng).errors;
  const input = { id, expectedUpdatedAt: detail.updatedAt, ...actionInput(values, lng) };
  return { values, problems, input, check: ActionUpdateSchema.safeParse(input) };
}

describe('path 1: an amount shown in a form reads back to the same cents', () => {
  it.each(languages)('an action with €450,000 opened in %s, only the description changed and saved, keeps every cent', async (lng) => {
    const action = await t.call('action.create', {
      title: 'Kiertotalouden pilotit',
      type: 'project',
      fundingLines: [
        { fundingSourceId: erdf, year: 2021, plannedCents: 45_000_000, committedCents: 45_000_000, spentCents: 1_234_567 },
        { fundingSourceId: erdf, year: 2022, plannedCents: 12_881_050, committedCents: 0, spentCents: 0 },
      ],
    });
    const before = storedLines(action.id);
    expect(before).toEqual([[45_000_000, 45_000_000, 1_234_567], [12_881_050, 0, 0]]);
    const { values, problems, input, check } = await editDescription(action.id, lng, 'Päivitetty kuvaus');
    // What the form shows: "450,000" in English, "450 000" in Finnish and Swedish.
    expect(plain(values.fundingLines[0]!.plannedCents)).toBe(lng === 'en' ? '450,000' : '450 000');
    expect(problems).toEqual({});
    // No false "spent is more than committed" on the line with spending.
    expect(check.success ? [] : check.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([]);
    await t.call('action.update', input);
    expect(storedLines(action.id)).toEqual(before);
    expect((await t.call('action.get', { id: action.id })).description).toBe('Päivitetty kuvaus');
  });

  it('"€150,000" typed in the Finnish UI is never stored as 150 €; in English it is €150,000', () => {
    const typed = parseEurosToCents('€150,000', 'fi');
    expect(typed).not.toBe(15_000);
    expect(Number.isNaN(typed)).toBe(true); // questioned, not read
    expect(parseEurosToCents('€150,000', 'en')).toBe(15_000_000);
    expect(parseEurosToCents('150 000 €', 'fi')).toBe(15_000_000);
    expect(parseEurosToCents('150\u00a0000,50\u00a0€', 'sv')).toBe(15_000_050);
    expect(parseEurosToCents('€150,000.50', 'en')).toBe(15_000_050);
  });

  it('an amount that reads two ways in the UI language is questioned with each reading, never guessed', () => {
    const asked = (text: string, lng: Lng) => {
      const r = readAmount(text, lng);
      return r.ok ? `read ${String(r.value)}` : `${r.problem.code}: ${(r.problem.code === 'ambiguous' ? r.problem.choices : []).map((c) => `${c.value}=${plain(c.label)}`).join(' | ')}`;
    };
    expect(asked('€150,000', 'fi')).toBe('ambiguous: 15000=150 € | 15000000=150 000 €');
    expect(asked('1,500', 'fi')).toBe('ambiguous: 150=1,50 € | 150000=1 500 €');
    expect(asked('1.500', 'en')).toBe('ambiguous: 150=€1.50 | 150000=€1,500');
    expect(asked('1.500', 'fi')).toBe('ambiguous: 150=1,50 € | 150000=1 500 €');
    // Written the other language's way: one reading, but still asked rather than guessed.
    expect(asked('12.50', 'fi')).toBe('ambiguous: 1250=12,50 €');
    expect(asked('1 234,56', 'en')).toBe('ambiguous: 123456=€1,234.56');
    expect(asked('12,345', 'fi')).toBe('ambiguous: 1234500=12 345 €');
    // Unambiguous in the language: read at once.
    expect(asked('1,500', 'en')).toBe('read 150000');
    expect(asked('1 500', 'fi')).toBe('read 150000');
    expect(asked('1,5', 'fi')).toBe('read 150');
    expect(asked('0,125', 'fi')).toBe('invalid: ');
    expect(asked('', 'fi')).toBe('read null');
    expect(asked('abc', 'en')).toBe('invalid: ');
  });
});

describe('path 1: amounts too large to sum are refused at the field', () => {
  it('refuses a line above €10 billion, and more than 1,000 lines; the action list still works with 1,000 lines at the maximum', async () => {
    const tooMuch = await expectRefused(t, 'action.create', { title: 'Liian suuri', type: 'project', fundingLines: [{ fundingSourceId: erdf, plannedCents: 1e15 }] });
    expect(issuesOf(tooMuch)).toEqual(['fundingLines.0.plannedCents:too_big']);
    const many = Array.from({ length: 10_000 }, () => ({ fundingSourceId: erdf, plannedCents: 1e15, committedCents: 1e15 }));
    expect(issuesOf(await expectRefused(t, 'action.create', { title: 'Ylivuoto', type: 'project', fundingLines: many }))[0]).toMatch(/^fundingLines/);
    // The most one action can hold: every sum stays an exact integer below 2^53.
    const max = 1_000_000_000_000;
    const lines = manyLines(1_000, max).map((l) => ({ ...l, committedCents: max, spentCents: max }));
    const big = await t.call('action.create', { title: 'Enimmäismäärä', type: 'programme', ...longDates, fundingLines: lines });
    const row = (await t.call('action.list', {})).find((a) => a.id === big.id)!;
    expect(row.plannedCents).toBe(1_000 * max);
    expect(Number.isSafeInteger(row.plannedCents)).toBe(true);
  });

  it('refuses a line that would take the plan\'s total past 2^53 cents; every total up to it stays exact', async () => {
    const max = 1_000_000_000_000;
    const lines = manyLines(1_000, max);
    const at = (i: number) => ({ title: `Ohjelma ${i}`, type: 'programme' as const, ...longDates, fundingLines: lines });
    for (let i = 0; i < 9; i++) await t.call('action.create', at(i)); // 9 × 10^15 cents, just under 2^53
    expect(issuesOf(await expectRefused(t, 'action.create', at(9)))).toEqual(['fundingLines:planTotalTooLarge']);
    const small = await t.call('action.create', { title: 'Pieni', type: 'study', fundingLines: [{ fundingSourceId: erdf, plannedCents: 0 }] });
    const line = (await t.call('action.get', { id: small.id })).fundingLines[0]!;
    // Ten lines at the maximum: 9.01 × 10^15 in all, past 2^53 ≈ 9.007 × 10^15.
    const raise = { id: small.id, expectedUpdatedAt: small.updatedAt, fundingLines: [{ id: line.id, fundingSourceId: erdf, year: line.year, plannedCents: max }, ...Array.from({ length: 9 }, (_, i) => ({ fundingSourceId: sourceIds[1 + (i % 7)]!, year: 2021 + Math.floor(i / 7), plannedCents: max }))] };
    expect(issuesOf(await expectRefused(t, 'action.update', raise))).toEqual(['fundingLines:planTotalTooLarge']);
    const dashboard = await t.call('dashboard.get', {});
    expect(dashboard.money.totals.planned).toBe(9 * 1_000 * max);
  });
});

describe('path 1: committed above planned is questioned with a note', () => {
  it('refuses committed above planned without a note, and saves it with one', async () => {
    const base = { title: 'Sidottu yli', type: 'project' as const };
    const refused = await expectRefused(t, 'action.create', { ...base, fundingLines: [{ fundingSourceId: erdf, plannedCents: 100_000, committedCents: 150_000 }] });
    expect(issuesOf(refused)).toEqual(['fundingLines.0.committedCents:committedAbovePlanned']);
    const saved = await t.call('action.create', { ...base, fundingLines: [{ fundingSourceId: erdf, plannedCents: 100_000, committedCents: 150_000, note: 'Lisärahoitus myönnetty 3/2025' }] });
    expect(storedLines(saved.id)).toEqual([[100_000, 150_000, 0]]);
  });
});

describe('path 1: imports read amounts in the file\'s declared number format', () => {
  function csv(name: string, text: string) {
    const file = path.join(t.dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  it('reads "1,500" as €1,500 in a decimal-point file and questions an amount that is not written in the declared format', async () => {
    const file = csv('actions-mixed.csv', 'Title;Funding source;Planned;Committed\nA;ERDF;"1,500";"1,500"\nB;ERDF;"1,234.56";0\nC;ERDF;"1 234,56";0\n');
    const id = randomUUID();
    const opened = await t.call('import.open', { id, path: file, target: 'actions' });
    // "1,234.56" is only read with a decimal point, "1 234,56" only with a comma: the file does not say which.
    expect(opened.numberFormat).toBeNull();
    const preview = await t.call('import.preview', { id, columns: opened.columns, numberFormat: 'point' });
    expect(preview.issues.map((i) => [i.row, i.field, i.code, i.value])).toEqual([[4, 'plannedCents', 'notANumber', '1 234,56']]);
    await t.call('import.run', { id, columns: opened.columns, numberFormat: 'point', goodRowsOnly: true });
    const list = await t.call('action.list', {});
    expect(list.map((a) => [a.title, a.plannedCents, a.committedCents]).sort()).toEqual([['A', 150_000, 150_000], ['B', 123_456, 0]]);
  });

  it('proposes the format the file shows, and without one never guesses: "1,500" is questioned', async () => {
    const en = csv('actions-en.csv', 'Title;Funding source;Planned\nA;ERDF;"1,500"\nB;ERDF;"1,234.56"\n');
    expect((await t.call('import.open', { id: randomUUID(), path: en, target: 'actions' })).numberFormat).toBe('point');
    const fi = csv('actions-fi.csv', 'Hanke;Rahoituslähde;Budjetti €\nA;EAKR;"1,500"\nB;EAKR;"128 810,50 €"\n');
    expect((await t.call('import.open', { id: randomUUID(), path: fi, target: 'actions' })).numberFormat).toBe('comma');
    const unsure = csv('actions-unsure.csv', 'Title;Funding source;Planned\nA;ERDF;"1,500"\nB;ERDF;"2 000"\n');
    const id = randomUUID();
    const opened = await t.call('import.open', { id, path: unsure, target: 'actions' });
    expect(opened.numberFormat).toBeNull();
    const preview = await t.call('import.preview', { id, columns: opened.columns });
    expect(preview.issues).toEqual([{ row: 2, column: 'Planned', field: 'plannedCents', code: 'ambiguousNumber', value: '1,500', params: { first: 1.5, second: 1500 } }]);
  });

  it('reads the same cells in a decimal-comma file the Finnish way', async () => {
    const file = csv('actions-fi.csv', 'Hanke;Rahoituslähde;Budjetti €\nA;EAKR;"1 500,50"\nB;EAKR;"1.500"\nC;EAKR;"12,3456"\n');
    const id = randomUUID();
    const opened = await t.call('import.open', { id, path: file, target: 'actions' });
    const preview = await t.call('import.preview', { id, columns: opened.columns, numberFormat: 'comma' });
    expect(preview.issues.map((i) => [i.row, i.code, i.value])).toEqual([[4, 'notAnAmount', '12,3456']]);
    await t.call('import.run', { id, columns: opened.columns, numberFormat: 'comma', goodRowsOnly: true });
    expect((await t.call('action.list', {})).map((a) => [a.title, a.plannedCents]).sort()).toEqual([['A', 150_050], ['B', 150_000]]);
  });
});

describe('path 1: messages that name the problem', () => {
  let tr: Record<'en' | 'fi', TFunction>;
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, fi: { translation: fi } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
    tr = { en: i18n.getFixedT('en'), fi: i18n.getFixedT('fi') };
  });
  const oldMessage = { en: 'Enter a whole number, for example 2027.', fi: 'Anna kokonaisluku, esimerkiksi 2027.' };

  it.each(['en', 'fi'] as const)('each kind of field says what it takes, in %s', async (lng) => {
    const action = await t.call('action.create', { title: 'Viestit', type: 'project', fundingLines: [{ fundingSourceId: erdf, plannedCents: 100_000 }] });
    const values = actionValues(await t.call('action.get', { id: action.id }), lng);
    values.fundingLines[0]!.plannedCents = 'noin 5000';
    values.fundingLines[0]!.committedCents = '€20,000,000,000';
    values.fundingLines[0]!.spentCents = '-5';
    values.progress = '50,5 %';
    values.startDate = '31.2.2025';
    const { errors, choices } = readErrors(tr[lng], values, actionKinds, lng);
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, plain(v)]))).toEqual(
      lng === 'en'
        ? {
            'fundingLines.0.plannedCents': 'Enter an amount in euros, for example €1,250.50.',
            'fundingLines.0.committedCents': 'An amount can be at most €10,000,000,000. Check the number of zeros.',
            'fundingLines.0.spentCents': 'Enter an amount of zero or more.',
            progress: 'Enter a whole percentage from 0 to 100, for example 40%.',
            startDate: 'Enter a date, for example 31 Dec 2027, or choose it from the calendar.',
          }
        : {
            'fundingLines.0.plannedCents': 'Anna summa euroina, esimerkiksi 1 250,50 €.',
            'fundingLines.0.committedCents': 'Summa voi olla enintään 10 000 000 000 €. Tarkista nollien määrä.',
            'fundingLines.0.spentCents': 'Summa ei voi olla negatiivinen. Anna nolla tai enemmän.',
            progress: 'Anna kokonainen prosenttiluku 0–100, esimerkiksi 40 %.',
            startDate: 'Anna päivämäärä, esimerkiksi 31.12.2027, tai valitse se kalenterista.',
          },
    );
    expect(choices).toEqual({});
    for (const message of Object.values(errors)) expect(message).not.toBe(oldMessage[lng]);
  });

  it('"abc" in a measurement asks for a number, a year for a year, "12,345" in a Finnish amount asks which was meant', () => {
    const measurement = readErrors(tr.fi, { value: 'abc', measuredOn: '1.3.2025' }, { value: 'decimal', measuredOn: 'date' }, 'fi');
    expect(measurement.errors).toEqual({ value: 'Anna luku, esimerkiksi 12,5.' });
    const indicator = readErrors(tr.en, { baselineYear: '20x7', baselineValue: '1,5' }, { baselineYear: 'year', baselineValue: 'decimal' }, 'en');
    expect(indicator.errors).toEqual({ baselineYear: 'Enter a year with four digits, for example 2027.', baselineValue: '“1,5” cannot be read as it is written. Did you mean 1.5?' });
    const amount = readErrors(tr.fi, { planned: '12,345', spent: '1,500' }, { planned: 'amount', spent: 'amount' }, 'fi');
    expect(plain(amount.errors.planned!)).toBe('”12,345” ei sellaisenaan ole luettavissa. Tarkoititko 12 345 €?');
    expect(plain(amount.errors.spent!)).toBe('”1,500” voi tarkoittaa kahta eri lukua. Kumpaa tarkoitit: 1,50 € tai 1 500 €?');
    // Each reading is a button that puts the amount in the field, written the Finnish way.
    expect(amount.choices.spent!.map((c) => [plain(c.label), plain(c.text)])).toEqual([['1,50 €', '1,50'], ['1 500 €', '1 500']]);
  });
});
