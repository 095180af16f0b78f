// The report's page arithmetic and print orchestration, free of the DOM and of Electron: the
// Electron main process (printToPDF), the end-to-end tests and the benchmark (Playwright's
// page.pdf) all export the report through `exportReport`, so the table of contents is exact
// the same way everywhere.
//
// How the table of contents gets its page numbers in one print: Chromium has no
// `target-counter()`, so the page lays itself out once more as the printer will, as columns of
// the printed page's size (CSS multi-column layout, the same fragmentation engine as printing:
// forced breaks, break-inside: avoid), and reads the column each heading falls in
// (`ReportHandle.measure`). Where columns and pages differ, the report makes them agree: a
// table's heading row, which print repeats on each page a table continues on, is stood in for by
// a cloned padding while measuring; long groups of names are blocks, not table rows; a chart is
// never taller than a page (report.css; test/bench/README.md). Those numbers go into the
// contents (in boxes of fixed width, so nothing moves) and the final, tagged PDF is printed once.
// Every contents entry links to its heading, and Chromium writes a named destination for each
// link target with the page it lands on (the catalog's /Dests): the printed PDF is checked
// against what the contents say, and only if a heading landed elsewhere is it printed a second
// time with the pages read from the first.
// The running header and footer are CSS page-margin boxes (report.css, `runningHeads`): the
// cover has none, and they are set in the report's own embedded font.

import { uiLanguages, type UiLanguage } from '../schemas/app';

export type Paper = 'a4' | 'letter';

/** What the report page exposes on `window.__s3report` once its data is on screen. */
export interface ReportHandle {
  ready: boolean;
  error: string | null;
  /** The units in document order ("cover", "toc", "ch-summary", "sector-<id>", …). */
  units: string[];
  /** The page each link target (contents entry) will print on, by id: the layout as pages of the paper (see above). */
  measure(): Promise<Record<string, number>>;
  /** The start page of each contents entry, by its heading's id (measured, or read from a printed PDF). */
  setStarts(starts: Record<string, number>): Promise<void>;
  /** The start page of each unit as the contents show it (after setStarts). */
  unitStarts(): number[];
  /** Title, language and author (the region) for the PDF's metadata. */
  meta(): ReportMeta;
}

/**
 * The PDF's bytes as a string of one character per byte, for finding its ASCII syntax and byte
 * offsets. TextDecoder's "latin1" is windows-1252 (the Encoding Standard), which also maps every
 * byte to one character. Joining String.fromCharCode chunks took 3 s for the large plan's 46 MB.
 * Decoded once per PDF: the export reads the same print for its destinations and its metadata.
 */
const bytesAsText = new TextDecoder('latin1');
const decoded = new WeakMap<Uint8Array, string>();
function latin1(pdf: Uint8Array): string {
  let text = decoded.get(pdf);
  if (text === undefined) decoded.set(pdf, (text = bytesAsText.decode(pdf)));
  return text;
}

export interface ReportMeta {
  title: string;
  language: string;
  creator: string;
}

/** Counts the page objects of a PDF written by Chromium (Skia writes them uncompressed). */
export function countPdfPages(pdf: Uint8Array): number {
  const pages = latin1(pdf).match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return pages ? pages.length : 0;
}

/**
 * The bodies of a PDF's objects ("<< … >>" or "[ … ]") by number, as Skia writes them:
 * "n 0 obj … endobj". Indexed in one pass: searching the text for each object in turn made
 * reading a 1,400-page PDF take seconds.
 */
function objectIndex(text: string): (n: number) => string | null {
  const starts = new Map<number, number>();
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s*/g)) if (!starts.has(Number(m[1]))) starts.set(Number(m[1]), m.index + m[0].length);
  return (n) => {
    const start = starts.get(n);
    if (start === undefined) return null;
    const end = text.indexOf('endobj', start);
    return end < 0 ? null : text.slice(start, end);
  };
}

/** The body of object `n` (one lookup, no index of every object; see objectIndex for many). */
function objectText(text: string, n: number): string | null {
  const m = new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\s*`).exec(text);
  if (!m) return null;
  const start = m.index + m[0].length;
  const end = text.indexOf('endobj', start);
  return end < 0 ? null : text.slice(start, end);
}

const refOf = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The catalog's object number (the last trailer's /Root). */
function rootOf(text: string): number {
  const roots = [...text.matchAll(/\/Root\s+(\d+)\s+0\s+R/g)];
  const last = roots[roots.length - 1];
  if (!last) throw new Error('The PDF has no catalog');
  return Number(last[1]);
}

/**
 * The 1-based page of each named destination of a PDF written by Chromium: the catalog's
 * /Dests maps each link target's id to a page object; the page tree gives that page's number.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1(pdf);
  const objectText = objectIndex(text);
  const catalog = objectText(rootOf(text)) ?? '';
  const order: number[] = [];
  const walk = (n: number, depth: number) => {
    const node = objectText(n);
    if (!node || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
    if (!kids) {
      order.push(n);
      return;
    }
    for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
  };
  const pagesRef = refOf(catalog, 'Pages');
  if (pagesRef !== null) walk(pagesRef, 0);
  const pageNumber = new Map(order.map((n, i) => [n, i + 1]));
  const out = new Map<string, number>();
  const destsRef = refOf(catalog, 'Dests');
  const dests = destsRef === null ? null : objectText(destsRef);
  if (!dests) return out;
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const name = m[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const page = pageNumber.get(Number(m[2]));
    if (page) out.set(name, page);
  }
  return out;
}

/** XML text escaped for XMP. */
const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Adds XMP metadata (title, language, producer, dates) to a PDF written by Chromium, as an
 * incremental update: the original bytes stay as they are, a metadata stream and the catalog
 * with a /Metadata entry are appended with their cross-reference section.
 */
export function withXmp(pdf: Uint8Array, meta: { title: string; language: string; creator: string; producer: string; date: string }): Uint8Array {
  const text = latin1(pdf);
  const root = rootOf(text);
  const catalog = objectText(text, root);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const size = [...text.matchAll(/\/Size\s+(\d+)/g)].pop();
  const info = [...text.matchAll(/\/Info\s+(\d+)\s+0\s+R/g)].pop();
  if (!catalog || !startxref || !size) throw new Error('The PDF could not be read to add its metadata');
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li><rdf:li xml:lang="${xml(meta.language)}">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:creator><rdf:Seq><rdf:li>${xml(meta.creator)}</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreatorTool>${xml(meta.producer)}</xmp:CreatorTool>
   <xmp:CreateDate>${xml(meta.date)}</xmp:CreateDate>
   <xmp:MetadataDate>${xml(meta.date)}</xmp:MetadataDate>
   <pdf:Producer>${xml(meta.producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const xmpBytes = new TextEncoder().encode(xmp);
  const n = Number(size[1]);
  const newCatalog = catalog.replace(/\/Metadata\s+\d+\s+0\s+R/, '').replace(/>>\s*$/, `\n/Metadata ${n} 0 R>>\n`);
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [pdf];
  let offset = pdf.length;
  const push = (s: string | Uint8Array) => {
    const b = typeof s === 'string' ? enc.encode(s) : s;
    parts.push(b);
    offset += b.length;
  };
  push('\n');
  const metaAt = offset;
  push(`${n} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmpBytes.length}>> stream\n`);
  push(xmpBytes);
  push('\nendstream\nendobj\n');
  const catalogAt = offset;
  // The catalog is pure ASCII (Skia escapes strings), so its text is its bytes.
  push(`${root} 0 obj\n${newCatalog.trim()}\nendobj\n`);
  const xrefAt = offset;
  const line = (o: number) => `${String(o).padStart(10, '0')} 00000 n \n`;
  push(`xref\n${root} 1\n${line(catalogAt)}${n} 1\n${line(metaAt)}trailer\n<</Size ${n + 1} /Root ${root} 0 R${info ? ` /Info ${info[1]} 0 R` : ''} /Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The 1-based page of something that starts `offsetPx` from the left of the page-sized columns
 * the report measures itself in (each column one page, no gap between them).
 */
export function columnPage(offsetPx: number, columnWidthPx: number): number {
  // Half a pixel of slack: a column's left edge is a sum of fractional widths.
  return Math.floor((offsetPx + 0.5) / columnWidthPx) + 1;
}

/**
 * Ids whose page in the printed PDF differs from what the contents show (or that one of them
 * lacks). Empty: the contents are right.
 */
export function contentsErrors(shown: Record<string, number>, printed: Map<string, number>): string[] {
  const wrong = [...printed].filter(([id, page]) => shown[id] !== page).map(([id]) => id);
  return [...wrong, ...Object.keys(shown).filter((id) => !printed.has(id))];
}

/** The margins of the report: 20 mm all round (the running header and footer sit in them). */
export const MARGIN_MM = 20;

/** A host that can run script in the report page and print it. */
export interface PrintDriver {
  evaluate<T>(script: string): Promise<T>;
  /** Prints the page: A4 or Letter, 20 mm margins, backgrounds, tagged, with an outline. */
  print(): Promise<Uint8Array>;
  progress?(step: 'measure' | 'print', done: number, total: number): void;
}

/** Waits for the page's handle to be ready (its data loaded and drawn). */
export async function waitForReport(driver: PrintDriver, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const state = await driver.evaluate<{ ready: boolean; error: string | null } | null>(
      '(() => { const r = globalThis.__s3report; return r ? { ready: r.ready, error: r.error } : null; })()',
    );
    if (state?.error) throw new Error(`The report could not be drawn: ${state.error}`);
    if (state?.ready) return;
    if (Date.now() - start > timeoutMs) throw new Error('The report did not finish drawing in time.');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The report as a PDF: the contents' pages measured in the page, one print, checked against the
 * printed headings (a second print only if one landed elsewhere), then its XMP metadata.
 * `prints` says how many prints it took.
 */
export async function exportReport(driver: PrintDriver): Promise<{ pdf: Uint8Array; pages: number; starts: number[]; prints: number }> {
  await waitForReport(driver);
  const units = await driver.evaluate<string[]>('globalThis.__s3report.units');
  const meta = await driver.evaluate<ReportMeta>('globalThis.__s3report.meta()');
  driver.progress?.('measure', 0, 2);
  const measured = await driver.evaluate<Record<string, number>>('globalThis.__s3report.measure()');
  const setStarts = (starts: Record<string, number>) => driver.evaluate(`globalThis.__s3report.setStarts(${JSON.stringify(starts)})`);
  await setStarts(measured);
  driver.progress?.('print', 1, 2);
  let printed = await driver.print();
  let prints = 1;
  const dests = destinationPages(printed);
  if (contentsErrors(measured, dests).length) {
    await setStarts(Object.fromEntries(dests));
    printed = await driver.print();
    prints = 2;
  }
  const pdf = withXmp(printed, { title: meta.title, language: meta.language, creator: meta.creator, producer: 'S3 Planner', date: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
  const starts = await driver.evaluate<number[]>('globalThis.__s3report.unitStarts()');
  // The metadata adds no page: counted in the print, whose text is already decoded.
  return { pdf, pages: countPdfPages(printed), starts: starts.length === units.length ? starts : [], prints };
}

/** The report route's query: language, sections, filters, paper. */
/**
 * discovery: the entrepreneurial discovery process; framework: the governance and monitoring chapters;
 * changes: "Changes since <version>" (issue 21, printed only with `since`); assessment: the enabling condition 1.1 annex (issue 19).
 */
export const reportSections = ['summary', 'sectors', 'charts', 'actions', 'indicators', 'discovery', 'framework', 'changes', 'appendices', 'assessment'] as const;
export type ReportSection = (typeof reportSections)[number];

export interface ReportOptions {
  lang: UiLanguage;
  sections: ReportSection[];
  sectorIds: string[];
  sourceIds: string[];
  paper: Paper;
  /** The version the "changes" chapter compares the plan now with (its id); no chapter without it. */
  since?: string;
}

export function reportQuery(o: ReportOptions): string {
  const q = new URLSearchParams({ lang: o.lang, sections: o.sections.join(','), paper: o.paper });
  for (const s of o.sectorIds) q.append('sector', s);
  for (const s of o.sourceIds) q.append('source', s);
  if (o.since) q.set('since', o.since);
  return q.toString();
}

export function parseReportQuery(params: URLSearchParams): ReportOptions {
  const asked = params.get('lang');
  const lang = uiLanguages.find((l) => l === asked) ?? 'en';
  const raw = params.get('sections');
  const sections = raw === null ? [...reportSections] : reportSections.filter((s) => raw.split(',').includes(s));
  const since = params.get('since');
  return {
    ...(since ? { since } : {}),
    lang,
    sections,
    sectorIds: params.getAll('sector').filter(Boolean),
    sourceIds: params.getAll('source').filter(Boolean),
    paper: params.get('paper') === 'letter' ? 'letter' : 'a4',
  };
}

/** Text as a CSS string (for `content:` in the page-margin boxes). */
export const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;

/**
 * The size of the page the report is laid out on, the paper's. Print lays a page out at its CSS
 * size and scales it to the paper: report.css's A4 on Letter paper was printed at 94 %, so a
 * Letter page held more than the 239.4 mm measured and the report was printed twice.
 */
export const pageSize = (paper: Paper): string => `@page { size: ${paperName(paper)} portrait; }\n`;

/** The paper's name as printers (printToPDF, page.pdf) and CSS's `size` take it. */
export const paperName = (paper: Paper): 'A4' | 'Letter' => (paper === 'letter' ? 'Letter' : 'A4');

/**
 * The running header (the plan's name, top left) and footer ("Page 3 of 31", bottom right) as
 * CSS page-margin boxes: drawn by Chromium in the report's own font on every page but the
 * cover. `footer` holds {{page}} and {{total}}.
 */
export function runningHeads(header: string, footer: string): string {
  const parts = footer.split(/(\{\{page\}\}|\{\{total\}\})/).filter(Boolean);
  const content = parts.map((p) => (p === '{{page}}' ? 'counter(page)' : p === '{{total}}' ? 'counter(pages)' : cssString(p))).join(' ');
  const box = "font-family: Inter, 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #5c5f6b;";
  return `@page { @top-left { content: ${cssString(header)}; ${box} vertical-align: bottom; padding-bottom: 6mm; } @bottom-right { content: ${content}; ${box} vertical-align: top; padding-top: 6mm; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }`;
}
