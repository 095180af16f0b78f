import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../shared/schemas/app';
import { useAppStore } from '../store/context';
import { switchLanguage } from '../i18n/i18n';
import './language-switch.css';

/** English / Suomi, each named in its own language; the choice is saved with app.setLanguage. */
export function useSetLanguage() {
  const { i18n } = useTranslation();
  const save = useAppStore((s) => s.setLanguage);
  return (language: UiLanguage) => {
    void switchLanguage(i18n, language);
    void save(language);
  };
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useSetLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('languages.label')}>
      {uiLanguages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="segmented__button"
          aria-pressed={i18n.language === lng}
          onClick={() => setLanguage(lng)}
        >
          {t(`languages.${lng}`)}
        </button>
      ))}
    </div>
  );
}
