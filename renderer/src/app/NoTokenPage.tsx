import { useTranslation } from 'react-i18next';
import '../errors/error-page.css';

/**
 * The browser host opened without its per-start token (a new tab, a bookmark, a restart):
 * a short page on how to get in, instead of a blank one.
 */
export function NoTokenPage() {
  const { t } = useTranslation();
  return (
    <main className="no-token">
      <h1>{t('browserHost.noToken.title')}</h1>
      <p>{t('browserHost.noToken.body')}</p>
      <p>{t('browserHost.noToken.how')}</p>
    </main>
  );
}
