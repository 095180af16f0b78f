import { useSyncExternalStore } from 'react';

export const screens = ['dashboard', 'sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops', 'settings'] as const;
export type ScreenId = (typeof screens)[number];

export interface Route {
  screen: ScreenId;
  params: URLSearchParams;
}

/** "#/actions?status=late" → { screen: 'actions', params: status=late }. Unknown → dashboard. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?');
  const screen = (screens as readonly string[]).includes(path) ? (path as ScreenId) : 'dashboard';
  return { screen, params: new URLSearchParams(query) };
}

export function href(screen: ScreenId, params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return `#/${screen}${q ? `?${q}` : ''}`;
}

export function navigate(screen: ScreenId, params?: Record<string, string>) {
  location.hash = href(screen, params);
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
