/**
 * Values as people write them in spreadsheets, parsed to what the plan stores. Pure functions:
 * each returns `{ ok: true, value }` or `{ ok: false, code }` with a row-issue code the renderer
 * translates (`import.issue.<code>`). A cell is what the reader produced: text, a number (XLSX
 * numeric cells, already a number) or null (empty).
 */
import { foldForSearch } from '../text';
import { inYearRange } from '../../schemas/common';
import { digitsValue, fileReading, plainDigits, type Digits, type NumberFormat } from '../numbers';
import { digitsToCents, MAX_CENTS } from '../money';
import {
  helixes, stakeholderTypes, stakeholderSizes, engagementLevels, networkScopes, memberships, actionTypes, actionStatuses,
  fundingKinds, indicatorKinds,
} from '../../schemas/enums';

export type Cell = string | number | null;
/**
 * A conversion the reader made where the meaning was clear but the file did not say it the
 * plan's way (an epoch timestamp as a date, HTML as plain text): the value is taken, and the
 * preview shows this warning on its row and column (`import.warning.<code>`).
 */
export interface Conversion {
  code: string;
  params?: Record<string, string | number>;
}
export type Parsed<T> = { ok: true; value: T; converted?: Conversion } | { ok: false; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const converted = <T>(value: T, code: string, params?: Record<string, string | number>): Parsed<T> => ({ ok: true, value, converted: { code, ...(params ? { params } : {}) } });
const bad = (code: string, params?: Record<string, string | number>): Parsed<never> => ({ ok: false, code, ...(params ? { params } : {}) });

/** Empty: null, whitespace, or a lone dash ("-", "–") that people type for "nothing". */
export function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell === 'number') return false;
  const t = cell.trim();
  return t === '' || t === '-' || t === '\u2013' || t === '\u2014';
}

/** A cell as text, trimmed; the apostrophe an export puts before "=", "+", "-" or "@" (against formula injection) is dropped. */
export const cellText = (cell: Cell): string => (cell === null ? '' : typeof cell === 'number' ? String(cell) : cell.trim().replace(/^'(?=[=+\-@])/, ''));

/** Units people write around numbers in spreadsheets: "128 810 €", "128810 euroa", "12 %". */
const numberMarks = /€|eur|euros?|euroa|e|%/;

/**
 * A number in the file's declared format (shared/domain/numbers.ts): "1 234,56", "1.234,56",
 * "128 810 €" with a decimal comma; "1,234.56" with a decimal point; "-5", "−5" (minus sign),
 * "(5)", "12 %" in both. Without a declared format a text is read only when both formats read
 * it alike ("128 810", "12,5"); "1,500" is `ambiguousNumber`, with both readings as params.
 */
export function parseNumber(cell: Cell, format: NumberFormat | null = null): Parsed<number> {
  const d = cellDigits(cell, format);
  return d.ok ? ok(digitsValue(d.value)) : d;
}

function cellDigits(cell: Cell, format: NumberFormat | null): Parsed<Digits> {
  // Excel keeps 15 significant digits: a formula's 0.30000000000000004 is the 0.3 it shows.
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(plainDigits(Number(cell.toPrecision(15)))) : bad('notANumber');
  if (isBlank(cell)) return bad('empty');
  const r = fileReading(cell as string, format, numberMarks);
  if (!r) return bad('notANumber');
  if ('ambiguous' in r) {
    const [first, second] = r.ambiguous.map(digitsValue) as [number, number];
    return bad('ambiguousNumber', { first, second });
  }
  return ok(r.digits);
}

/** Euros to integer cents ("128 810 €" → 12881000): never negative, never fractions of a cent, at most MAX_CENTS. */
export function parseCents(cell: Cell, format: NumberFormat | null = null): Parsed<number> {
  const d = cellDigits(cell, format);
  if (!d.ok) return d;
  const cents = digitsToCents(d.value);
  if (cents === null) return bad('notAnAmount');
  if (cents < 0) return bad('negative');
  return cents > MAX_CENTS ? bad('tooLarge', { maximum: MAX_CENTS / 100 }) : ok(cents);
}

/** A whole number (a year, a count). */
export function parseInteger(cell: Cell, min = -Infinity, max = Infinity, format: NumberFormat | null = null): Parsed<number> {
  const n = parseNumber(cell, format);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return bad('notAWholeNumber');
  if (n.value < min || n.value > max) return bad('outOfRange');
  return ok(n.value);
}

/** Progress 0..100: "75", "75 %", and a share "0,75" from a percent-formatted XLSX cell (numbers ≤ 1 with a fraction). */
export function parsePercent(cell: Cell, format: NumberFormat | null = null): Parsed<number> {
  const n = parseNumber(cell, format);
  if (!n.ok) return n;
  let v = n.value;
  if (typeof cell === 'number' && v > 0 && v < 1) v *= 100;
  v = Math.round(v);
  return v < 0 || v > 100 ? bad('outOfRange') : ok(v);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A real calendar day in a year the plan takes (1900–2100, as DateSchema). */
function validDate(y: number, m: number, d: number): Parsed<string> {
  if (m < 1 || m > 12 || d < 1) return bad('notADate');
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return bad('notADate');
  return inYearRange(y) ? ok(`${pad(y, 4)}-${pad(m)}-${pad(d)}`) : bad('yearOutOfRange');
}

/**
 * Excel's serial day number (1900 date system, with Excel's phantom 29 Feb 1900) as YYYY-MM-DD.
 * Serial 1 is 1900-01-01; 60 is the day that never was, read as 1900-03-01.
 */
export function excelSerialToDate(serial: number): Parsed<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return bad('notADate');
  const day = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + (day < 61 ? day + 1 : day) * 86_400_000;
  const d = new Date(ms);
  return ok(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
}

/** The last day a plan takes (2100-12-31) as an Excel serial: larger numbers in a date column are not serials. */
const LAST_SERIAL = 73_415;
const isoOfUtc = (ms: number): string => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * A number in a date column, read the one way its size allows, with a conversion that names the
 * reading: an Excel serial day (1 to 73 415, up to 2100-12-31), Unix time in seconds (9–10
 * digits: 1973–2286) or in milliseconds (12–13 digits). Unix time is read in UTC, as it is
 * written ("1 700 000 000" is 14.11.2023, 22.13 UTC). Any other number is not a date.
 */
export function numberAsDate(n: number): Parsed<string> {
  if (!Number.isFinite(n) || n < 1) return bad('notADate');
  if (n <= LAST_SERIAL) {
    const d = excelSerialToDate(n);
    return d.ok ? converted(d.value, 'dateFromSerial', { date: d.value }) : d;
  }
  const epoch = (ms: number, code: string): Parsed<string> => {
    const iso = isoOfUtc(ms);
    return inYearRange(Number(iso.slice(0, 4))) ? converted(iso, code, { date: iso }) : bad('yearOutOfRange');
  };
  if (Number.isInteger(n) && n >= 1e8 && n < 1e10) return epoch(n * 1000, 'dateFromEpochSeconds');
  if (Number.isInteger(n) && n >= 1e11 && n < 1e13) return epoch(n, 'dateFromEpochMillis');
  return bad('notADate');
}

/**
 * A date: "31.12.2023", "31.12.23" (20xx), "2023-12-31", "2023-12-31T00:00:00", "31/12/2023"
 * (day first, as in Finland and Britain); or a number (a number cell, or digits with optional
 * spaces: "45291", "1 700 000 000"), read by `numberAsDate` with a conversion naming the reading.
 */
export function parseDate(cell: Cell): Parsed<string> {
  if (typeof cell === 'number') return numberAsDate(cell);
  if (isBlank(cell)) return bad('empty');
  const t = (cell as string).trim();
  // A time after the day is the day's ("2023-11-14T22:13:20+02:00", "14.11.2023 klo 12.00"): the plan keeps days.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\.?(?:,?\s+(?:klo\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validDate(y, Number(m[2]), Number(m[1]));
  }
  const digits = t.replace(/[\s\u00a0\u202f\u2009\u2007]+/g, '');
  if (/^\d{5,}(\.\d+)?$/.test(digits)) return numberAsDate(Number(digits));
  return bad('notADate');
}

/** A year: 2023, "2023", or the year of a date. */
export function parseYear(cell: Cell): Parsed<number> {
  const i = parseInteger(cell);
  if (i.ok) return inYearRange(i.value) ? i : bad('yearOutOfRange');
  const d = parseDate(cell);
  return d.ok ? ok(Number(d.value.slice(0, 4))) : d.code === 'yearOutOfRange' ? d : bad('notAYear');
}

/**
 * Words for enum values, folded (lowercase, no accents). Each code is also its own word (and
 * with spaces for underscores), so exported codes and the English, Finnish and Swedish UI
 * labels all read back.
 */
const words: Record<string, Record<string, readonly string[]>> = {
  helix: {
    business: ['yritys', 'yritykset', 'elinkeinoelama', 'yrityselama', 'company', 'companies', 'industry', 'enterprise', 'enterprises', 'foretag', 'naringsliv'],
    academia: [
      'tutkimus', 'koulutus', 'tutkimus- ja koulutusorganisaatiot', 'tutkimus ja koulutus', 'tki', 'korkeakoulu', 'korkeakoulut', 'oppilaitos',
      'research', 'education', 'research and education', 'university', 'universities', 'science', 'forskning', 'utbildning', 'akademi', 'universitet', 'hogskola',
    ],
    public: ['julkinen', 'julkinen sektori', 'julkishallinto', 'viranomainen', 'kunta', 'government', 'public sector', 'public authority', 'offentlig sektor', 'myndighet'],
    civil: [
      'kansalaisyhteiskunta', 'kansalaiset', 'jarjesto', 'jarjestot', 'yhdistys', 'yhdistykset', 'kolmas sektori',
      'civil society', 'citizens', 'ngo', 'ngos', 'association', 'civilsamhalle', 'forening',
    ],
  },
  stakeholderType: {
    sme: ['pk-yritys', 'pk yritys', 'pienyritys', 'pkyritys', 'pk'],
    large_company: ['suuryritys', 'iso yritys', 'large company', 'large enterprise'],
    cluster: ['klusteri', 'klusteriorganisaatio', 'cluster organisation', 'cluster organization'],
    development_company: ['kehitysyhtio', 'kehittamisyhtio', 'development company', 'development agency'],
    university: ['yliopisto'],
    uas: ['ammattikorkeakoulu', 'amk', 'university of applied sciences'],
    vocational_school: ['ammatillinen oppilaitos', 'ammattiopisto', 'vocational school'],
    research_institute: ['tutkimuslaitos', 'research institute', 'research organisation'],
    municipality: ['kunta', 'kaupunki', 'city', 'town'],
    agency: ['ministerio', 'virasto', 'ministerio tai virasto', 'ministry', 'ministry or agency', 'state agency'],
    association: ['yhdistys', 'jarjesto', 'yhdistys tai jarjesto', 'association or ngo', 'ngo'],
    citizen_group: ['kansalaisryhma', 'citizen group', 'citizens'],
    other: ['muu', 'muut'],
  },
  size: {
    micro: ['mikro', 'mikroyritys'],
    small: ['pieni'],
    medium: ['keskisuuri', 'medium-sized', 'medium sized'],
    large: ['suuri', 'iso'],
  },
  engagement: {
    aware: ['tietoinen'],
    informed: ['informoitu', 'tiedotettu'],
    consulted: ['kuultu', 'konsultoitu'],
    involved: ['mukana', 'osallistunut', 'osallistuu'],
    committed: ['sitoutunut', 'sitoutuneet'],
    leading: ['vetaja', 'vetava', 'johtaa', 'lead', 'leader'],
  },
  scope: {
    regional: ['alueellinen', 'maakunnallinen', 'region', 'regional'],
    national: ['kansallinen', 'valtakunnallinen', 'nationell'],
    eu: ['eurooppalainen', 'european', 'eu-taso', 'europe'],
    global: ['kansainvalinen', 'maailmanlaajuinen', 'international', 'worldwide', 'internationell', 'global'],
  },
  membership: {
    member: ['jasen', 'medlem'],
    partner: ['kumppani'],
    observer: ['tarkkailija', 'observator'],
    planned: ['suunniteltu', 'suunnitteilla'],
  },
  actionType: {
    project: ['hanke', 'projekti'],
    programme: ['ohjelma', 'program'],
    call: ['haku'],
    event_series: ['tapahtumasarja', 'tapahtumat', 'event series', 'events'],
    study: ['selvitys', 'tutkimus', 'report'],
    service: ['palvelu'],
  },
  status: {
    planned: ['suunniteltu', 'suunnitteilla', 'tuleva', 'valmisteilla', 'not started', 'planerad', 'planerat', 'planeras', 'kommande'],
    running: ['kaynnissa', 'kaynnistynyt', 'kesken', 'toiminnassa', 'toteutuksessa', 'aktiivinen', 'ongoing', 'in progress', 'active', 'pagaende', 'aktiv', 'paborjad'],
    completed: ['valmis', 'paattynyt', 'toteutettu', 'paatetty', 'done', 'finished', 'complete', 'closed', 'ended', 'avslutad', 'avslutat', 'klar', 'genomford'],
    late: ['myohassa', 'viivastynyt', 'delayed', 'behind schedule', 'forsenad', 'forsenat'],
    cancelled: ['peruttu', 'peruutettu', 'keskeytetty', 'canceled', 'avbruten', 'avbrutet', 'installd', 'installt'],
  },
  fundingKind: {
    erdf: ['eakr', 'euroopan aluekehitysrahasto', 'european regional development fund'],
    jtf: ['jtf', 'oikeudenmukaisen siirtyman rahasto', 'just transition fund'],
    esf_plus: ['esr', 'esr+', 'esf', 'esf+', 'euroopan sosiaalirahasto plus'],
    interreg: ['interreg europe'],
    horizon: ['horisontti eurooppa', 'horizon europe', 'horisontti'],
    akke: ['alueiden kestavan kasvun ja elinvoiman tukeminen (akke)', 'alueiden kestavan kasvun ja elinvoiman tukeminen', 'regional development funds (akke)'],
    municipal: ['kunnat', 'kunta', 'kuntarahoitus', 'municipalities'],
    private: ['yksityinen', 'yksityinen rahoitus', 'omarahoitus', 'private funding'],
    custom: ['muu', 'other', 'annan'],
  },
  indicatorKind: {
    output: ['tuotos', 'tuotosindikaattori', 'tuotosmittari'],
    result: ['tulos', 'tulosindikaattori', 'tulosmittari'],
  },
};

/** The Swedish UI labels and the words Finland-Swedish files use for them (folded like the rest). */
const swedish: Record<string, Record<string, readonly string[]>> = {
  helix: {
    business: ['näringsliv', 'näringslivet', 'företag'],
    academia: ['forskning och utbildning', 'forskning', 'utbildning', 'högskola', 'högskolor'],
    public: ['offentlig sektor', 'offentliga sektorn', 'myndighet'],
    civil: ['civilsamhälle', 'civilsamhället', 'förening', 'föreningar', 'tredje sektorn'],
  },
  stakeholderType: {
    sme: ['små eller medelstort företag', 'smf', 'smf-företag', 'små och medelstora företag'],
    large_company: ['stort företag', 'storföretag'],
    cluster: ['klusterorganisation', 'kluster'],
    development_company: ['utvecklingsbolag'],
    university: ['universitet'],
    uas: ['yrkeshögskola', 'yh'],
    vocational_school: ['yrkesläroanstalt', 'yrkesinstitut'],
    research_institute: ['forskningsinstitut'],
    municipality: ['kommun', 'stad'],
    agency: ['ministerium eller myndighet', 'ministerium', 'myndighet'],
    association: ['förening eller organisation', 'förening', 'organisation'],
    citizen_group: ['medborgargrupp'],
    other: ['annan', 'övrig'],
  },
  size: { micro: ['mikro', 'mikroföretag'], small: ['litet', 'liten'], medium: ['medelstort', 'medelstor'], large: ['stort', 'stor'] },
  engagement: {
    aware: ['medveten'],
    informed: ['informerad'],
    consulted: ['hörd', 'konsulterad'],
    involved: ['delaktig', 'involverad'],
    committed: ['engagerad'],
    leading: ['ledande', 'leder'],
  },
  scope: { regional: ['regional'], national: ['nationell'], eu: ['europeisk'], global: ['global', 'internationell'] },
  membership: { member: ['medlem'], partner: ['partner'], observer: ['observatör'], planned: ['planerad'] },
  actionType: { project: ['projekt'], programme: ['program'], call: ['utlysning'], event_series: ['evenemangsserie'], study: ['utredning'], service: ['tjänst'] },
  status: { planned: ['planerad'], running: ['pågående', 'pågår'], completed: ['avslutad', 'klar'], late: ['försenad'], cancelled: ['avbruten', 'inställd'] },
  fundingKind: {
    erdf: ['eruf', 'europeiska regionala utvecklingsfonden'],
    jtf: ['fonden för en rättvis omställning'],
    esf_plus: ['europeiska socialfonden plus'],
    horizon: ['horisont europa'],
    akke: ['medel för regional utveckling (akke)', 'medel för regional utveckling'],
    municipal: ['kommunal', 'kommunerna'],
    private: ['privat', 'privat finansiering', 'egen finansiering'],
  },
  indicatorKind: { output: ['utfall', 'utfallsindikator'], result: ['resultat', 'resultatindikator'] },
};

/** The English UI labels and the codes are recognised too. */
const labelsEn: Record<string, Record<string, string>> = {
  helix: { academia: 'research and education', public: 'public sector', civil: 'civil society' },
  stakeholderType: { sme: 'sme', uas: 'uas' },
};

export const enumCodes = {
  helix: helixes,
  stakeholderType: stakeholderTypes,
  size: stakeholderSizes,
  engagement: engagementLevels,
  scope: networkScopes,
  membership: memberships,
  actionType: actionTypes,
  status: actionStatuses,
  fundingKind: fundingKinds,
  indicatorKind: indicatorKinds,
} as const;
export type EnumName = keyof typeof enumCodes;

const normWord = (w: string) => foldForSearch(w).replace(/\s*-\s*/g, '-').replace(/[.:]$/, '');
const lookups = new Map<EnumName, Map<string, string>>();
function lookup(name: EnumName): Map<string, string> {
  let map = lookups.get(name);
  if (!map) {
    map = new Map();
    for (const code of enumCodes[name]) {
      map.set(code, code);
      map.set(code.replace(/_/g, ' '), code);
      for (const w of [...(words[name]?.[code] ?? []), ...(swedish[name]?.[code] ?? [])]) map.set(normWord(w), code);
      const label = labelsEn[name]?.[code];
      if (label) map.set(label, code);
    }
    lookups.set(name, map);
  }
  return map;
}

/** The key a word of the file is looked up by, in the app's words and in the user's value mapping: folded, hyphens tidied. */
export const enumKey = (cell: Cell): string => normWord(cellText(cell));

/**
 * An enum value from its code, or an English, Finnish or Swedish word for it (case and accents
 * ignored). `extra` is the user's own mapping of the file's words (keys by `enumKey`): it wins,
 * since the user corrected the proposal.
 */
export function parseEnum<N extends EnumName>(name: N, cell: Cell, extra?: Readonly<Record<string, string>>): Parsed<(typeof enumCodes)[N][number]> {
  if (isBlank(cell)) return bad('empty');
  const key = normWord(cellText(cell));
  const own = extra && Object.hasOwn(extra, key) && (enumCodes[name] as readonly string[]).includes(extra[key]!) ? extra[key] : undefined;
  const hit = own ?? lookup(name).get(key) ?? lookup(name).get(key.replace(/-/g, ' '));
  // The enum's name goes with the refusal so that the message can list the values it takes.
  return hit ? ok(hit as (typeof enumCodes)[N][number]) : bad('unknownValue', { enum: name });
}

/**
 * A list in one cell: items separated by semicolons, line breaks or "|" (not commas: names
 * such as "Oy Ab, Kotka" have them; `splitList(..., true)` also splits on commas).
 */
export function splitList(cell: Cell, commas = false): string[] {
  if (isBlank(cell)) return [];
  const re = commas ? /[;|\n,]/ : /[;|\n]/;
  return cellText(cell)
    .split(re)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '-');
}

/** "Logistiikka (mukana)" / "Logistiikka: involved" → name and level word; plain name → level null. */
export function splitLevel(item: string): { name: string; level: string | null } {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(item) ?? /^(.*?)\s*:\s*([^:]+)$/.exec(item);
  return m ? { name: m[1]!.trim(), level: m[2]!.trim() } : { name: item.trim(), level: null };
}

/**
 * Text that holds HTML: a tag a web form or a CMS export writes ("<p>", "<br/>", "</li>") or an
 * entity ("&amp;", "&#228;"). A lone "<" or "&" ("R&D", "< 5 %") is not HTML.
 */
export const looksLikeHtml = (text: string): boolean =>
  /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i.test(text);

/** The key names are matched by: folded, punctuation and legal-form noise kept (exact folded match). */
export const nameKey = (name: string): string => foldForSearch(name);
