// The layout of a printed PDF as poppler reads it (`pdftotext -bbox`): every word with its box,
// page by page, and the checks a proof-reader makes: no word printed over another, none in
// the side margins or off the page.
import { execFileSync } from 'node:child_process';

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PageBox {
  width: number;
  height: number;
  words: Word[];
}

const num = (s: string, key: string) => Number(new RegExp(`${key}="([-\\d.]+)"`).exec(s)?.[1]);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page's size and words (PDF points, origin top left). */
export function readWords(file: string): PageBox[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: PageBox[] = [];
  for (const m of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const page = pages.length + 1;
    const words = [...m[2]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      page,
      text: unescape(w[2]!),
      xMin: num(w[1]!, 'xMin'),
      yMin: num(w[1]!, 'yMin'),
      xMax: num(w[1]!, 'xMax'),
      yMax: num(w[1]!, 'yMax'),
    }));
    pages.push({ width: num(m[1]!, 'width'), height: num(m[1]!, 'height'), words });
  }
  return pages;
}

/**
 * Words printed over other words: boxes that share more than `share` of the smaller one's
 * area. Lines of a paragraph touch but do not overlap that much (a box is the font's ascent
 * to descent); text printed over text does.
 */
export function overlaps(pages: PageBox[], share = 0.25): [Word, Word][] {
  const out: [Word, Word][] = [];
  for (const p of pages) {
    const ws = [...p.words].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < ws.length; i++) {
      const a = ws[i]!;
      for (let j = i + 1; j < ws.length && ws[j]!.yMin < a.yMax; j++) {
        const b = ws[j]!;
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w <= 0 || h <= 0) continue;
        const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
        if (smaller > 0 && (w * h) / smaller > share) out.push([a, b]);
      }
    }
  }
  return out;
}

/** Words outside the text column's sides (`margin` points from the edge) or too near the top or bottom edge. */
export function outsideMargins(pages: PageBox[], margin: number, edge: number, tolerance = 1): Word[] {
  return pages.flatMap((p) =>
    p.words.filter((w) => w.xMin < margin - tolerance || w.xMax > p.width - margin + tolerance || w.yMin < edge || w.yMax > p.height - edge),
  );
}
