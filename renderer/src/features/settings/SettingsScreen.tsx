import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../../../shared/schemas/app';
import { formatPercent } from '../../../../shared/domain/format';
import { useSetLanguage } from '../../app/LanguageSwitch';
import { useZoom, zoomBy } from '../../app/zoom';
import { PlanSettings } from './PlanSettings';
import { Versions } from '../versions/Versions';
import { focusVersions } from '../versions/focus';
import { useRoute } from '../../app/router';
import { useEffect } from 'react';
import './settings.css';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const setLanguage = useSetLanguage();
  const zoom = useZoom();
  // "#/settings/versions" (View → Versions): land on the Versions section.
  const section = useRoute().id;
  useEffect(() => {
    if (section === 'versions') focusVersions();
  }, [section]);
  return (
    <div className="screen screen--narrow">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{t('settings.title')}</h1>
        </div>
      </header>

      <PlanSettings />

      <Versions />

      <fieldset className="fieldset settings-group">
        <legend className="section-title">{t('settings.language')}</legend>
        <p className="field__hint" id="settings-language-hint">
          {t('settings.languageHint')}
        </p>
        <div className="radio-list" aria-describedby="settings-language-hint">
          {uiLanguages.map((lng) => (
            <label key={lng} className="radio" lang={lng}>
              <input type="radio" name="language" value={lng} checked={i18n.language === lng} onChange={() => setLanguage(lng)} />
              {t(`languages.${lng}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <section className="settings-group" aria-labelledby="settings-theme">
        <h2 className="section-title" id="settings-theme">
          {t('settings.theme')}
        </h2>
        <p>{t('settings.themeBody')}</p>
      </section>

      <section className="settings-group" aria-labelledby="settings-zoom">
        <h2 className="section-title" id="settings-zoom">
          {t('settings.zoom')}
        </h2>
        <p className="tabular">{t('settings.zoomBody', { percent: formatPercent(zoom, i18n.language) })}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => zoomBy(-1)}>
            {t('menu.view.zoomOut')}
          </button>
          <button type="button" className="button" onClick={() => zoomBy(1)}>
            {t('menu.view.zoomIn')}
          </button>
          <button type="button" className="button" onClick={() => zoomBy(0)} disabled={zoom === 1}>
            {t('settings.zoomReset')}
          </button>
        </div>
      </section>
    </div>
  );
}
