// File → Export PDF in Electron: the report route printed by Chromium in a hidden window.
// The window has the main window's secure webPreferences (windowOptions) and loads the app's
// own page at #/report?…; the report measures its own pages and is printed once (see
// shared/report/paging.ts), and written as every export is (writeFileAtomic): next to the
// chosen path first, flushed, then renamed over it, so a failed export never leaves half a PDF,
// and never over a plan.
import { BrowserWindow } from 'electron';
import type { Handler } from '../core/handlers/types';
import type { PlanEvent } from '../../shared/contract/channels';
import { showSave, type DialogOptions } from './dialogs';
import { writeFileAtomic } from '../core/export/write';
import { refusePlanTarget } from '../core/export/target';
import { windowOptions } from './window-options';
import { exportReport, MARGIN_MM, paperName, type Paper, type PrintDriver } from '../../shared/report/paging';

export interface ReportExportOptions {
  /** The native Save dialog's setting (purpose 'pdf': PDF filter, last PDF folder). */
  dialogs: DialogOptions;
  preloadPath: string;
  /** The app's page URL without a hash (dev server or app://). */
  pageUrl: () => string;
  send: (event: PlanEvent) => void;
  /** The open plan's path (the PDF never replaces it). */
  openPlan: () => string | null;
}

const inches = (mm: number) => mm / 25.4;

export function reportExportHandler(options: ReportExportOptions): Handler<'report.exportPdf'> {
  return async (_ctx, { query, suggestedName, paper }) => {
    const target = await showSave(options.dialogs, 'pdf', suggestedName);
    if (!target) return { supported: true, path: null, pages: null };
    // Before the slow printing: a plan chosen as the target is refused at once.
    refusePlanTarget(target, options.openPlan());

    const { pdf, pages } = await printReport(options, query, paper);
    options.send({ name: 'report.progress', step: 'write', done: 1, total: 1 });
    // The Save dialog asked before replacing a file; a plan is refused all the same.
    await writeFileAtomic(target, pdf, { overwrite: true, openPlan: options.openPlan() });
    return { supported: true, path: target, pages };
  };
}

/** Renders and prints the report in a hidden window; the main window stays responsive. */
async function printReport(options: ReportExportOptions, query: string, paper: Paper) {
  const base = windowOptions({ preloadPath: options.preloadPath, theme: 'light', saved: null, dev: false });
  // A page about as wide as the printed column; never shown, never focused.
  // Not throttled although hidden: the report waits for animation frames before it is ready.
  const hidden = new BrowserWindow({
    ...base,
    width: 900,
    height: 1200,
    show: false,
    paintWhenInitiallyHidden: true,
    webPreferences: { ...base.webPreferences, backgroundThrottling: false },
  });
  try {
    await hidden.loadURL(`${options.pageUrl()}#/report?${query}`);
    const wc = hidden.webContents;
    const driver: PrintDriver = {
      evaluate: (script) => wc.executeJavaScript(script, true),
      print: async () =>
        wc.printToPDF({
          pageSize: paperName(paper),
          margins: { top: inches(MARGIN_MM), bottom: inches(MARGIN_MM), left: inches(MARGIN_MM), right: inches(MARGIN_MM) },
          printBackground: true,
          // The running header and footer are the page's own CSS margin boxes (report.css).
          displayHeaderFooter: false,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        }),
      progress: (step, done, total) => options.send({ name: 'report.progress', step, done, total }),
    };
    return await exportReport(driver);
  } finally {
    hidden.destroy();
  }
}
