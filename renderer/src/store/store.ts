import { createStore as createZustandStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/api';
import type { PlanEvent } from '../../../shared/contract/channels';
import type { CommandId } from '../../../shared/shell/commands';
import { createSessionSlice } from './session';
import { createEditSlice } from './edit';
import { applyEvent, createQueryClient } from '../api/queries';
import type { QueryClient } from '@tanstack/react-query';
import type { AppStoreState } from './types';

export type AppStore = StoreApi<AppStoreState> & {
  /** What the renderer read from the plan, keyed by channel and input (see api/queries.ts). */
  queries: QueryClient;
  /** Applies a host event to the store (plan.opened / plan.changed / plan.closed). */
  handleEvent(event: PlanEvent): void;
  /** Starts listening to the host's events (one subscription for the app); returns the unsubscribe. */
  connect(): () => void;
  /** Menu commands chosen in the native menu (Electron) arrive as events; the UI runs them. */
  onCommand(listener: (id: CommandId, arg?: string) => void): () => void;
};

/**
 * The renderer's one store of UI state (session, history, alerts), made over an api so each
 * test gets a fresh one, beside the query cache that holds what was read from the plan.
 */
export function createStore(api: Api, queries: QueryClient = createQueryClient()): AppStore {
  const store = createZustandStore<AppStoreState>()((...a) => ({
    ...createSessionSlice(api)(...a),
    ...createEditSlice(api)(...a),
  }));

  const handleEvent = (event: PlanEvent) => {
    const s = store.getState();
    switch (event.name) {
      case 'plan.opened':
        if (s.planFile?.path !== event.path) {
          store.setState({ savedAt: null });
          void s.refreshPlan();
        }
        void s.refreshHistory();
        break;
      case 'plan.changed':
        // Exactly what read a written table refetches (once), and the history Edit → Undo names;
        // the plan's own row only when it was written (its title is in the window).
        applyEvent(queries, event);
        // Every change is written to the file at once: the shell says when it last was.
        store.setState({ savedAt: Date.now() });
        void s.refreshHistory();
        if (event.tables.includes('plan')) void s.refreshPlan();
        break;
      case 'plan.closed':
        applyEvent(queries, event);
        if (s.planFile) store.setState({ planFile: null, savedAt: null });
        break;
      case 'command':
        for (const l of commandListeners) l(event.id, event.arg);
        break;
      default:
        break;
    }
  };
  const commandListeners = new Set<(id: CommandId, arg?: string) => void>();

  return Object.assign(store, {
    queries,
    handleEvent,
    connect: () => api.onEvent(handleEvent),
    onCommand: (listener: (id: CommandId, arg?: string) => void) => {
      commandListeners.add(listener);
      return () => void commandListeners.delete(listener);
    },
  });
}
