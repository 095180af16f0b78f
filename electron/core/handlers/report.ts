import type { Handlers } from './types';

/**
 * The PDF export is a host service: Electron replaces this with printToPDF of a hidden window
 * (electron/main/report.ts). The browser host has none: the renderer prints in a new tab.
 */
export const reportHandlers = {
  'report.exportPdf': () => ({ supported: false, path: null, pages: null }),
} satisfies Handlers<'report.exportPdf'>;
