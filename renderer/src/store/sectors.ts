import type { StateCreator } from 'zustand/vanilla';
import type { Api } from '../api/client';
import type { AppStoreState, SectorsSlice } from './types';

/** Sector commands. The list itself lives in the lists slice and refetches on plan.changed. */
export const createSectorsSlice =
  (api: Api): StateCreator<AppStoreState, [], [], SectorsSlice> =>
  (_set, get) => ({
    createSector: async (input) => {
      const reply = await api.call('sector.create', input);
      // The host also pushes plan.changed; reloading here keeps the UI right if the event is late.
      if (reply.ok) await get().ensure('sectors', true);
      return reply;
    },
  });
