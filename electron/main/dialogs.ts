// Native Open/Save dialogs for the core's `host.pickPath` channel (the browser host has none).
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Handler } from '../core/handlers/types';

export const PLAN_EXTENSION = '.s3plan';

/** GTK and some Windows setups do not append the filter's extension to a typed name. */
export function withPlanExtension(file: string): string {
  return file.toLowerCase().endsWith(PLAN_EXTENSION) ? file : file + PLAN_EXTENSION;
}

export interface PickPathOptions {
  window: () => BrowserWindow | null;
  documentsDir: string;
  /** "S3 Planner plans" in the UI language. */
  filterName: () => string;
}

export function pickPathHandler(options: PickPathOptions): Handler<'host.pickPath'> {
  return async (_ctx, { mode, suggestedName }) => {
    const filters: FileFilter[] = [{ name: options.filterName(), extensions: [PLAN_EXTENSION.slice(1)] }];
    const parent = options.window();
    if (mode === 'open') {
      const props = { filters, defaultPath: options.documentsDir, properties: ['openFile' as const] };
      const r = parent ? await dialog.showOpenDialog(parent, props) : await dialog.showOpenDialog(props);
      return { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
    }
    // A suggested name is a file name, never a path the renderer picks for us.
    const name = suggestedName ? path.basename(suggestedName) : '';
    const props = {
      filters,
      defaultPath: path.join(options.documentsDir, withPlanExtension(name || 'plan')),
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const r = parent ? await dialog.showSaveDialog(parent, props) : await dialog.showSaveDialog(props);
    return { supported: true, path: r.canceled || !r.filePath ? null : withPlanExtension(r.filePath) };
  };
}
