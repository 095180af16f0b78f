import type { Handlers } from './types';

export const appHandlers = {
  'app.state': (ctx) => ctx.appState.get(),
  'app.setLanguage': (ctx, { language }) => ctx.appState.update({ language }),
  'app.remember': (ctx, { window, folders }) => ctx.appState.update({ ...(window ? { window } : {}), ...(folders ? { folders } : {}) }),
  // The reference is what the user sees and reports; the log keeps it with the stack.
  'app.logError': (ctx, { ref, source, message, stack }) => {
    ctx.log(`renderer error ${ref} (${source}): ${message}`, stack ? Object.assign(new Error(message), { stack }) : undefined);
    return { logged: true };
  },
} satisfies Handlers<'app.state' | 'app.setLanguage' | 'app.remember' | 'app.logError'>;
