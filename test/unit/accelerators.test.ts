import { describe, expect, it } from 'vitest';
import { acceleratorFor, appCommands, browserReservedAccelerators, type AppCommand } from '../../shared/shell/commands';

const commands = appCommands as readonly AppCommand[];
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
});
