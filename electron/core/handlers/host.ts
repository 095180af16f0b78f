import type { Handlers } from './types';

/** Defaults for host services; the Electron main process replaces them with native ones. */
export const hostHandlers = {
  'host.pickPath': () => ({ supported: false, path: null }),
} satisfies Handlers<'host.pickPath'>;
