import { describe, expect, it } from 'vitest';
import { appCommands, type AppCommand } from '../../shared/shell/commands';
import { acceleratorFor, browserReservedAccelerators, matchesAccelerator } from '../../renderer/src/commands/accelerators';

const commands = appCommands as readonly AppCommand[];
const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code?: string) => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods, ...(code ? { code } : {}),
});

describe('shortcuts per host', () => {
  it('in a browser tab no in-page shortcut is one the browser keeps (new window, close tab, print, reload…)', () => {
    for (const c of commands) {
      const a = acceleratorFor(c, 'browser');
      if (a) expect(browserReservedAccelerators, c.id).not.toContain(a);
    }
  });

  it('the desktop app keeps the usual ones in its native menu', () => {
    const byId = (id: string) => commands.find((c) => c.id === id)!;
    expect(acceleratorFor(byId('file.exportPdf'), 'electron')).toBe('CmdOrCtrl+P');
    expect(acceleratorFor(byId('file.exportPdf'), 'browser')).toBe('Alt+Shift+P');
    expect(acceleratorFor(byId('file.open'), 'browser')).toBe('CmdOrCtrl+O');
  });

  it('Alt+Shift+letter matches by physical key too (Option changes the character on a Mac)', () => {
    expect(matchesAccelerator(key('P', { altKey: true, shiftKey: true }), 'Alt+Shift+P', false)).toBe(true);
    expect(matchesAccelerator(key('∏', { altKey: true, shiftKey: true }, 'KeyP'), 'Alt+Shift+P', true)).toBe(true);
    expect(matchesAccelerator(key('p', { ctrlKey: true }), 'Alt+Shift+P', false)).toBe(false);
    expect(matchesAccelerator(key('∏', { altKey: true }, 'KeyP'), 'Alt+Shift+P', true)).toBe(false);
  });
});
