// Every catalogue of every UI language uses the glossary's one term per concept
// (resources/locales/glossary.json): no avoided synonym starts a word, a label that is the
// English term is the term in the other languages, and the labels the glossary names by key
// (helix groups, engagement levels) are its terms. Names in sentences stand in the nominative.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguages, type UiLanguage } from '../../shared/schemas/app';
import glossary from '../../resources/locales/glossary.json';

interface Term {
  term: string;
  plural?: string;
  /** Other forms a label may take, e.g. a Finnish partitive plural as a count's heading ("Sidosryhmiä"). */
  labels?: string[];
  avoid?: string[];
}
type Concept = { id: string; key?: string; allow?: Partial<Record<UiLanguage, string[]>> } & Record<UiLanguage, Term>;
const concepts = glossary.concepts as unknown as Concept[];

const localeDir = path.resolve(import.meta.dirname, '../../resources/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(localeDir, file), 'utf8')) as Record<string, unknown>;

/** Every string of a language's catalogues, by dotted key: `<lng>.json` plus each `<feature>.<lng>.json`. */
function strings(lng: UiLanguage): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    // A soft hyphen only says where a long word may break ("Spets\u00adområden"): the word is the same.
    if (typeof node === 'string') out.set(prefix, node.replace(/\u00ad/g, ''));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  for (const file of fs.readdirSync(localeDir).filter((f) => f === `${lng}.json` || f.endsWith(`.${lng}.json`))) walk(read(file), '');
  return out;
}
const catalogues = Object.fromEntries(uiLanguages.map((l) => [l, strings(l)])) as Record<UiLanguage, Map<string, string>>;

/**
 * The avoided word at the start of a word only: a letter (or digit) before it means it is the
 * tail of a compound ("neloskierre" is not "kierre"); a hyphen or a dash starts a new word
 * ("toimiala–kierre" has both). Placeholders are left out, so "{{helix}}" is not "helix".
 */
const avoided = (fragment: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragment})`, 'iu');
const withoutPlaceholders = (s: string) => s.replace(/\{\{[^}]*\}\}/g, ' ');

/** A label as compared: case, a trailing colon or full stop and the plural suffixes _one/_other set aside. */
const label = (s: string) => s.trim().replace(/[.:…]$/, '').toLocaleLowerCase();

describe('the glossary', () => {
  it('gives every concept a term in every UI language, with avoided words that are valid patterns', () => {
    expect(concepts.length).toBeGreaterThan(20);
    for (const c of concepts) {
      for (const lng of uiLanguages) {
        expect(c[lng]?.term, `${c.id} ${lng}`).toBeTruthy();
        for (const a of c[lng].avoid ?? []) {
          expect(() => avoided(a), `${c.id} ${lng} ${a}`).not.toThrow();
          // A term must not be its own synonym.
          expect(avoided(a).test(c[lng].term), `${c.id} ${lng}: "${a}" avoids the term itself`).toBe(false);
        }
      }
    }
  });

  it.each(uiLanguages)('no %s catalogue uses an avoided synonym', (lng) => {
    const found: string[] = [];
    for (const c of concepts) {
      for (const a of c[lng].avoid ?? []) {
        const re = avoided(a);
        for (const [key, text] of catalogues[lng]) {
          if (c.allow?.[lng]?.includes(key)) continue;
          const m = re.exec(withoutPlaceholders(text));
          if (m) found.push(`${key}: "${text.slice(Math.max(0, m.index - 20), m.index + 30)}" uses "${m[0]}", say "${c[lng].term}" (${c.id})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it.each(uiLanguages.filter((l) => l !== 'en'))('labels the concepts in %s with their terms', (lng) => {
    const wrong: string[] = [];
    // The keyed terms (helix groups, engagement levels) are checked by key: "Committed" is money too.
    for (const c of concepts.filter((c) => !c.key)) {
      const forms = [c.en.term, c.en.plural].filter(Boolean).map((f) => f!.toLocaleLowerCase());
      for (const [key, english] of catalogues.en) {
        // A label starts with a capital; a lower-case word is set into a sentence, where
        // Finnish inflects it ("{{entity}}" as "kärkialaa").
        const i = forms.indexOf(label(english));
        if (i < 0 || !/^\p{Lu}/u.test(english)) continue;
        const want = (i === 0 ? c[lng].term : (c[lng].plural ?? c[lng].term)).toLocaleLowerCase();
        const accepted = [want, ...(c[lng].labels ?? []).map((l) => l.toLocaleLowerCase())];
        const got = catalogues[lng].get(key);
        if (got !== undefined && !accepted.includes(label(got))) wrong.push(`${key}: "${got}" should be "${want}" (${c.id}, English "${english}")`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(uiLanguages)('is what the %s catalogue calls the helix groups and engagement levels', (lng) => {
    const keyed = concepts.filter((c) => c.key);
    expect(keyed.length).toBe(10);
    for (const c of keyed) expect(catalogues[lng].get(c.key!), `${lng} ${c.key}`).toBe(c[lng].term);
  });

  it('can fail: an avoided word at a word start is found, the tail of a compound is not', () => {
    expect(avoided('kierre').test('Sidosryhmät neloskierteen osapuolittain')).toBe(false);
    expect(avoided('kierre').test('Kattavuus: toimiala × kierre')).toBe(true);
    expect(avoided('toimial').test('toimiala–osapuoli')).toBe(true);
    expect(avoided('toimial').test('kärkiala')).toBe(false);
    expect(avoided('puutt?e').test('osapuoli puuttuu')).toBe(false);
    expect(avoided('puutt?e').test('Ei puutteita.')).toBe(true);
    expect(avoided('mittau(?!stulo)').test('tuorein mittaustulos')).toBe(false);
    expect(avoided('mittau(?!stulo)').test('Mittaukset')).toBe(true);
    expect(avoided('verkstad').test('workshoppen')).toBe(false);
  });
});

describe('names in sentences', () => {
  // A region's, sector's or plan's name is inserted as written, in the nominative: Finnish
  // "alueen Etelä-Pohjanmaa" (genitive head, nominative name) and "{{region}}n" read wrong
  // for most names, so a sentence says "Alue: …" or places the name where its case is right.
  const names = ['region', 'sector', 'plan', 'name'];
  it.each(uiLanguages)('keeps each name placeholder in %s apart from an inflection', (lng) => {
    // English may say "{{region}}'s"; Finnish and Swedish cannot inflect a name they do not know.
    const after = lng === 'en' ? '\\p{L}' : "'s|’s|\\p{L}";
    const glued: string[] = [];
    for (const [key, text] of catalogues[lng]) {
      for (const n of names) {
        const re = new RegExp(`\\{\\{${n}\\}\\}(?:${after})|(?<!\\p{L})(?:alueen|maakunnan|regionens) \\{\\{${n}\\}\\}`, 'u');
        if (re.test(text)) glued.push(`${key}: ${text}`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('keeps the report’s region in the nominative in Finnish and Swedish', () => {
    for (const lng of ['fi', 'sv'] as const) expect(catalogues[lng].get('report.summary.intro')).not.toMatch(/\b(alueen|maakunnan) \{\{region\}\}|\{\{region\}\}s\b/u);
  });
});
