import { useSyncExternalStore } from 'react';

export const screens = ['dashboard', 'sectors', 'stakeholders', 'engagement', 'networks', 'actions', 'indicators', 'workshops', 'assessment', 'settings', 'report', 'present', 'import', 'merge'] as const;
export type ScreenId = (typeof screens)[number];

export interface Route {
  screen: ScreenId;
  /** The selected item ("#/stakeholders/<id>"), 'new' for the add form, or null. */
  id: string | null;
  params: URLSearchParams;
}

/** "#/actions/<id>?status=late" → { screen: 'actions', id, params: status=late }. Unknown → dashboard. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?');
  const [first = '', second = ''] = path.split('/');
  const screen = (screens as readonly string[]).includes(first) ? (first as ScreenId) : 'dashboard';
  const id = second ? decodeURIComponent(second) : null;
  return { screen, id, params: new URLSearchParams(query) };
}

type Params = Record<string, string> | URLSearchParams;

export function href(screen: ScreenId, params?: Params, id?: string | null): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}${q ? `?${q}` : ''}`;
}

export function navigate(screen: ScreenId, params?: Params, id?: string | null) {
  location.hash = href(screen, params, id);
}

/** Replaces the hash without a history entry (filters and search typing). */
export function replaceRoute(screen: ScreenId, params?: Params, id?: string | null) {
  const next = href(screen, params, id);
  if (location.hash === next) return;
  history.replaceState(null, '', `${location.pathname}${location.search}${next}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current hash route; reload keeps the screen. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  // URLSearchParams is cheap; parse on each render of the caller.
  return parseHash(hash);
}

/** The browser host passes its token in the fragment; once read, replace it with a route. */
export function clearTokenFromHash() {
  if (location.hash.includes('token=')) history.replaceState(null, '', `${location.pathname}${location.search}#/dashboard`);
}
