// Native Open/Save dialogs for the core's `host.pickPath` channel (the browser host has none).
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Handler } from '../core/handlers/types';
import type { Translate } from './labels';
import { PLAN_EXTENSION, withPlanExtension } from './plan-files';

export interface PickPathOptions {
  window: () => BrowserWindow | null;
  documentsDir: string;
  /** The current UI language's messages (it may change between calls). */
  t: () => Translate;
}

export function pickPathHandler(options: PickPathOptions): Handler<'host.pickPath'> {
  return async (_ctx, { mode, suggestedName }) => {
    const t = options.t();
    const filters: FileFilter[] = [{ name: t('dialog.planFiles') ?? 'S3 Planner plans', extensions: [PLAN_EXTENSION.slice(1)] }];
    const parent = options.window();
    if (mode === 'open') {
      const title = t('path.openTitle');
      const props = { filters, defaultPath: options.documentsDir, properties: ['openFile' as const], ...(title ? { title } : {}) };
      const r = parent ? await dialog.showOpenDialog(parent, props) : await dialog.showOpenDialog(props);
      return { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
    }
    // A suggested name is only a file name; the folder is the user's choice.
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
