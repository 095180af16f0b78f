// Every native menu command, clicked through the application menu the app set.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, electronFake as fake } from '../helpers/electron-fake';
import { planFields } from '../helpers/core';
import { settle, startMain, type Started } from './harness';
import { appCommands } from '../../shared/shell/commands';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';

vi.mock('electron', async () => (await import('../helpers/electron-fake')).electronFake.module);

let app: Started;
afterEach(async () => app?.stop());

const item = (id: string) => {
  const found = fake.menu().getMenuItemById(id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};

async function withPlan(): Promise<string> {
  const file = path.join(app.dir, 'Menu test.s3plan');
  await app.call('plan.create', { path: file, fields: planFields });
  await settle();
  return file;
}

describe('the application menu', () => {
  it('every command reaches the main window’s page as a command event', async () => {
    app = await startMain();
    await withPlan();
    const ids = appCommands.map((c) => c.id).filter((id) => id !== 'file.openRecent' && id !== 'help.showLog');
    for (const id of ids) {
      // Undo/redo are enabled only with something to undo; the page decides what the rest do.
      if (item(id).enabled === false) continue;
      fake.click(id);
    }
    const sent = app.events().filter((e) => e.name === 'command').map((e) => (e as { id: string }).id);
    expect(sent).toEqual(ids.filter((id) => id !== 'edit.undo' && id !== 'edit.redo'));
  });

  it('Help → Show log folder opens the folder with main.log, and sends nothing to the page', async () => {
    app = await startMain();
    const before = app.events().length;
    fake.click('help.showLog');
    expect(fake.state.opened.paths).toEqual([path.join(fake.userData, 'logs')]);
    expect(app.running.log.file).toBe(path.join(fake.userData, 'logs', 'main.log'));
    expect(app.events()).toHaveLength(before);
    expect(item('help.showLog').label).toBe(en.menu.help.showLog);
  });

  it('File → Open recent lists opened plans; choosing one sends its path', async () => {
    app = await startMain();
    expect(item('file.openRecent').enabled).toBe(false);
    const file = await withPlan();
    const recent = item('file.openRecent');
    expect(recent.enabled).toBe(true);
    expect(recent.submenu!.map((i) => i.label)).toEqual([file]);
    recent.submenu![0]!.click!();
    expect(app.events().at(-1)).toEqual({ name: 'command', id: 'file.openRecent', arg: file });
  });

  it('Edit → Undo and Redo name the step of the focused window’s history, and are off when there is none', async () => {
    app = await startMain();
    expect(item('edit.undo').enabled).toBe(false);
    await withPlan();
    expect(item('edit.undo').enabled).toBe(false);
    await app.call('sector.create', { name: 'Logistiikka' });
    await settle();
    expect(item('edit.undo')).toMatchObject({ enabled: true, label: `Undo ${en.step.sector.create}` });
    expect(item('edit.redo').enabled).toBe(false);
    await app.call('history.undo', {});
    await settle();
    expect(item('edit.undo').enabled).toBe(false);
    expect(item('edit.redo')).toMatchObject({ enabled: true, label: `Redo ${en.step.sector.create}` });
    // Focusing a window reads that window's history again.
    fake.module.app.emit('browser-window-focus', new FakeEvent(), app.win());
    await settle();
    expect(item('edit.redo').enabled).toBe(true);
  });

  it('each window has its own history: the Edit menu shows the focused one’s', async () => {
    app = await startMain();
    await withPlan();
    const main = app.win();
    await app.call('sector.create', { name: 'Logistiikka' });
    const presenter = main.webContents.openWindow('app://s3-planner/index.html#/present/0b9f6a3e-6a43-4c43-9f1b-5d1a4a7e2c11?role=presenter')!;
    presenter.focus();
    await settle();
    expect(item('edit.undo').enabled).toBe(false);
    // The presenter window's own change is its own step; undoing there leaves the main window's.
    const frame = { url: 'app://s3-planner/index.html', parent: null };
    await fake.invoke(presenter.webContents, frame, 'sector.create', { name: 'Biotalous' });
    await settle();
    expect(item('edit.undo')).toMatchObject({ enabled: true, label: `Undo ${en.step.sector.create}` });
    await fake.invoke(presenter.webContents, frame, 'history.undo', {});
    await settle();
    expect(item('edit.undo').enabled).toBe(false);
    main.focus();
    await settle();
    expect(item('edit.undo')).toMatchObject({ enabled: true, label: `Undo ${en.step.sector.create}` });
    expect((await app.call('sector.list', {})).map((s) => s.name)).toEqual(['Logistiikka']);
  });

  it('follows the UI language', async () => {
    app = await startMain();
    expect(fake.menu().items.map((m) => m.label)).toEqual([en.menu.file._, en.menu.edit._, en.menu.view._, en.menu.help._]);
    await app.call('app.setLanguage', { language: 'fi' });
    expect(fake.menu().items.map((m) => m.label)).toEqual([fi.menu.file._, fi.menu.edit._, fi.menu.view._, fi.menu.help._]);
    expect(item('help.showLog').label).toBe(fi.menu.help.showLog);
  });

  it('starts in the OS language when none was chosen', async () => {
    app = await startMain({ before: () => (fake.module.app.preferredLanguages = ['fi-FI', 'en-US']) });
    expect(item('file.open').label).toBe(fi.menu.file.open);
  });

  it('macOS: the app menu first, About in it, a Window menu; Linux: Quit under File', async () => {
    app = await startMain({ platform: 'darwin' });
    const mac = fake.menu().items;
    expect(mac[0]!.label).toBe('S3 Planner');
    expect(mac[0]!.submenu!.map((i) => i.id ?? i.role ?? i.type)).toContain('help.about');
    expect(mac.map((m) => m.role)).toContain('windowMenu');
    await app.stop();
    app = await startMain({ platform: 'linux' });
    expect(item('file').submenu!.map((i) => i.role)).toContain('quit');
    // Unpackaged: View has Reload and DevTools for development.
    expect(item('view').submenu!.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('packaged: no DevTools in the View menu', async () => {
    app = await startMain({ packaged: true });
    expect(item('view').submenu!.map((i) => i.role)).not.toContain('toggleDevTools');
  });
});
