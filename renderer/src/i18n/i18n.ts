import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../resources/locales/en.json';
import fi from '../../../resources/locales/fi.json';
import sv from '../../../resources/locales/sv.json';
import { uiLanguages, type UiLanguage } from '../../../shared/schemas/app';

/**
 * Feature catalogues (`resources/locales/<feature>.<lng>.json`, one top-level key each) are
 * merged into the main one, so a feature's words live beside each other.
 */
const features = import.meta.glob<Record<string, unknown>>('../../../resources/locales/*.*.json', { eager: true, import: 'default' });
const featureCatalogue = (lng: string) =>
  Object.assign({}, ...Object.entries(features).filter(([file]) => file.endsWith(`.${lng}.json`)).map(([, json]) => json)) as Record<string, unknown>;

export const resources = {
  en: { translation: { ...en, ...featureCatalogue('en') } },
  fi: { translation: { ...fi, ...featureCatalogue('fi') } },
  sv: { translation: { ...sv, ...featureCatalogue('sv') } },
} as const;

export { isUiLanguage, pickLanguage } from '../../../shared/schemas/app';

/** One i18next instance per app (tests make their own). */
export function createI18n(language: UiLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  const sync = (lng: string) => {
    document.documentElement.lang = lng;
  };
  sync(language);
  instance.on('languageChanged', sync);
  return instance;
}
