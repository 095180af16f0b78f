import type { Handlers } from './types';

export const historyHandlers = {
  'history.state': (ctx) => ctx.history().state(),
  'history.undo': (ctx) => {
    ctx.history().undo();
    return ctx.history().state();
  },
  'history.redo': (ctx) => {
    ctx.history().redo();
    return ctx.history().state();
  },
} satisfies Handlers<'history.state' | 'history.undo' | 'history.redo'>;
