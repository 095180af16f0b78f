import type { Page } from 'playwright-core';

export interface LayoutProblem {
  kind: 'page-scrolls-sideways' | 'pane-scrolls-sideways' | 'clipped-without-ellipsis' | 'ellipsis-without-full-text';
  /** A short CSS path to the element, for the failure message. */
  where: string;
  text: string;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * What a user at a small laptop screen sees as broken, found from the page's real layout:
 *
 * - the page, or a pane or any other scrolling container, scrolls sideways (scrollWidth larger
 *   than clientWidth with overflow-x auto or scroll). A container marked `data-scroll-x` is one
 *   that is meant to (a wide data table a user scrolls on purpose) and is left out;
 * - text cut off without an ellipsis: an element with overflow hidden (or clip) whose content is
 *   wider than its box, text-overflow not ellipsis ("Käynnı");
 * - text cut with an ellipsis whose full text is neither in a title (hover) on it or an
 *   ancestor, nor in its accessible name.
 *
 * Visually hidden text (1 px boxes, clip) and elements not shown are skipped. Runs in the page
 * as a string, since the tests are typed without the DOM library.
 */
const inPage = `(() => {
  const problems = [];
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const cls = [...e.classList].slice(0, 2).map((c) => '.' + c).join('');
      parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls);
    }
    return parts.join(' > ');
  };
  const tiny = (r) => r.width <= 2 || r.height <= 2;
  const doc = document.scrollingElement || document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    problems.push({ kind: 'page-scrolls-sideways', where: 'html', text: '', scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth });
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    if (el.scrollWidth <= el.clientWidth + 1) continue;
    const r = el.getBoundingClientRect();
    if (tiny(r)) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const text = (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 80);
    const base = { where: path(el), text, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') {
      if (el.closest('[data-scroll-x]')) continue;
      // A text field scrolls its own value; that is the field, not the layout.
      if (el.matches('input, textarea, select')) continue;
      problems.push({ kind: 'pane-scrolls-sideways', ...base });
    } else if (cs.overflowX === 'hidden' || cs.overflowX === 'clip') {
      if (!text) continue;
      if (cs.textOverflow === 'ellipsis') {
        // An ellipsis is drawn only for the element's own inline text: a word inside a flex
        // badge that runs past the edge is cut mid-letter all the same ("Käynnı").
        for (const d of el.querySelectorAll('*')) {
          const dr = d.getBoundingClientRect();
          const ds = getComputedStyle(d);
          if (ds.display === 'inline' || tiny(dr) || dr.right <= r.right + 1) continue;
          const own = [...d.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          const cuts = ds.textOverflow === 'ellipsis' && (ds.overflowX === 'hidden' || ds.overflowX === 'clip');
          if (own && !cuts && dr.left < r.right) problems.push({ kind: 'clipped-without-ellipsis', where: path(d), text: d.textContent.trim().slice(0, 80), scrollWidth: Math.round(dr.right - r.left), clientWidth: Math.round(r.width) });
        }
        const titled = el.closest('[title]');
        const full = (el.textContent || '').trim();
        const named = el.closest('[aria-label]');
        const ok = (titled && titled.getAttribute('title').includes(full)) || (named && named.getAttribute('aria-label').includes(full));
        if (!ok) problems.push({ kind: 'ellipsis-without-full-text', ...base });
      } else {
        problems.push({ kind: 'clipped-without-ellipsis', ...base });
      }
    }
  }
  return problems;
})()`;

export function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate<LayoutProblem[]>(inPage);
}
