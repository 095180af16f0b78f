import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contentLanguage, localize, textsById, type TextsById } from '../../../shared/domain/translate';
import { useChannel } from './use-queries';

const none: TextsById = new Map();

/**
 * The plan's texts in the UI's language, for the views that read the plan (Dashboard, slides):
 * empty when the UI speaks the plan's main language or one the plan does not have, so those
 * views show the main language's texts as they are.
 */
export function useContentTexts(): TextsById {
  const { i18n } = useTranslation();
  const plan = useChannel('plan.get', {});
  const languages = plan.data?.languages ?? [];
  const lang = languages.length ? contentLanguage(languages, i18n.language) : null;
  const translated = lang !== null && lang !== languages[0];
  const rows = useChannel('translation.list', { lang: lang ?? 'fi' }, { enabled: translated });
  return useMemo(() => (translated && rows.data && lang ? textsById(rows.data, lang) : none), [translated, rows.data, lang]);
}

/** `data` with the plan's texts in the UI's language where they are translated. */
export function useLocalized<T>(data: T): T {
  const texts = useContentTexts();
  return useMemo(() => localize(data, texts), [data, texts]);
}
