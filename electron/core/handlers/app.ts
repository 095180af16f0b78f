import type { Handlers } from './types';

export const appHandlers = {
  'app.state': (ctx) => ctx.appState.get(),
  'app.setLanguage': (ctx, { language }) => ctx.appState.update({ language }),
} satisfies Handlers<'app.state' | 'app.setLanguage'>;
