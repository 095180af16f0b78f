import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createApi, detectTransport } from './api/client';
import { createStore } from './store/store';
import { ServicesProvider } from './store/context';
import { createI18n, loadCatalogue, pickLanguage } from './i18n/i18n';
import type { UiLanguage } from '../../shared/schemas/app';
import { clearTokenFromHash } from './app/router';
import { applyZoom } from './app/zoom';
import { App } from './app/App';
import { NoTokenPage } from './app/NoTokenPage';
import { catchUnhandled } from './errors/ErrorBoundary';
import { preloadDateInput } from './components/DateInput';

/** The app's words, with the document's language following the UI's (screen readers, hyphenation). */
async function appI18n(language: UiLanguage) {
  const i18n = await createI18n(language);
  const sync = (lng: string) => {
    document.documentElement.lang = lng;
  };
  sync(language);
  i18n.on('languageChanged', sync);
  return i18n;
}

async function boot() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  const transport = detectTransport();
  clearTokenFromHash();
  applyZoom();
  const systemLanguages = navigator.languages ?? [navigator.language];
  // The system's language's words start loading while the app's state is asked for: it is
  // usually the language the app was left in.
  void loadCatalogue(pickLanguage(null, systemLanguages));
  const refused = async () => {
    const i18n = await appI18n(pickLanguage(null, systemLanguages));
    createRoot(root).render(
      <I18nextProvider i18n={i18n}>
        <NoTokenPage />
      </I18nextProvider>,
    );
  };
  if (!transport) return refused();
  const api = createApi(transport);

  // Language first (so nothing flashes in the wrong one), then the plan.
  const state = await api.call('app.state', {});
  // A token from an earlier start of the browser host: the host no longer knows it.
  if (!state.ok && state.error.kind === 'internal' && state.error.ref === 'http-401') return refused();

  const store = createStore(api);
  store.connect();
  catchUnhandled(api, (ref) => store.getState().showAlert({ kind: 'internal', ref }));
  if (state.ok) store.setState({ appState: state.value });
  const language = pickLanguage(state.ok ? state.value.language : null, systemLanguages);
  const i18n = await appI18n(language);

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={store.queries}>
          <ServicesProvider api={api} store={store}>
            <App />
          </ServicesProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );

  // Opens the last plan, or on first start the example plan.
  await store.getState().start();
  // The date field's own chunk, once the first screen is up, before a form asks for it.
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => preloadDateInput());
}

void boot();
