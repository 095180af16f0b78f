import { inputKinds } from '../../shared/domain/reading-types';
import { numberFormats } from '../../shared/domain/numbers';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCommands, menus } from '../../shared/shell/commands';
import {
  actionStatuses,
  actionTypes,
  engagementLevels,
  fundingKinds,
  helixes,
  indicatorKinds,
  memberships,
  networkScopes,
  stakeholderSizes,
  stakeholderTypes,
} from '../../shared/schemas/enums';
import { uiLanguages, type UiLanguage } from '../../shared/schemas/app';
import type { FileProblem } from '../../shared/contract/errors';

const root = path.resolve(import.meta.dirname, '../..');
const localeDir = path.join(root, 'resources/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(localeDir, file), 'utf8')) as Record<string, unknown>;
/** The main catalogue plus the feature catalogues `<feature>.<lng>.json`, as the renderer merges them. */
const load = (lng: string) =>
  Object.assign(
    read(`${lng}.json`),
    ...fs.readdirSync(localeDir).filter((f) => f.endsWith(`.${lng}.json`)).map(read),
  ) as Record<string, unknown>;
const catalogues = Object.fromEntries(uiLanguages.map((l) => [l, load(l)])) as Record<UiLanguage, Record<string, unknown>>;

/** { a: { b: 'x' } } → { 'a.b': 'x' } */
function flatten(obj: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out[key] = v;
  }
  return out;
}
const flat = Object.fromEntries(uiLanguages.map((l) => [l, flatten(catalogues[l])])) as Record<UiLanguage, Record<string, unknown>>;
/** The catalogue files of English, the reference: `en.json` and every `<feature>.en.json`. */
const englishFiles = fs.readdirSync(localeDir).filter((f) => f === 'en.json' || f.endsWith('.en.json'));

/** A key used as t(key) exists as a leaf, or as plural forms (key_one / key_other). */
const hasKey = (cat: Record<string, unknown>, key: string) => key in cat || (`${key}_one` in cat && `${key}_other` in cat);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  // Per file, so a key in the wrong file (which the renderer would still merge) is caught too.
  describe.each(englishFiles)('%s', (enFile) => {
    const english = flatten(read(enFile));
    it.each(uiLanguages.filter((l) => l !== 'en'))('has every key in %s, non-empty, with the same placeholders, and no key English lacks', (lng) => {
      const file = enFile === 'en.json' ? `${lng}.json` : enFile.replace(/\.en\.json$/, `.${lng}.json`);
      expect(fs.existsSync(path.join(localeDir, file)), `${file} exists`).toBe(true);
      const other = flatten(read(file));
      expect(Object.keys(english).filter((k) => !(k in other)), `missing in ${file}`).toEqual([]);
      expect(Object.keys(other).filter((k) => !(k in english)), `in ${file} but not in ${enFile}`).toEqual([]);
      expect(Object.keys(other).filter((k) => typeof other[k] !== 'string' || String(other[k]).trim() === ''), `empty in ${file}`).toEqual([]);
      const differ = Object.keys(english).filter((k) => k in other && placeholders(String(english[k])).join() !== placeholders(String(other[k])).join());
      expect(differ, `placeholders differ in ${file}`).toEqual([]);
    });
  });

  it('have no empty or non-string values', () => {
    for (const lng of uiLanguages) {
      const bad = Object.entries(flat[lng]).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([k]) => k), `empty values in ${lng}.json`).toEqual([]);
    }
  });

  it("give every plural the forms the language's plural rules ask for (i18next _one/_other)", () => {
    for (const lng of uiLanguages) {
      const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const bases = new Set(Object.keys(flat[lng]).filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_[a-z]+$/, '')));
      expect(bases.size).toBeGreaterThan(50);
      const missing = [...bases].flatMap((b) => forms.filter((f) => !(`${b}_${f}` in flat[lng])).map((f) => `${b}_${f}`));
      expect(missing, lng).toEqual([]);
    }
  });

  it('contain every t() key literal used in renderer/src and shared/', () => {
    const used = new Set<string>();
    // t('a.b'), t("a.b"), i18n.t('a.b'), and message keys handed to notify('a.b').
    const pattern = /\b(?:t|notify)\(\s*(['"])([A-Za-z0-9_.-]+)\1/g;
    // The generated sentences are built in shared/domain/statements and read there too.
    for (const file of [...sourceFiles(path.join(root, 'renderer/src')), ...sourceFiles(path.join(root, 'shared'))]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(pattern)) used.add(m[2] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const lng of uiLanguages) {
      expect([...used].filter((k) => !hasKey(flat[lng], k)), `keys used in renderer/src but missing in ${lng}.json`).toEqual([]);
    }
  });

  it('label every menu and every command of the one command list (menu.<menu>._, menu.<command id>)', () => {
    for (const lng of uiLanguages) {
      const missing = [...menus.map((m) => `menu.${m}._`), ...appCommands.map((c) => `menu.${c.id}`)].filter((k) => !(k in flat[lng]));
      expect(missing, `menu labels missing in ${lng}.json`).toEqual([]);
    }
  });

  it('translate every enum value, file problem and screen the UI builds keys for', () => {
    const fileProblems: FileProblem[] = [
      'notFound', 'empty', 'notSqlite', 'truncated', 'foreign', 'newerSchema', 'corrupt', 'readOnly', 'exists', 'io',
      'locked', 'busy', 'diskFull', 'gone', 'replaced', 'planReadOnly', 'journalMismatch', 'unexpectedSchema',
    ];
    const dynamic = [
      ...helixes.flatMap((h) => [`helix.${h}`, `helixLetter.${h}`]),
      ...actionStatuses.map((s) => `status.${s}`),
      ...actionTypes.map((s) => `actionType.${s}`),
      ...stakeholderTypes.map((s) => `stakeholderType.${s}`),
      ...stakeholderSizes.map((s) => `size.${s}`),
      ...engagementLevels.map((s) => `engagement.${s}`),
      ...networkScopes.map((s) => `scope.${s}`),
      ...memberships.map((s) => `membership.${s}`),
      ...fundingKinds.map((s) => `fundingKind.${s}`),
      ...indicatorKinds.map((s) => `indicatorKind.${s}`),
      ...fileProblems.map((p) => `errors.file.${p}`),
      ...['dashboard', 'sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops', 'settings'].map((s) => `nav.${s}`),
      ...uiLanguages.map((l) => `languages.${l}`),
      ...['plan', 'sector', 'stakeholder', 'network', 'action', 'indicator', 'workshop', 'fundingSource', 'other'].map((e) => `entity.${e}`),
      ...['sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops'].map((l) => `count.${l}`),
      ...inputKinds.map((k) => `validation.read.${k}`),
      ...numberFormats.map((f) => `import.numbers.${f}`),
      // Files in and out (issue 13): renderer/src/errors/describe.ts describeFilesProblem.
      ...['open', 'plan', 'database'].map((d) => `files.problem.wouldReplacePlan.${d}`),
      ...['directory', 'fifo', 'device', 'socket', 'other'].map((d) => `files.problem.notRegularFile.${d}`),
      // A full disk is one message for a plan change and an export: errors.file.diskFull above.
      ...['folderReadOnly', 'folderNotFound', 'tooLarge'].map((p) => `files.problem.${p}`),
    ];
    for (const lng of uiLanguages) {
      expect(dynamic.filter((k) => !hasKey(flat[lng], k)), `dynamic keys missing in ${lng}.json`).toEqual([]);
    }
  });

  it('names the file in every file error message', () => {
    for (const lng of uiLanguages) {
      const files = Object.entries(flat[lng]).filter(([k]) => k.startsWith('errors.file.'));
      // Every FileProblem but notSpreadsheet (import.errors), plus lockedUnknown (a lock file that names no one).
      expect(files.length).toBe(19);
      for (const [k, v] of files) expect(String(v), `${lng}:${k}`).toContain('{{file}}');
      for (const [k, v] of Object.entries(flat[lng]).filter(([k]) => k.startsWith('files.problem.'))) expect(String(v), `${lng}:${k}`).toContain('{{file}}');
    }
  });

  it('gives the helix letters as one distinct letter each', () => {
    for (const lng of uiLanguages) {
      const letters = helixes.map((h) => String(flat[lng][`helixLetter.${h}`]));
      expect(new Set(letters).size).toBe(4);
      for (const l of letters) expect(l).toMatch(/^\p{Lu}$/u);
    }
  });
});
