import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { App } from './harness';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Calls a channel of the browser host from the page, with the page's own token (reads only). */
export async function rpc<T = unknown>(page: Page, channel: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      // Runs in the page: the browser's globals, typed here without the DOM library.
      const storage = (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage;
      const token = storage.getItem('s3-token') ?? '';
      // As the page itself: the same tab (client), so history.* answers for this tab.
      const client = storage.getItem('s3-client') ?? '';
      const res = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-s3-client': client },
        body: JSON.stringify(input),
      });
      const reply = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
      return reply.value;
    },
    { channel, input },
  ) as Promise<T>;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => 'axe' in globalThis);
  if (!has) await page.addScriptTag({ path: path.join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: (n as unknown as { failureSummary?: string }).failureSummary?.slice(0, 300) })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Like app.open(), but with the page's CSP bypassed so axe-core can be injected (the app's
 * CSP rightly forbids inline scripts). Close the page's context when done.
 */
export async function openForAxe(
  app: Pick<App, 'browser' | 'host' | 'watch'>,
  { language, colorScheme }: { language: 'en' | 'fi'; colorScheme: 'light' | 'dark' },
): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: language === 'fi' ? 'fi-FI' : 'en-GB',
    colorScheme,
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  const page = app.watch(await context.newPage());
  await page.goto(app.host.url);
  return page;
}

/**
 * Types a plan date (YYYY-MM-DD) into a date field (react-aria's segments, day first in every UI
 * language) as a user does: click the first segment, type the digits, leave with Tab.
 */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(`${d}${m}${y}`);
  await field.page().keyboard.press('Tab');
}
