// The browser host for people: a page on how to get in without the token, a 413 with words for
// an oversized request, in-page shortcuts that leave the browser's own keys alone, and errors
// the page catches shown with a reference that the host's log keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { MAX_BODY } from '../../electron/browser-host/server';
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import reportEn from '../../resources/locales/report.en.json';
import example from '../../resources/example-plan/example-plan.json';

let app: App;
const logged: string[] = [];

beforeAll(async () => {
  app = await startApp({ log: (message, error) => logged.push(`${message} ${error instanceof Error ? (error.stack ?? error.message) : ''}`) });
});
afterAll(() => app?.close());

const origin = () => new URL(app.host.url).origin;

describe('without the token', () => {
  it.each([
    ['en', en],
    ['fi', fi],
  ] as const)('shows how to get in (%s), not a blank page', async (language, words) => {
    const context = await app.browser.newContext({ locale: language === 'fi' ? 'fi-FI' : 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${origin()}/`);
    await page.getByRole('heading', { level: 1, name: words.browserHost.noToken.title }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(words.browserHost.noToken.how);
    await app.screenshot(page, `browser-host-no-token-${language}`);
    await context.close();
  });

  it('says the same for a token from an earlier start', async () => {
    const context = await app.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${origin()}/#token=${'0'.repeat(48)}`);
    await page.getByRole('heading', { level: 1, name: en.browserHost.noToken.title }).waitFor();
    await context.close();
  });
});

describe('an oversized request', () => {
  it('gets 413 with a message, and the connection answered, not dropped', async () => {
    const res = await fetch(`${origin()}/rpc/export.table`, {
      method: 'POST',
      headers: { authorization: `Bearer ${app.host.token}`, 'content-type': 'application/json' },
      body: 'x'.repeat(MAX_BODY + 1024),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toBe("The request is larger than 16 MB, the most S3 Planner's browser host accepts. Nothing was changed.\n");
    // The host still answers.
    const ok = await fetch(`${origin()}/rpc/app.state`, { method: 'POST', headers: { authorization: `Bearer ${app.host.token}` }, body: '{}' });
    expect(ok.status).toBe(200);
  });
});

describe('in-page shortcuts', () => {
  it('leave Ctrl+N, Ctrl+W and Ctrl+P to the browser; Export PDF is Alt+Shift+P', async () => {
    const page = await app.open({ language: 'en' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    // Registered after the app's own listener, so it sees whether the app claimed the key.
    await page.evaluate(() => {
      type Key = { ctrlKey: boolean; key: string; defaultPrevented: boolean };
      const g = globalThis as unknown as { seen: string[]; addEventListener(type: 'keydown', listener: (e: Key) => void): void };
      g.seen = [];
      g.addEventListener('keydown', (e) => g.seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key.toUpperCase()}:${e.defaultPrevented}`));
    });
    for (const key of ['Control+n', 'Control+w', 'Control+p']) await page.keyboard.press(key);
    expect(await page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen.filter((s) => s.startsWith('Ctrl+') && !s.startsWith('Ctrl+CONTROL')))).toEqual([
      'Ctrl+N:false',
      'Ctrl+W:false',
      'Ctrl+P:false',
    ]);
    expect(await page.locator('dialog[open]').count()).toBe(0);

    await page.getByRole('menuitem', { name: en.menu.file._ }).click();
    const item = page.getByRole('menuitem', { name: en.menu.file.exportPdf });
    expect(await item.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+P');
    expect(await page.getByRole('menuitem', { name: en.menu.file.close }).getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+W');
    // Show log folder is the desktop app's: not in the browser's Help menu.
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: en.menu.help._ }).click();
    expect(await page.getByRole('menuitem', { name: en.menu.help.showLog }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Alt+Shift+P');
    await page.getByRole('dialog', { name: reportEn.report.dialog.title }).waitFor();
    await page.keyboard.press('Escape');
    await page.context().close();
  });
});

describe('errors the page catches', () => {
  it('an error in a page counts against the test it happens in (the harness fails it after the test)', async () => {
    const page = await app.open({ language: 'en' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    expect(app.pageErrors()).toEqual([]);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown on purpose');
      });
    });
    await expect.poll(() => app.pageErrors()).toContain('page error: thrown on purpose');
    // The app reports it too, with a reference, and the harness counts that as well.
    await expect.poll(() => app.pageErrors().some((e) => /^renderer error [0-9a-f]{8} \(error\): .*thrown on purpose/.test(e))).toBe(true);
    app.allowPageErrors();
    await page.context().close();
  });

  it('a screen that fails to draw shows a friendly message with the reference; the log has it; Try again recovers', async () => {
    app.allowPageErrors();
    const page = await app.open({ language: 'en' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    // The host answers the Dashboard with something it cannot draw.
    await page.route('**/rpc/dashboard.get', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { broken: true } }) }));
    // A view of the Dashboard not read yet (the cache keeps views already read).
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/dashboard?helix=civil';
    });
    const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: en.errors.boundary.title }) });
    await alert.waitFor();
    const ref = (await alert.getAttribute('data-error-ref'))!;
    expect(ref).toMatch(/^[0-9a-f]{8}$/);
    expect(await alert.textContent()).toContain(en.errors.boundary.message.replace('{{ref}}', ref));
    // The menus and navigation still work around it.
    await expect.poll(() => page.getByRole('navigation').count()).toBeGreaterThan(0);
    await expect.poll(() => logged.some((l) => l.startsWith(`renderer error ${ref} (render):`))).toBe(true);
    await app.screenshot(page, 'error-boundary-en');

    await page.unroute('**/rpc/dashboard.get');
    await alert.getByRole('button', { name: en.errors.boundary.retry }).click();
    await page.locator('[data-chart]').first().waitFor();
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });

  it('a promise nobody handled: the alert names a reference, and the log has it', async () => {
    app.allowPageErrors();
    const page = await app.open({ language: 'fi' });
    await page.getByRole('heading', { level: 1, name: example.plan.name }).waitFor();
    await page.evaluate(() => {
      void Promise.reject(new Error('lost promise'));
    });
    const alert = page.locator('.app-alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    const ref = /([0-9a-f]{8})/.exec(text)![1]!;
    expect(text).toContain(fi.errors.internal.replace('{{ref}}', ref));
    await expect.poll(() => logged.some((l) => l.startsWith(`renderer error ${ref} (unhandledRejection): lost promise`))).toBe(true);
    await page.context().close();
  });
});
