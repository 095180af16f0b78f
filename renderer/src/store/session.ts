import type { StateCreator } from 'zustand/vanilla';
import type { Api } from '../api/api';
import type { Reply } from '../../../shared/contract/errors';
import type { PlanFile } from '../../../shared/schemas/plan';
import type { AppStoreState, SessionSlice } from './types';

export const createSessionSlice =
  (api: Api): StateCreator<AppStoreState, [], [], SessionSlice> =>
  (set, get) => {
    let noticeId = 0;

    /** After any session call: take the plan it opened (queries are keyed by its path), refresh recents. */
    async function adopt(reply: Reply<PlanFile>): Promise<Reply<PlanFile>> {
      if (reply.ok) {
        set({ planFile: reply.value, alert: null });
        void get().refreshHistory();
        void get().refreshAppState();
      }
      return reply;
    }

    return {
      status: 'starting',
      appState: null,
      planFile: null,
      alert: null,
      notice: null,

      start: async () => {
        const reply = await api.call('plan.resume', {});
        if (reply.ok) set({ planFile: reply.value });
        else set({ alert: reply.error });
        set({ status: 'ready' });
        void get().refreshHistory();
        void get().refreshAppState();
      },

      refreshAppState: async () => {
        const reply = await api.call('app.state', {});
        if (reply.ok) set({ appState: reply.value });
      },

      refreshPlan: async () => {
        const reply = await api.call('plan.current', {});
        if (!reply.ok) return;
        set({ planFile: reply.value });
      },

      openPlan: async (path, readOnly = false) => adopt(await api.call('plan.open', { path, readOnly })),
      openCopy: async (path, target, overwrite) => adopt(await api.call('plan.openCopy', { path, target, overwrite })),
      createPlan: async (path, fields) => adopt(await api.call('plan.create', { path, fields })),
      openExample: async (recreate) => adopt(await api.call('plan.openExample', { recreate })),
      saveAs: async (path, overwrite) => adopt(await api.call('plan.saveAs', { path, overwrite })),

      closePlan: async () => {
        const reply = await api.call('plan.close', {});
        if (reply.ok) set({ planFile: null, history: null });
        return reply;
      },

      setLanguage: async (language) => {
        const reply = await api.call('app.setLanguage', { language });
        if (reply.ok) set({ appState: reply.value });
      },

      showAlert: (alert) => set({ alert }),
      notify: (text, values, options) => set({ notice: { id: ++noticeId, text, ...(values ? { values } : {}), ...(options?.undoStep ? { undoStep: options.undoStep } : {}), ...(options?.step ? { step: options.step } : {}) } }),
      clearNotice: (id) => set((s) => (s.notice?.id === id ? { notice: null } : {})),
    };
  };
