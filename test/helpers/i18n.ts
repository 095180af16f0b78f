import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { uiLanguages, type UiLanguage } from '../../shared/schemas/app';

const localeDir = path.resolve(import.meta.dirname, '../../resources/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(localeDir, file), 'utf8')) as Record<string, unknown>;

/** The catalogue of one UI language as the renderer merges it: `<lng>.json` plus every `<feature>.<lng>.json`. */
export const catalogue = (lng: UiLanguage) =>
  Object.assign(read(`${lng}.json`), ...fs.readdirSync(localeDir).filter((f) => f.endsWith(`.${lng}.json`)).map(read)) as Record<string, unknown>;

/**
 * A real i18next translator over the app's catalogues, configured as renderer/src/i18n/i18n.ts
 * does (no React, no document): what a user of that language reads.
 */
export function translator(lng: UiLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(uiLanguages.map((l) => [l, { translation: catalogue(l) }])),
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return instance.t;
}

export const languages = uiLanguages;
