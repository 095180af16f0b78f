import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFields, type ImportTarget } from '../../../shared/domain/import/fields';
import { parseNumber, parseCents, parseDate, parseEnum, parsePercent, parseYear, excelSerialToDate, splitList, splitLevel, cellText, enumCodes, type EnumName } from '../../../shared/domain/import/values';
import { proposeMapping, headerSignature } from '../../../shared/domain/import/mapping';
import enLocale from '../../../resources/locales/en.json';
import fiLocale from '../../../resources/locales/fi.json';
import svLocale from '../../../resources/locales/sv.json';

const v = <T>(p: { ok: true; value: T } | { ok: false; code: string }) => (p.ok ? p.value : `!${p.code}`);

describe('numbers as people write them', () => {
  it.each([
    ['1 234,56', 1234.56], ['128 810 €', 128810], ['1.234,56', 1234.56], ['1\u00a0234,5', 1234.5], ['1\u202f234', 1234], ['1\u2009000', 1000],
    ['1,234.56', 1234.56], ['1,5', 1.5], ['1.5', 1.5], ['1.234.567', 1234567], ['1,234,567', 1234567], ['-5', -5],
    ['\u22125,5', -5.5], ['(12)', -12], ['12 %', 12], ['€ 3,50', 3.5], ['128810 euroa', 128810], ['0,75', 0.75], [42, 42],
  ])('%s → %s', (input, expected) => expect(v(parseNumber(input))).toBe(expected));
  it.each([['noin 5000', '!notANumber'], ['-', '!empty'], ['', '!empty'], [null, '!empty'], ['1,2,3,4', '!notANumber'], ['1.2.3', '!notANumber'], ['12a', '!notANumber']])(
    '%s → %s', (input, expected) => expect(v(parseNumber(input))).toBe(expected),
  );
  it('a text the two formats read differently is read in the declared format, and questioned without one', () => {
    expect(parseNumber('2.500')).toEqual({ ok: false, code: 'ambiguousNumber', params: { first: 2500, second: 2.5 } });
    expect(v(parseNumber('2.500', 'comma'))).toBe(2500);
    expect(v(parseNumber('2.500', 'point'))).toBe(2.5);
    expect(v(parseNumber('1,500', 'comma'))).toBe(1.5);
    expect(v(parseNumber('1,500', 'point'))).toBe(1500);
    expect(v(parseNumber('1 234,56', 'point'))).toBe('!notANumber');
    expect(v(parseNumber('1,234.56', 'comma'))).toBe('!notANumber');
    expect(v(parseNumber("1'234.5", 'point'))).toBe(1234.5);
  });
  it('cents are whole and never negative', () => {
    expect(v(parseCents('128 810 €'))).toBe(12_881_000);
    expect(v(parseCents('0,1'))).toBe(10);
    expect(v(parseCents('-5'))).toBe('!negative');
    expect(v(parseCents('12,345', 'comma'))).toBe('!notAnAmount');
    expect(v(parseCents(1234.56))).toBe(123_456);
    expect(v(parseCents(0.1 + 0.2))).toBe(30); // what Excel shows: 15 significant digits
    expect(v(parseCents(0.125))).toBe('!notAnAmount');
    expect(v(parseCents('10 000 000 000', 'comma'))).toBe(1_000_000_000_000);
    expect(v(parseCents('10 000 000 000,01', 'comma'))).toBe('!tooLarge');
  });
  it('progress in percent, or a share from a percent cell', () => {
    expect(v(parsePercent('75 %'))).toBe(75);
    expect(v(parsePercent(0.75))).toBe(75);
    expect(v(parsePercent('150'))).toBe('!outOfRange');
  });
});

describe('dates as people write them', () => {
  it.each([
    ['31.12.2023', '2023-12-31'], ['1.3.2025', '2025-03-01'], ['31.12.23', '2023-12-31'], ['2023-12-31', '2023-12-31'], ['2023-12-31T00:00:00', '2023-12-31'],
    ['31/12/2023', '2023-12-31'], ['29.2.2024', '2024-02-29'], [45291, '2023-12-31'], ['45291', '2023-12-31'], [1, '1900-01-01'], [61, '1900-03-01'],
  ])('%s → %s', (input, expected) => expect(v(parseDate(input))).toBe(expected));
  it.each([['29.2.2023'], ['32.1.2024'], ['2023-13-01'], ['huomenna'], [-3]])('%s is not a date', (input) => expect(v(parseDate(input))).toBe('!notADate'));
  it('excel serials', () => expect(v(excelSerialToDate(44927))).toBe('2023-01-01'));
  it('years', () => {
    expect(v(parseYear('2023'))).toBe(2023);
    expect(v(parseYear('31.12.2023'))).toBe(2023);
    expect(v(parseYear('1800'))).toBe('!yearOutOfRange');
    expect(v(parseYear('1950'))).toBe(1950);
    expect(v(parseDate('31.12.2101'))).toBe('!yearOutOfRange');
    expect(v(parseYear('abc'))).toBe('!notAYear');
  });
});

describe('words in English or Finnish', () => {
  it.each([
    ['helix', 'Yritykset', 'business'], ['helix', 'yritys', 'business'], ['helix', 'tutkimus', 'academia'], ['helix', 'Julkinen sektori', 'public'],
    ['helix', 'kansalaisyhteiskunta', 'civil'], ['helix', 'Järjestö', 'civil'], ['helix', 'Civil society', 'civil'], ['helix', 'BUSINESS', 'business'],
    ['helix', 'Tutkimus- ja koulutusorganisaatiot', 'academia'], ['status', 'suunniteltu', 'planned'], ['status', 'Käynnissä', 'running'],
    ['status', 'kaynnissa', 'running'], ['status', 'valmis', 'completed'], ['status', 'Myöhässä', 'late'], ['status', 'peruttu', 'cancelled'],
    ['stakeholderType', 'Pk-yritys', 'sme'], ['stakeholderType', 'AMK', 'uas'], ['stakeholderType', 'large company', 'large_company'],
    ['scope', 'Kansainvälinen', 'global'], ['scope', 'EU', 'eu'], ['engagement', 'Sitoutunut', 'committed'], ['fundingKind', 'EAKR', 'erdf'],
    ['fundingKind', 'ESR+', 'esf_plus'], ['actionType', 'Hanke', 'project'], ['indicatorKind', 'Tulos', 'result'],
  ] as const)('%s %s → %s', (name, word, code) => expect(v(parseEnum(name, word))).toBe(code));
  it('an unknown word', () => expect(v(parseEnum('helix', 'avaruus'))).toBe('!unknownValue'));
  // Issue 18: the words of real project lists, in Finnish and Swedish.
  it.each([
    ['status', 'Toiminnassa', 'running'], ['status', 'Päättynyt', 'completed'], ['status', 'Suunnitteilla', 'planned'], ['status', 'Pågående', 'running'],
    ['status', 'Avslutad', 'completed'], ['status', 'Planerad', 'planned'], ['status', 'Inställd', 'cancelled'], ['helix', 'Näringsliv', 'business'],
    ['helix', 'Offentlig sektor', 'public'], ['scope', 'Nationell', 'national'], ['membership', 'Medlem', 'member'],
  ] as const)('%s %s → %s', (name, word, code) => expect(v(parseEnum(name, word))).toBe(code));
  it('the user\'s mapping of a word wins over the app\'s, and only a value the field takes', () => {
    expect(v(parseEnum('status', 'Odottaa päätöstä', { 'odottaa paatosta': 'planned' }))).toBe('planned');
    expect(v(parseEnum('status', 'Toiminnassa', { toiminnassa: 'late' }))).toBe('late');
    expect(v(parseEnum('status', 'Odottaa', { odottaa: 'business' }))).toBe('!unknownValue');
  });
});

describe('lists in a cell', () => {
  it('splits on ; | and line breaks, not commas', () => {
    expect(splitList('Logistiikka; Biotalous ja kiertotalous|Energia\nDigi')).toEqual(['Logistiikka', 'Biotalous ja kiertotalous', 'Energia', 'Digi']);
    expect(splitList('Oy Ab, Kotka')).toEqual(['Oy Ab, Kotka']);
  });
  it('a level in brackets or after a colon', () => {
    expect(splitLevel('Logistiikka (sitoutunut)')).toEqual({ name: 'Logistiikka', level: 'sitoutunut' });
    expect(splitLevel('Logistiikka: involved')).toEqual({ name: 'Logistiikka', level: 'involved' });
    expect(splitLevel('Logistiikka')).toEqual({ name: 'Logistiikka', level: null });
  });
  it('drops the apostrophe an export put before a formula-like text', () => expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)'));
});

describe('mapping proposal', () => {
  it('Finnish and English headers', () => {
    expect(proposeMapping('stakeholders', ['Nimi', 'Neloskierre', 'Tyyppi', 'Kunta', 'Toimiala', 'Sähköposti', 'Muuta'])).toEqual([
      'name', 'helix', 'type', 'municipality', 'sectors', 'contactEmail', null,
    ]);
    expect(proposeMapping('actions', ['Hanke', 'Budjetti €', 'Alkupvm', 'Loppupvm', 'Kärkiala', 'Rahoituslähde', 'Tila'])).toEqual([
      'title', 'plannedCents', 'startDate', 'endDate', 'sectors', 'fundingSource', 'status',
    ]);
    expect(proposeMapping('actions', ['Name', 'Budget (EUR)', 'Start date', 'End date', 'Sector', 'Hankkeen budjetti'])).toEqual([
      'title', 'plannedCents', 'startDate', 'endDate', 'sectors', null,
    ]);
  });
  it("a project list's headers: compound date words, the implementer's name, and an English programme layout", () => {
    // A national list of structural-funds projects (as in issue 18): "…pvm" compounds, the
    // implementer as "Toteuttajan nimi", a business ID with no field to go to.
    const finnish = ['Hankkeen nimi', 'Toteuttajan nimi', 'Y-tunnus', 'Aloituspvm', 'Päättymispäivä', 'Kokonaiskustannukset', 'Tila'];
    expect(proposeMapping('actions', finnish)).toEqual(['title', 'lead', null, 'startDate', 'endDate', 'plannedCents', 'status']);
    // The same file as stakeholders: the organisation's column, not the project's title.
    expect(proposeMapping('stakeholders', finnish)[1]).toBe('name');
    expect(proposeMapping('stakeholders', finnish)[0]).toBeNull();
    const english = ['Operation name', 'Lead partner', 'Start date of operation', 'End date of operation', 'Total eligible expenditure', 'Priority'];
    expect(proposeMapping('actions', english)).toEqual(['title', 'lead', 'startDate', 'endDate', 'plannedCents', 'sectors']);
    expect(proposeMapping('measurements', ['Mittari', 'Arvo', 'Mittauspvm'])).toEqual(['indicator', 'value', 'measuredOn']);
  });
  it('the shape of a file is its folded header row', () => {
    expect(headerSignature(['Nimi', 'Kärkiala'])).toBe(headerSignature([' nimi ', 'KARKIALA']));
    expect(headerSignature(['Nimi', 'Kärkiala'])).not.toBe(headerSignature(['Kärkiala', 'Nimi']));
  });
});

describe('the words the app shows for an enumerated value', () => {
  // The import's refusal lists these labels as the values a field takes: each must read back.
  it('read back as that value, in every UI language', () => {
    for (const [lng, catalogue] of [['en', enLocale], ['fi', fiLocale], ['sv', svLocale]] as const) {
      const labels = catalogue as unknown as Record<string, Record<string, string>>;
      for (const name of Object.keys(enumCodes) as EnumName[]) {
        for (const code of enumCodes[name]) expect(parseEnum(name, labels[name]![code]!), `${lng} ${name}.${code}`).toEqual({ ok: true, value: code });
      }
    }
  });
});

describe('the column names an export writes', () => {
  // ExportMenu names each column import.field.<list>.<key> in the UI language: a file exported
  // in any UI language imports back with every column matched to its field.
  it.each(['en', 'fi', 'sv'] as const)('are matched back to their fields in %s', (lng) => {
    const feature = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../../resources/locales/import.${lng}.json`), 'utf8')) as {
      import: { field: Record<ImportTarget, Record<string, string>> };
    };
    for (const target of Object.keys(importFields) as ImportTarget[]) {
      const keys = importFields[target].map((f) => f.key);
      const labels = keys.map((k) => feature.import.field[target][k]!);
      expect(proposeMapping(target, labels), `${lng} ${target}: ${labels.join(' | ')}`).toEqual(keys);
    }
  });
});
