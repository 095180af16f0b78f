// The native menu bar from shared/shell/commands.ts, the same list the in-page menu uses.
// Pure: a click only calls `send`; index.ts builds the Menu and delivers the event.
import type { MenuItemConstructorOptions } from 'electron';
import type { PlanEvent } from '../../shared/contract/channels';
import type { HistoryState } from '../../shared/schemas/history';
import { menus, type AppCommand, type CommandId, type MenuName } from '../../shared/shell/commands';
import { translator, type Messages, type Translate } from './labels';

export type CommandEvent = Extract<PlanEvent, { name: 'command' }>;

export interface MenuOptions {
  send?: (event: CommandEvent) => void;
  appName?: string;
  /** Unpackaged: adds Reload and DevTools to View. */
  dev?: boolean;
  /** The open plan's undo history: Edit → Undo names the step ("Undo rename sector"). */
  history?: HistoryState | null;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** On Windows and Linux '&' marks a mnemonic; a path like "R&D.s3plan" must show its '&'. */
const literal = (text: string, platform: NodeJS.Platform) => (platform === 'darwin' ? text : text.replaceAll('&', '&&'));

export function menuTemplate(
  commands: readonly AppCommand[],
  labels: Messages,
  recentFiles: readonly string[],
  platform: NodeJS.Platform,
  options: MenuOptions = {},
): Item[] {
  const t: Translate = translator(labels);
  const send = options.send ?? (() => {});
  const mac = platform === 'darwin';
  // Roles keep Electron's own label unless the locale provides one.
  const role = (r: NonNullable<Item['role']>, key: string): Item => {
    const label = t(key);
    return label ? { role: r, label } : { role: r };
  };

  const commandItem = (cmd: AppCommand): Item => {
    const id = cmd.id as CommandId;
    const label = t(`menu.${id}`) ?? id;
    if (id === 'file.openRecent') {
      return {
        id,
        label,
        enabled: recentFiles.length > 0,
        submenu: recentFiles.map((file) => ({
          label: literal(file, platform),
          click: () => send({ name: 'command', id, arg: file }),
        })),
      };
    }
    const base = { id, label, ...(cmd.accelerator ? { accelerator: cmd.accelerator } : {}), click: () => send({ name: 'command', id }) };
    if (id === 'edit.undo' || id === 'edit.redo') return { ...base, ...historyItem(id) };
    return base;
  };

  /** "Undo rename sector", disabled when there is nothing to undo (the same words as the in-page menu). */
  const historyItem = (id: 'edit.undo' | 'edit.redo'): Partial<Item> => {
    const h = options.history;
    if (!h) return { enabled: false };
    const step = id === 'edit.undo' ? h.undo : h.redo;
    if (!step) return { enabled: false };
    const stepName = t(`step.${step}`) ?? t('step.other');
    const template = t(id === 'edit.undo' ? 'menu.edit.undoStep' : 'menu.edit.redoStep');
    return { enabled: true, ...(stepName && template ? { label: template.replace(/\{\{\s*step\s*\}\}/, stepName) } : {}) };
  };

  const itemsOf = (menu: MenuName): Item[] => {
    const items: Item[] = [];
    for (const cmd of commands) {
      if (cmd.menu !== menu || (mac && cmd.id === 'help.about')) continue;
      if (cmd.separator && items.length > 0) items.push(separator);
      items.push(commandItem(cmd));
    }
    if (menu === 'file' && !mac) items.push(separator, role('quit', 'menu.file.quit'));
    if (menu === 'edit') {
      // Text-field clipboard needs native roles; undo/redo above are the plan's (core) history.
      items.push(
        separator,
        role('cut', 'menu.edit.cut'),
        role('copy', 'menu.edit.copy'),
        role('paste', 'menu.edit.paste'),
        role('selectAll', 'menu.edit.selectAll'),
      );
    }
    if (menu === 'view' && options.dev) items.push(separator, { role: 'reload' }, { role: 'toggleDevTools' });
    return items;
  };

  const template: Item[] = [];
  if (mac) {
    const about = commands.find((c) => c.id === 'help.about');
    template.push({
      label: options.appName ?? 'S3 Planner',
      submenu: [
        ...(about ? [commandItem(about), separator] : []),
        role('services', 'menu.app.services'),
        separator,
        role('hide', 'menu.app.hide'),
        role('hideOthers', 'menu.app.hideOthers'),
        role('unhide', 'menu.app.unhide'),
        separator,
        role('quit', 'menu.app.quit'),
      ],
    });
  }
  for (const menu of menus) {
    template.push({ id: menu, label: t(`menu.${menu}._`) ?? menu, submenu: itemsOf(menu) });
    if (mac && menu === 'view') template.push(role('windowMenu', 'menu.window._'));
  }
  return template;
}
