// The report's page arithmetic and print orchestration, free of the DOM and of Electron: the
// Electron main process (printToPDF), the end-to-end tests and the benchmark (Playwright's
// page.pdf) all export the report through `exportReport`, so the table of contents is exact
// the same way everywhere.
//
// How the table of contents gets its page numbers: every entry of the table of contents starts
// a "unit" that begins on a new page (the cover, the contents, each chapter, each sector, each
// appendix; `break-before: page`). A unit's page count therefore does not depend on what comes
// before it. Pass 1 prints each unit alone and counts the pages of that PDF; the start pages
// are then running sums (`startPages`), set into the page, and pass 2 prints the whole report.
// Chromium has no target-counter() for print, and page breaks cannot be read from the DOM.

export type Paper = 'a4' | 'letter';

/** What the report page exposes on `window.__s3report` once its data is on screen. */
export interface ReportHandle {
  ready: boolean;
  error: string | null;
  /** The units in document order ("cover", "toc", "ch-summary", "sector-<id>", …). */
  units: string[];
  /** Show only this unit (pass 1), or everything (null). */
  only(unit: string | null): Promise<void>;
  /** Pages per unit, in `units` order: the table of contents shows the start pages. */
  setPages(pages: number[]): Promise<void>;
  /** Title, language and the running header/footer templates in the export language. */
  meta(): { title: string; language: string; header: string; footer: string };
}

/** Counts the page objects of a PDF written by Chromium (Skia writes them uncompressed). */
export function countPdfPages(pdf: Uint8Array): number {
  let text = '';
  // latin1 keeps every byte as one char: the binary streams do not break the search.
  for (let i = 0; i < pdf.length; i += 65_536) text += String.fromCharCode(...pdf.subarray(i, i + 65_536));
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return pages ? pages.length : 0;
}

/** 1-based start page of each unit, from each unit's page count. */
export function startPages(pages: readonly number[]): number[] {
  const starts: number[] = [];
  let next = 1;
  for (const n of pages) {
    starts.push(next);
    next += Math.max(1, n);
  }
  return starts;
}

/** Page height of the printable area (20 mm margins) in CSS pixels, for estimates. */
export function contentHeightPx(paper: Paper): number {
  const mm = paper === 'letter' ? 279.4 - 40 : 297 - 40;
  return (mm / 25.4) * 96;
}

/** Estimated pages of a unit from its height on screen (the browser's own print dialog). */
export function estimatePages(heightPx: number, paper: Paper): number {
  return Math.max(1, Math.ceil((heightPx - 2) / contentHeightPx(paper)));
}

/** The margins of the report: 20 mm all round (the running header and footer sit in them). */
export const MARGIN_MM = 20;

/** A host that can run script in the report page and print it. */
export interface PrintDriver {
  evaluate<T>(script: string): Promise<T>;
  /**
   * Prints the page. `withHeaderFooter` is the final print: running header and footer, tagged,
   * with an outline; without it, a pass-1 print that only has its pages counted.
   */
  print(options: { header: string; footer: string; withHeaderFooter: boolean }): Promise<Uint8Array>;
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

/** Two passes: each unit alone to count its pages, then the whole report with its contents filled in. */
export async function exportReport(driver: PrintDriver): Promise<{ pdf: Uint8Array; pages: number; starts: number[] }> {
  await waitForReport(driver);
  const units = await driver.evaluate<string[]>('globalThis.__s3report.units');
  const meta = await driver.evaluate<{ header: string; footer: string }>('globalThis.__s3report.meta()');
  const pages: number[] = [];
  for (const [i, unit] of units.entries()) {
    driver.progress?.('measure', i, units.length + 1);
    await driver.evaluate(`globalThis.__s3report.only(${JSON.stringify(unit)})`);
    pages.push(countPdfPages(await driver.print({ ...meta, withHeaderFooter: false })));
  }
  await driver.evaluate(`globalThis.__s3report.only(null)`);
  await driver.evaluate(`globalThis.__s3report.setPages(${JSON.stringify(pages)})`);
  driver.progress?.('print', units.length, units.length + 1);
  const pdf = await driver.print({ ...meta, withHeaderFooter: true });
  return { pdf, pages: countPdfPages(pdf), starts: startPages(pages) };
}

/** The report route's query: language, sections, filters, paper. */
export const reportSections = ['summary', 'sectors', 'charts', 'actions', 'indicators', 'appendices'] as const;
export type ReportSection = (typeof reportSections)[number];

export interface ReportOptions {
  lang: 'en' | 'fi';
  sections: ReportSection[];
  sectorIds: string[];
  sourceIds: string[];
  paper: Paper;
}

export function reportQuery(o: ReportOptions): string {
  const q = new URLSearchParams({ lang: o.lang, sections: o.sections.join(','), paper: o.paper });
  for (const s of o.sectorIds) q.append('sector', s);
  for (const s of o.sourceIds) q.append('source', s);
  return q.toString();
}

export function parseReportQuery(params: URLSearchParams): ReportOptions {
  const lang = params.get('lang') === 'fi' ? 'fi' : 'en';
  const raw = params.get('sections');
  const sections = raw === null ? [...reportSections] : reportSections.filter((s) => raw.split(',').includes(s));
  return {
    lang,
    sections,
    sectorIds: params.getAll('sector').filter(Boolean),
    sourceIds: params.getAll('source').filter(Boolean),
    paper: params.get('paper') === 'letter' ? 'letter' : 'a4',
  };
}

/** Escapes text for the header/footer templates (HTML). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
