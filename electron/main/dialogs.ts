// Native Open/Save dialogs per purpose (plans, spreadsheets, PDF, PNG, SVG) for the core's
// `host.pickPath` channel and for File → Export PDF. Each purpose has its own filter and
// extension, and opens in the folder last used for it. Overwrite confirmation is the OS's own
// (and ours when the extension is added); the chosen file is granted to exports (save-grants.ts).
import fs from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Handler } from '../core/handlers/types';
import type { FolderPurpose, OpenPurpose, SavePurpose } from '../../shared/schemas/files';
import type { Translate } from './labels';
import { PLAN_EXTENSION } from './plan-files';
import type { SaveGrants } from './save-grants';

export interface SaveSpec {
  filters: FileFilter[];
  /** Appended when the chosen name lacks it (GTK and some Windows set-ups do not add it). */
  extension: string;
  folder: FolderPurpose;
  titleKey: string;
  /** The file name offered when the caller suggests none. */
  fallbackName: string;
}

export interface OpenSpec {
  filters: FileFilter[];
  folder: FolderPurpose;
  titleKey: string;
}

const filter = (t: Translate, key: string, fallback: string, extensions: string[]): FileFilter => ({
  name: t(`fileDialog.filter.${key}`) ?? fallback,
  extensions,
});

/** What the Save dialog offers for each purpose. Only 'plan' ever offers the plan extension. */
export function saveSpec(purpose: SavePurpose, t: Translate): SaveSpec {
  switch (purpose) {
    case 'plan':
      return { filters: [filter(t, 'plan', 'S3 Planner plans', [PLAN_EXTENSION.slice(1)])], extension: PLAN_EXTENSION, folder: 'plan', titleKey: 'fileDialog.title.savePlan', fallbackName: 'plan' };
    case 'csv':
      return { filters: [filter(t, 'csv', 'CSV files', ['csv'])], extension: '.csv', folder: 'spreadsheet', titleKey: 'fileDialog.title.saveCsv', fallbackName: 'export' };
    case 'xlsx':
      return { filters: [filter(t, 'xlsx', 'Excel workbooks', ['xlsx'])], extension: '.xlsx', folder: 'spreadsheet', titleKey: 'fileDialog.title.saveXlsx', fallbackName: 'export' };
    case 'pdf':
      return { filters: [filter(t, 'pdf', 'PDF documents', ['pdf'])], extension: '.pdf', folder: 'pdf', titleKey: 'fileDialog.title.savePdf', fallbackName: 'report' };
    case 'png':
      return { filters: [filter(t, 'png', 'PNG images', ['png'])], extension: '.png', folder: 'png', titleKey: 'fileDialog.title.savePng', fallbackName: 'chart' };
    case 'svg':
      return { filters: [filter(t, 'svg', 'SVG images', ['svg'])], extension: '.svg', folder: 'svg', titleKey: 'fileDialog.title.saveSvg', fallbackName: 'chart' };
  }
}

/** What the Open dialog offers: a plan, or a spreadsheet to import (CSV and XLSX, together or alone). */
export function openSpec(purpose: OpenPurpose, t: Translate): OpenSpec {
  if (purpose === 'plan') return { filters: [filter(t, 'plan', 'S3 Planner plans', [PLAN_EXTENSION.slice(1)])], folder: 'plan', titleKey: 'fileDialog.title.openPlan' };
  return {
    filters: [filter(t, 'spreadsheet', 'Spreadsheets (CSV, Excel)', ['csv', 'xlsx']), filter(t, 'csv', 'CSV files', ['csv']), filter(t, 'xlsx', 'Excel workbooks', ['xlsx'])],
    folder: 'spreadsheet',
    titleKey: 'fileDialog.title.openSpreadsheet',
  };
}

/** A file name without characters file systems refuse, or '' when nothing printable is left. */
export function safeFileName(name: string): string {
  const printable = [...path.basename(name.replaceAll('\\', '/'))].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  return printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
}

/** `file` ending in `extension`: a name typed with another one ("chart.s3plan") gets it added. */
export function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(extension) ? file : file + extension;
}

/** The file name the dialog suggests: the caller's name (folder dropped) with the purpose's extension. */
export function suggestedFileName(spec: SaveSpec, suggestedName: string | undefined): string {
  const base = safeFileName(suggestedName ?? '');
  // "Kymenlaakso.s3plan" suggested for a PDF becomes "Kymenlaakso.pdf", never "….s3plan.pdf".
  const stem = spec.extension !== PLAN_EXTENSION && base.toLowerCase().endsWith(PLAN_EXTENSION) ? base.slice(0, -PLAN_EXTENSION.length) : base;
  return withExtension(stem || spec.fallbackName, spec.extension);
}

/** The folders last used per purpose (app state in the user-data folder). */
export interface FolderMemory {
  get(purpose: FolderPurpose): string | undefined;
  remember(purpose: FolderPurpose, file: string): void;
}

export interface DialogOptions {
  window: () => BrowserWindow | null;
  /** Where a purpose without a remembered folder starts: the user's documents. */
  documentsDir: string;
  /** The current UI language's messages (it may change between calls). */
  t: () => Translate;
  folders: FolderMemory;
  /** Files the user chose to save to: an export may replace only those (./save-grants.ts). */
  grants?: SaveGrants;
}

const folderFor = (options: DialogOptions, purpose: FolderPurpose) => options.folders.get(purpose) ?? options.documentsDir;

/** The native Save dialog for a purpose; the chosen path with its extension, or null if cancelled. */
export async function showSave(options: DialogOptions, purpose: SavePurpose, suggestedName?: string): Promise<string | null> {
  const t = options.t();
  const spec = saveSpec(purpose, t);
  const title = t(spec.titleKey);
  const props: SaveDialogOptions = {
    ...(title ? { title } : {}),
    filters: spec.filters,
    defaultPath: path.join(folderFor(options, spec.folder), suggestedFileName(spec, suggestedName)),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const parent = options.window();
  const r = parent ? await dialog.showSaveDialog(parent, props) : await dialog.showSaveDialog(props);
  if (r.canceled || !r.filePath) return null;
  const file = withExtension(r.filePath, spec.extension);
  // The dialog asked about the name typed; with the extension added it may name another file
  // that exists: ask about that one too (the OS's question did not cover it).
  if (file !== r.filePath && fs.existsSync(file) && !(await confirmReplace(options, file))) return null;
  options.folders.remember(spec.folder, file);
  options.grants?.grant(file);
  return file;
}

/** The native question "Replace the file?", in the UI language (the in-app dialog's words). */
async function confirmReplace(options: DialogOptions, file: string): Promise<boolean> {
  const t = options.t();
  const name = path.basename(file);
  const props: MessageBoxOptions = {
    type: 'warning',
    title: t('overwrite.title') ?? 'Replace the file?',
    message: (t('overwrite.body') ?? '“{{file}}” already exists.').replace('{{file}}', name),
    buttons: [t('overwrite.confirm') ?? 'Replace', t('common.cancel') ?? 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
  const parent = options.window();
  const r = parent ? await dialog.showMessageBox(parent, props) : await dialog.showMessageBox(props);
  return r.response === 0;
}

/** The native Open dialog for a purpose; the chosen path, or null if cancelled. */
export async function showOpen(options: DialogOptions, purpose: OpenPurpose): Promise<string | null> {
  const t = options.t();
  const spec = openSpec(purpose, t);
  const title = t(spec.titleKey);
  const props: OpenDialogOptions = { ...(title ? { title } : {}), filters: spec.filters, defaultPath: folderFor(options, spec.folder), properties: ['openFile'] };
  const parent = options.window();
  const r = parent ? await dialog.showOpenDialog(parent, props) : await dialog.showOpenDialog(props);
  const file = r.canceled ? null : (r.filePaths[0] ?? null);
  if (file) options.folders.remember(spec.folder, file);
  return file;
}

export function pickPathHandler(options: DialogOptions): Handler<'host.pickPath'> {
  return async (_ctx, request) => {
    const file = request.mode === 'open' ? await showOpen(options, request.purpose) : await showSave(options, request.purpose, request.suggestedName);
    return { supported: true, path: file };
  };
}
