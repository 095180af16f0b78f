/**
 * The one command list behind both menus: Electron's native menu bar and the browser host's
 * in-page menu bar. Labels are i18n keys (`menu.<id>`); accelerators use Electron's syntax and
 * are translated to key events for the in-page menu.
 */
export type MenuName = 'file' | 'edit' | 'view' | 'help';

export interface AppCommand {
  id: string;
  menu: MenuName;
  accelerator?: string;
  /** Draw a separator above this item. */
  separator?: boolean;
  /** Only in the desktop app's native menu (the browser host has no log folder to show). */
  desktopOnly?: boolean;
  /**
   * The in-page shortcut in a browser tab, where the browser keeps `accelerator` for itself
   * (Ctrl+N a new window, Ctrl+W closes the tab, Ctrl+P prints the page, F5 reloads).
   */
  browserAccelerator?: string;
}

export const appCommands = [
  { id: 'file.new', menu: 'file', accelerator: 'CmdOrCtrl+N', browserAccelerator: 'Alt+Shift+N' },
  { id: 'file.open', menu: 'file', accelerator: 'CmdOrCtrl+O' },
  { id: 'file.openRecent', menu: 'file' },
  { id: 'file.saveAs', menu: 'file', accelerator: 'CmdOrCtrl+Shift+S', separator: true },
  { id: 'file.import', menu: 'file', accelerator: 'CmdOrCtrl+I', separator: true },
  { id: 'file.merge', menu: 'file' },
  { id: 'file.exportPdf', menu: 'file', accelerator: 'CmdOrCtrl+P', browserAccelerator: 'Alt+Shift+P' },
  { id: 'file.close', menu: 'file', accelerator: 'CmdOrCtrl+W', browserAccelerator: 'Alt+Shift+W' },
  { id: 'edit.undo', menu: 'edit', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', menu: 'edit', accelerator: 'CmdOrCtrl+Shift+Z' },
  { id: 'view.present', menu: 'view', accelerator: 'F5', browserAccelerator: 'Alt+Shift+F5' },
  { id: 'view.engagement', menu: 'view' },
  { id: 'view.versions', menu: 'view' },
  { id: 'view.zoomIn', menu: 'view', accelerator: 'CmdOrCtrl+=', separator: true },
  { id: 'view.zoomOut', menu: 'view', accelerator: 'CmdOrCtrl+-' },
  { id: 'view.zoomReset', menu: 'view', accelerator: 'CmdOrCtrl+0' },
  { id: 'help.shortcuts', menu: 'help', accelerator: 'F1' },
  { id: 'help.recreateExample', menu: 'help', separator: true },
  { id: 'help.showLog', menu: 'help', desktopOnly: true },
  { id: 'help.about', menu: 'help' },
] as const satisfies readonly AppCommand[];

export type CommandId = (typeof appCommands)[number]['id'];
export const menus: readonly MenuName[] = ['file', 'edit', 'view', 'help'];

/** Keys a browser keeps for itself (tabs, windows, printing, reloading, the address bar). */
export const browserReservedAccelerators: readonly string[] = [
  'CmdOrCtrl+N', 'CmdOrCtrl+Shift+N', 'CmdOrCtrl+T', 'CmdOrCtrl+Shift+T', 'CmdOrCtrl+W', 'CmdOrCtrl+Shift+W',
  'CmdOrCtrl+P', 'CmdOrCtrl+R', 'CmdOrCtrl+L', 'CmdOrCtrl+Q', 'CmdOrCtrl+Tab', 'F5', 'F6', 'F11', 'F12',
];

/** A command's shortcut where it runs: the browser host's in-page one avoids the browser's own keys. */
export function acceleratorFor(command: Pick<AppCommand, 'accelerator' | 'browserAccelerator'>, host: 'electron' | 'browser'): string | undefined {
  return host === 'browser' ? (command.browserAccelerator ?? command.accelerator) : command.accelerator;
}
