import { createStore as createZustandStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import type { PlanEvent } from '../../../shared/contract/channels';
import type { CommandId } from '../../../shared/shell/commands';
import { createSessionSlice } from './session';
import { createListsSlice } from './lists';
import { createSectorsSlice } from './sectors';
import { createEditSlice } from './edit';
import type { AppStoreState } from './types';

export type AppStore = StoreApi<AppStoreState> & {
  /** Applies a host event to the store (plan.opened / plan.changed / plan.closed). */
  handleEvent(event: PlanEvent): void;
  /** Starts listening to the host's events (one subscription for the app); returns the unsubscribe. */
  connect(): () => void;
  /** Menu commands chosen in the native menu (Electron) arrive as events; the UI runs them. */
  onCommand(listener: (id: CommandId, arg?: string) => void): () => void;
};

/** The renderer's one store, made over an api so each test gets a fresh one. */
export function createStore(api: Api): AppStore {
  const store = createZustandStore<AppStoreState>()((...a) => ({
    ...createSessionSlice(api)(...a),
    ...createListsSlice(api)(...a),
    ...createSectorsSlice(api)(...a),
    ...createEditSlice(api)(...a),
  }));

  const handleEvent = (event: PlanEvent) => {
    const s = store.getState();
    switch (event.name) {
      case 'plan.opened':
        if (s.planFile?.path !== event.path) void s.refreshPlan();
        void s.refreshHistory();
        break;
      case 'plan.changed':
        void s.planChanged();
        break;
      case 'plan.closed':
        if (s.planFile) {
          store.setState({ planFile: null });
          s.resetLists(false);
        }
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
    handleEvent,
    connect: () => api.onEvent(handleEvent),
    onCommand: (listener: (id: CommandId, arg?: string) => void) => {
      commandListeners.add(listener);
      return () => void commandListeners.delete(listener);
    },
  });
}
