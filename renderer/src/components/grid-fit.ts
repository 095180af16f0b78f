import { useLayoutEffect, useState, type RefObject } from 'react';

/** The width of an element, kept up to date as it resizes (null before the first layout). */
export function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** The least width of a column's track in rem: "minmax(7rem, 2fr)" → 7, "6.5rem" → 6.5, "1fr" → 5. */
export function trackMinRem(width: string | undefined): number {
  const m = /^(?:minmax\()?\s*([\d.]+)rem/.exec(width ?? '');
  return m ? Number(m[1]) : 5;
}

/**
 * The columns that fit a grid of the given width at their least widths (plus the row's padding
 * and gaps), dropping from the last; the first column always stays. All of them before the
 * first measurement.
 */
export function fittingColumns<C extends { width?: string }>(columns: readonly C[], widthPx: number | null): C[] {
  if (widthPx === null || columns.length <= 1) return [...columns];
  const rem = remPx();
  // Row padding (2 × space-3), the scrollbar gutter and one gap (space-3) between columns.
  const room = widthPx / rem - 1.5 - 1;
  const shown = [...columns];
  const need = (cols: readonly C[]) => cols.reduce((sum, c) => sum + trackMinRem(c.width), 0) + 0.75 * (cols.length - 1);
  while (shown.length > 1 && need(shown) > room) shown.pop();
  return shown;
}

/**
 * A cell or header cut with an ellipsis gets its full text as a title (shown on hover); one that
 * fits has none, so only cut text has a tooltip. Run after each render and resize of the grid.
 */
export function titleWhenClipped(root: HTMLElement | null) {
  if (!root) return;
  for (const el of root.querySelectorAll<HTMLElement>('.vgrid__td, .th-sort > span')) {
    // A badge that names itself in full (a status with its months late) keeps its own title.
    if (el.querySelector('[title]')) continue;
    const text = el.textContent?.trim() ?? '';
    const cut = [el, ...el.querySelectorAll<HTMLElement>('*')].some((c) => c.scrollWidth > c.clientWidth + 1 && c.clientWidth > 2);
    if (cut && text) el.setAttribute('title', text);
    else el.removeAttribute('title');
  }
}
