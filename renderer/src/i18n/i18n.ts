import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../shared/schemas/app';

/**
 * The words of each UI language, loaded when that language is first needed: the app starts with
 * its own language only (the three together were about a fifth of the initial JavaScript). Each
 * language is one chunk: `resources/locales/<lng>.json`, the main catalogue, with the feature
 * catalogues (`<feature>.<lng>.json`, one top-level key each) merged in, so a feature's words
 * live beside each other.
 */
const chunks: Record<UiLanguage, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./catalogues/en'),
  fi: () => import('./catalogues/fi'),
  sv: () => import('./catalogues/sv'),
};

const loading = new Map<UiLanguage, Promise<Record<string, unknown>>>();

/** One language's whole catalogue (loaded once per window). */
export function loadCatalogue(lng: UiLanguage): Promise<Record<string, unknown>> {
  let p = loading.get(lng);
  if (!p) {
    p = chunks[lng]().then((m) => m.default);
    loading.set(lng, p);
  }
  return p;
}

/** Makes `lng` (and English, the fallback, in the background) usable by `instance`. */
export async function ensureLanguage(instance: I18n, lng: UiLanguage): Promise<void> {
  if (!instance.hasResourceBundle(lng, 'translation')) instance.addResourceBundle(lng, 'translation', await loadCatalogue(lng));
  if (lng !== 'en' && !instance.hasResourceBundle('en', 'translation')) {
    void loadCatalogue('en').then((en) => instance.addResourceBundle('en', 'translation', en));
  }
}

const wanted = new WeakMap<I18n, UiLanguage>();

/**
 * Switches `instance` to `lng` once its words are in. The last choice wins: a quick second click
 * on a language already loaded is not undone when the first one's words arrive after it.
 */
export async function switchLanguage(instance: I18n, lng: UiLanguage): Promise<void> {
  wanted.set(instance, lng);
  await ensureLanguage(instance, lng);
  if (wanted.get(instance) === lng) await instance.changeLanguage(lng);
}

/**
 * An i18next instance with `language`'s words loaded. The app's own instance is
 * react-i18next's default; the report's (its export language) is not.
 */
export async function createI18n(language: UiLanguage, options: { app?: boolean } = {}): Promise<I18n> {
  const app = options.app !== false;
  const instance = i18next.createInstance();
  if (app) instance.use(initReactI18next);
  await instance.init({
    resources: { [language]: { translation: await loadCatalogue(language) } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  await ensureLanguage(instance, language);
  return instance;
}

export { isUiLanguage, pickLanguage } from '../../../shared/schemas/app';
