// The UI language's words load when first needed (renderer/src/i18n/i18n.ts): switching is
// asynchronous for a language not yet loaded, and the officer's last choice must win.
import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from '../../renderer/src/i18n/i18n';

describe('switching the UI language', () => {
  it('loads the words of the language chosen, and the last of two quick choices wins', async () => {
    const i18n = await createI18n('en', { app: false });
    expect(i18n.t('report.loading')).not.toBe('report.loading');
    // Finnish is not loaded yet; English is: the click on English comes second and must stay.
    const first = switchLanguage(i18n, 'fi');
    const second = switchLanguage(i18n, 'en');
    await Promise.all([first, second]);
    expect(i18n.language).toBe('en');
    await switchLanguage(i18n, 'fi');
    expect(i18n.language).toBe('fi');
    expect(i18n.t('languages.fi')).toBe('Suomi');
  });
});
