import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import sv from '../../resources/locales/sv.json';
import { pickLanguage } from '../../electron/main/labels';
import { menuTemplate } from '../../electron/main/menu';
import { appCommands, menus } from '../../shared/shell/commands';

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu as Item[]) : [])]);
const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
const click = (item: Item) => (item.click as () => void)();

describe.each([
  ['en', en],
  ['fi', fi],
] as const)('native menu in %s', (_lang, messages) => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has every command with its accelerator and translated label (${platform})`, () => {
      const items = flatten(menuTemplate(appCommands, messages, [], platform));
      for (const cmd of appCommands) {
        const item = items.find((i) => i.id === cmd.id);
        expect(item, cmd.id).toBeDefined();
        const label = lookup(messages, `menu.${cmd.id}`);
        expect(typeof label === 'string' && label.length > 0, `menu.${cmd.id} in locale`).toBe(true);
        expect(item!.label).toBe(label);
        expect(item!.accelerator).toBe('accelerator' in cmd ? cmd.accelerator : undefined);
      }
    });
  }

  it('labels each top-level menu from menu.<name>._', () => {
    const template = menuTemplate(appCommands, messages, [], 'linux');
    expect(template.map((m) => m.id)).toEqual(menus);
    for (const m of template) expect(m.label).toBe(lookup(messages, `menu.${m.id}._`));
  });
});

describe('menu behaviour', () => {
  it('names the step Edit → Undo would undo, in both languages, and disables an empty history', () => {
    const history = { undo: 'sector.rename', redo: null, undoDepth: 3, redoDepth: 0, undoStep: 1, redoStep: null };
    for (const messages of [en, fi]) {
      const items = flatten(menuTemplate(appCommands, messages, [], 'linux', { history }));
      const undo = items.find((i) => i.id === 'edit.undo')!;
      const step = lookup(messages, 'step.sector.rename') as string;
      expect(undo).toMatchObject({ enabled: true, label: (lookup(messages, 'menu.edit.undoStep') as string).replace('{{step}}', step) });
      expect(items.find((i) => i.id === 'edit.redo')).toMatchObject({ enabled: false });
    }
    const none = flatten(menuTemplate(appCommands, en, [], 'linux', { history: null }));
    expect(none.find((i) => i.id === 'edit.undo')).toMatchObject({ enabled: false, label: en.menu.edit.undo });
  });

  it('sends the command to the renderer on click', () => {
    const send = vi.fn();
    const items = flatten(menuTemplate(appCommands, en, [], 'linux', { send }));
    click(items.find((i) => i.id === 'file.new')!);
    expect(send).toHaveBeenCalledWith({ name: 'command', id: 'file.new' });
  });

  it('lists recent files under Open Recent with the path as arg', () => {
    const send = vi.fn();
    const recent = ['/home/u/Region.s3plan', '/home/u/R&D.s3plan'];
    const items = flatten(menuTemplate(appCommands, en, recent, 'linux', { send }));
    const openRecent = items.find((i) => i.id === 'file.openRecent')!;
    const sub = openRecent.submenu as Item[];
    expect(openRecent.enabled).toBe(true);
    expect(sub.map((i) => i.label)).toEqual(['/home/u/Region.s3plan', '/home/u/R&&D.s3plan']);
    click(sub[1]!);
    expect(send).toHaveBeenCalledWith({ name: 'command', id: 'file.openRecent', arg: '/home/u/R&D.s3plan' });
    const empty = flatten(menuTemplate(appCommands, en, [], 'linux')).find((i) => i.id === 'file.openRecent')!;
    expect(empty.enabled).toBe(false);
  });

  it('adds the native clipboard roles after undo/redo in Edit', () => {
    const edit = menuTemplate(appCommands, en, [], 'linux').find((m) => m.id === 'edit')!;
    const ids = (edit.submenu as Item[]).map((i) => i.id ?? i.role ?? i.type);
    expect(ids).toEqual(['edit.undo', 'edit.redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('reaches Versions from View, in every language, sending its command (issue 21)', () => {
    const send = vi.fn();
    const view = menuTemplate(appCommands, fi, [], 'linux', { send }).find((m) => m.id === 'view')!;
    const versions = (view.submenu as Item[]).find((i) => i.id === 'view.versions')!;
    expect(versions.label).toBe('Versiot');
    expect(sv.menu.view.versions).toBe('Versioner');
    expect(en.menu.view.versions).toBe('Versions');
    click(versions);
    expect(send).toHaveBeenCalledWith({ name: 'command', id: 'view.versions' });
  });

  it('has a macOS app menu, and Quit in File elsewhere', () => {
    const mac = menuTemplate(appCommands, en, [], 'darwin', { appName: 'S3 Planner' });
    expect(mac[0]!.label).toBe('S3 Planner');
    expect((mac[0]!.submenu as Item[]).map((i) => i.role ?? i.id).filter(Boolean)).toContain('quit');
    expect(mac.some((m) => m.role === 'windowMenu')).toBe(true);
    const linuxFile = menuTemplate(appCommands, en, [], 'linux')[0]!;
    expect((linuxFile.submenu as Item[]).at(-1)!.role).toBe('quit');
  });

  it('falls back to the id when a label is missing, and adds dev tools only in dev', () => {
    const items = flatten(menuTemplate(appCommands, {}, [], 'linux'));
    expect(items.find((i) => i.id === 'file.new')!.label).toBe('file.new');
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(menuTemplate(appCommands, en, [], 'linux', { dev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('picks the saved language, else the OS one we have, else English', () => {
    expect(pickLanguage('fi', ['en-US'])).toBe('fi');
    expect(pickLanguage('sv', ['fi-FI'])).toBe('sv');
    // A Finland-Swedish desktop gets the Swedish UI, a Finnish one the Finnish.
    expect(pickLanguage(null, ['sv-FI', 'fi-FI', 'en-GB'])).toBe('sv');
    expect(pickLanguage(null, ['fi-FI', 'sv-FI'])).toBe('fi');
    expect(pickLanguage(null, ['de-DE', 'sv_SE'])).toBe('sv');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
  });
});
