import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApi, detectTransport } from './api/client';
import { createStore } from './store/store';
import { ServicesProvider } from './store/context';
import { createI18n, pickLanguage } from './i18n/i18n';
import { clearTokenFromHash } from './app/router';
import { applyZoom } from './app/zoom';
import { App } from './app/App';

async function boot() {
  const api = createApi(detectTransport());
  clearTokenFromHash();
  applyZoom();

  const store = createStore(api);
  store.connect();

  // Language first (so nothing flashes in the wrong one), then the plan.
  const state = await api.call('app.state', {});
  if (state.ok) store.setState({ appState: state.value });
  const language = pickLanguage(state.ok ? state.value.language : null, navigator.languages ?? [navigator.language]);
  const i18n = createI18n(language);

  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider api={api} store={store}>
          <App />
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );

  // Opens the last plan, or on first start the example plan.
  await store.getState().start();
}

void boot();
