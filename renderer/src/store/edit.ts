import type { StateCreator } from 'zustand/vanilla';
import type { Api } from '../api/api';
import type { ChannelName, Input, Result } from '../../../shared/contract/channels';
import type { Reply } from '../../../shared/contract/errors';
import type { AppStoreState, EditSlice } from './types';

/**
 * Commands on the open plan from every editor, and undo/redo. Nothing is refetched here: the
 * host's plan.changed names the tables a change wrote, and the query cache refetches exactly
 * what read them (store.ts), for this window's changes and everyone else's alike.
 */
export const createEditSlice =
  (api: Api): StateCreator<AppStoreState, [], [], EditSlice> =>
  (set, get) => {
    // Undo/redo presses queue up: each waits for the one before, so ten presses are ten steps.
    let queue: Promise<unknown> = Promise.resolve();
    const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
      const next = queue.then(job, job);
      queue = next.catch(() => undefined);
      return next;
    };

    /** Undo or redo: a refusal is shown, and the history refetched (a refused step leaves it). */
    const move = (channel: 'history.undo' | 'history.redo' | 'history.undoStep' | 'history.redoStep', input: { stepId?: number }) =>
      enqueue(async () => {
        // The step taken, named as the menu names it; a step chosen by id is named when it is the next one.
        const before = get().history;
        const undo = channel === 'history.undo' || channel === 'history.undoStep';
        const next = undo ? before?.undoStep : before?.redoStep;
        const label = input.stepId === undefined || input.stepId === next ? (undo ? before?.undo : before?.redo) : null;
        const reply = await api.call(channel, input as never);
        if (reply.ok) {
          set({ history: reply.value });
          get().notify(undo ? 'feedback.undone' : 'feedback.redone', undefined, { step: label ?? 'other' });
        } else {
          get().showAlert(reply.error);
          await get().refreshHistory();
        }
        return reply;
      });

    return {
      history: null,
      savedAt: null,

      refreshHistory: async () => {
        if (!get().planFile) {
          set({ history: null });
          return;
        }
        const reply = await api.call('history.state', {});
        if (reply.ok) set({ history: reply.value });
      },


      command: <C extends ChannelName>(channel: C, input: Input<C>): Promise<Reply<Result<C>>> => api.call(channel, input),

      query: <C extends ChannelName>(channel: C, input: Input<C>): Promise<Reply<Result<C>>> => api.call(channel, input),

      undo: () => move('history.undo', {}),
      redo: () => move('history.redo', {}),
      undoStep: (stepId) => move('history.undoStep', { stepId }),
      redoStep: (stepId) => move('history.redoStep', { stepId }),
    };
  };
