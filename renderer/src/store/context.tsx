import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Api } from '../api/api';
import type { AppStore } from './store';
import type { AppStoreState } from './types';

interface Services {
  api: Api;
  store: AppStore;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ api, store, children }: Services & { children: ReactNode }) {
  return <ServicesContext.Provider value={{ api, store }}>{children}</ServicesContext.Provider>;
}

function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesProvider is missing');
  return services;
}

export const useApi = (): Api => useServices().api;
export const useAppStoreApi = (): AppStore => useServices().store;

/** Select plain data (or an action) from the store; re-renders only when the selection changes. */
export function useAppStore<T>(selector: (state: AppStoreState) => T): T {
  return useStore(useServices().store, selector);
}
