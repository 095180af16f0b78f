import type { Handlers } from './types';

/** Undo and redo act on the calling window's own history (ctx.client). */
export const historyHandlers = {
  'history.state': (ctx) => ctx.history().state(ctx.client),
  'history.undo': (ctx) => {
    ctx.replayed = ctx.history().undo(ctx.client);
    return ctx.history().state(ctx.client);
  },
  'history.redo': (ctx) => {
    ctx.replayed = ctx.history().redo(ctx.client);
    return ctx.history().state(ctx.client);
  },
  'history.undoStep': (ctx, { stepId }) => {
    ctx.replayed = ctx.history().moveStep(ctx.client, 'undo', stepId);
    return ctx.history().state(ctx.client);
  },
  'history.redoStep': (ctx, { stepId }) => {
    ctx.replayed = ctx.history().moveStep(ctx.client, 'redo', stepId);
    return ctx.history().state(ctx.client);
  },
} satisfies Handlers<'history.state' | 'history.undo' | 'history.redo' | 'history.undoStep' | 'history.redoStep'>;
