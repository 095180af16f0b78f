import { intlLocale } from '../../../../shared/domain/format';

const cache = new Map<string, Intl.NumberFormat>();

/** Euros for axes and bar labels: "1,2 milj. €" / "€1.2M"; cents in. */
export function formatCompactCents(cents: number, language: string): string {
  const locale = intlLocale(language);
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
    cache.set(locale, f);
  }
  return f.format(cents / 100);
}

/** A long label cut to `max` characters with an ellipsis (SVG text does not wrap). */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const suffixes: Record<string, { millions: string; thousands: string } | undefined> = {
  fi: { millions: 'milj.', thousands: 't.' },
  sv: { millions: 'mn', thousands: 'tn' },
};

/**
 * Euros in one unit and precision for a whole chart, chosen from its largest figure: millions
 * with one decimal ("€1.5m", "1,5 milj. €", "1,5 mn €") or thousands without ("€870k", "870 t. €"), so
 * labels and ticks of one chart never mix "€652.3k" with "€1.4m".
 */
export function moneyScale(maxCents: number, language: string): (cents: number) => string {
  const millions = Math.abs(maxCents) / 100 >= 1_000_000;
  const nf = new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: millions ? 1 : 0, maximumFractionDigits: millions ? 1 : 0 });
  // The units Intl's compact notation uses in each language ("1,5 mn €" in Swedish).
  const unit = suffixes[language.slice(0, 2)];
  return (cents) => {
    const n = nf.format(cents / 100 / (millions ? 1e6 : 1e3));
    // No-break spaces, as Intl writes "1,5 milj. €": a label over a narrow bar must not wrap "€" alone.
    if (unit) return `${n}\u00a0${millions ? unit.millions : unit.thousands}\u00a0€`;
    return `€${n}${millions ? 'm' : 'k'}`;
  };
}

const FONT = 'Inter Variable, Inter, system-ui, sans-serif';
// Typed without the DOM library: this file is also built for Node (the report, the tests).
type Measurer = { font: string; measureText(text: string): { width: number } };
type CanvasDocument = { createElement(tag: 'canvas'): { getContext(kind: '2d'): Measurer | null } };
let canvas: Measurer | null | undefined;

/** Width in px of a text in the charts' font; an estimate where no canvas is at hand. */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  if (canvas === undefined) {
    const doc = (globalThis as { document?: CanvasDocument }).document;
    canvas = doc ? doc.createElement('canvas').getContext('2d') : null;
  }
  if (!canvas) return text.length * fontSize * 0.56;
  canvas.font = `${weight} ${fontSize}px ${FONT}`;
  return canvas.measureText(text).width;
}

/** The text cut with an ellipsis to fit a width measured, not counted in letters ("…" only when cut). */
export function fitText(text: string, widthPx: number, fontSize: number, weight = 400): string {
  if (textWidth(text, fontSize, weight) <= widthPx) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, fontSize, weight) <= widthPx) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** A label on at most `lines` lines of the width, broken between words; the last cut if it must be. */
export function wrapText(text: string, widthPx: number, fontSize: number, lines = 2): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || textWidth(next, fontSize) <= widthPx) {
      line = next;
      continue;
    }
    out.push(line);
    if (out.length === lines - 1) {
      line = words.slice(i).join(' ');
      break;
    }
    line = words[i]!;
  }
  out.push(line);
  return out.map((l) => fitText(l, widthPx, fontSize));
}

/**
 * A category axis as wide as its longest label needs (at least `least` px, at most `share` of
 * the chart), and each label cut to it by measure: labels use the room there is.
 */
export function categoryAxis(labels: readonly string[], chartWidth: number, { least = 120, share = 0.4, fontSize = 12 } = {}) {
  // recharts keeps the tick line's room and a margin inside the axis, and wraps what is wider.
  const room = 24;
  // Rounded up: a label as wide as the longest must not lose its last letter to rounding.
  const width = Math.ceil(Math.min(Math.max(least, ...labels.map((l) => textWidth(l, fontSize) + room)), chartWidth * share));
  return { width, format: (label: string) => fitText(String(label), width - room, fontSize) };
}
