import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n/i18n';
import type { UiLanguage } from '../../../../shared/schemas/app';
import { useAppStore } from '../../store/context';
import { useChartColors } from '../../components/charts/colors';
import { PrintMedium } from '../../components/charts/medium';
import type { Route } from '../../app/router';
import { chartContext, type ChartContext } from '../dashboard/common';
import { ReportDocument, unitsOf } from './ReportDocument';
import { useReportData, type ReportData } from './use-report-data';
import { columnPage, pageSize, parseReportQuery, runningHeads, type Paper, type ReportHandle, type ReportOptions } from '../../../../shared/report/paging';
// The report's one font, static Inter (400–700): Chromium embeds static fonts as real TrueType
// fonts, where the variable font of the app would become dozens of Type 3 fonts in the PDF.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '../../components/charts/charts.css';
import './report.css';

/** The report's own words (the export language may differ from the UI's), once loaded. */
function useReportI18n(lng: UiLanguage): I18n | null {
  const [instance, setInstance] = useState<{ lng: UiLanguage; i18n: I18n } | null>(null);
  useEffect(() => {
    let live = true;
    void createI18n(lng, { app: false }).then((i18n) => live && setInstance({ lng, i18n }));
    return () => {
      live = false;
    };
  }, [lng]);
  return instance?.lng === lng ? instance.i18n : null;
}

/** Two frames drawn, or 100 ms in a window that draws none (hidden, throttled). */
const frames = () =>
  Promise.race([new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))), new Promise<void>((r) => setTimeout(r, 100))]);

/**
 * Once the report's DOM has not changed for `quiet` ms (charts measure their column and draw
 * again after mounting), at most `max` ms. Mutations, not frames: a hidden window draws none.
 */
const settled = (el: HTMLElement, quiet = 60, max = 3000) =>
  new Promise<void>((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    };
    let timer = setTimeout(done, quiet);
    const limit = setTimeout(done, max);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  });

declare global {
  interface Window {
    __s3report?: ReportHandle;
  }
}

/**
 * The page's size and its running header and footer (CSS margin boxes), in the export language.
 * A constructed style sheet: the app's CSP (style-src 'self') refuses an inline <style>.
 */
function usePageStyle(plan: string, t: I18n['t'], paper: Paper) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageSize(paper) + runningHeads(t('report.header', { plan }), t('report.footer', { page: '{{page}}', total: '{{total}}' })));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
    };
  }, [plan, t, paper]);
}

/**
 * The page each link target (each contents entry's heading) will print on. The document is
 * laid out once as the printer will, in columns the size of the printed page
 * (`report-measure` in report.css), and each target's column is its page. Synchronous between
 * adding and removing the class, so nothing is painted in between.
 */
function measurePages(root: HTMLElement): Record<string, number> {
  // Each table's heading row height, for the space its repeats take on printed pages (report.css).
  // Read from the screen's layout, which is already there: a page's content there is as wide as
  // a column (170 mm), so the heights are the same, and the column layout is made once, not twice
  // (the large plan's measure: 9.4 s with two layouts).
  const wraps = [...root.querySelectorAll<HTMLElement>('.r-table-wrap, .r-figure .table-scroll')];
  const heads = wraps.map((w) => w.querySelector('thead')?.getBoundingClientRect().height ?? 0);
  wraps.forEach((w, i) => w.style.setProperty('--r-thead', `${heads[i]}px`));
  root.classList.add('report-measure');
  try {
    const box = root.getBoundingClientRect();
    const out: Record<string, number> = {};
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      const first = id ? document.getElementById(id)?.getClientRects()[0] : undefined;
      if (first) out[id] = columnPage(first.left - box.left, box.width);
    }
    return out;
  } finally {
    root.classList.remove('report-measure');
  }
}

function ReportBody({ data, o, i18n }: { data: ReportData; o: ReportOptions; i18n: I18n }) {
  const t = i18n.t;
  const lng = o.lang;
  const colors = useChartColors();
  const [pages, setPages] = useState<Record<string, number> | null>(null);
  const pagesRef = useRef<Record<string, number> | null>(null);
  useEffect(() => {
    pagesRef.current = pages;
  }, [pages]);
  usePageStyle(data.plan.name, t, o.paper);
  const root = useRef<HTMLDivElement>(null);
  const today = data.dashboard.today;
  const c = useMemo<ChartContext>(() => {
    const d = data.dashboard;
    return chartContext(d, data.allSectors, t, lng, colors);
  }, [data, t, lng, colors]);

  // The handle the printers drive (Electron's main process, the tests, the benchmark).
  const after = useRef<(() => void) | null>(null);
  useEffect(() => {
    after.current?.();
    after.current = null;
  });
  const rerender = (change: () => void) =>
    new Promise<void>((resolve) => {
      after.current = () => void frames().then(resolve);
      change();
    });

  useEffect(() => {
    let live = true;
    const handle: ReportHandle = {
      ready: false,
      error: null,
      units: [],
      measure: async () => (root.current ? measurePages(root.current) : {}),
      // Each unit starts where the first heading in it with a destination landed.
      setStarts: (dests) =>
        rerender(() => {
          const byUnit: Record<string, number> = {};
          let last = 1;
          for (const [i, u] of handle.units.entries()) {
            const el = root.current?.querySelector<HTMLElement>(`[data-unit="${u}"]`);
            const ids = el ? [...el.querySelectorAll<HTMLElement>('[id]')].map((x) => x.id) : [];
            const page = ids.map((id) => dests[id]).find((p) => p !== undefined) ?? (i === 0 ? 1 : last + 1);
            byUnit[u] = page;
            last = page;
          }
          setPages(byUnit);
        }),
      unitStarts: () => handle.units.map((u) => pagesRef.current?.[u] ?? 0),
      meta: () => ({ title: data.plan.name, language: lng, creator: data.plan.region }),
    };
    window.__s3report = handle;
    // Ready when the fonts are in and the charts have been measured and drawn at column width.
    void document.fonts.ready
      .then(frames)
      .then(() => (root.current ? settled(root.current) : undefined))
      .then(async () => {
        if (!live || !root.current) return;
        handle.units = unitsOf(root.current);
        // The browser's own print dialog: the pages measured as for the PDF (unchecked; its
        // paper may differ from the one chosen).
        if (new URLSearchParams(location.hash.split('?')[1] ?? '').get('print') === '1') {
          await handle.setStarts(await handle.measure());
          handle.ready = true;
          window.print();
          return;
        }
        handle.ready = true;
      });
    return () => {
      live = false;
      if (window.__s3report === handle) delete window.__s3report;
    };
    // Once per document: the data is a snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  return (
    <div ref={root} className={`report-root report-root--${o.paper}`}>
      <PrintMedium.Provider value={true}>
        <ReportDocument data={data} o={o} t={t} lng={lng} c={c} today={today} pages={pages} />
      </PrintMedium.Provider>
    </div>
  );
}

/**
 * #/report?lang=fi&sections=…&sector=…&source=…&paper=a4 — the whole report as one printable
 * HTML document, without the app's shell. Printed by Electron (printToPDF), by the tests
 * (page.pdf) and by the browser's own dialog (print=1).
 */
export default function ReportScreen({ route }: { route: Route }) {
  const query = route.params.toString();
  const o = useMemo(() => parseReportQuery(new URLSearchParams(query)), [query]);
  const i18n = useReportI18n(o.lang);
  const hasPlan = useAppStore((s) => s.planFile !== null);
  const { data, error } = useReportData(o, hasPlan);

  // Print styles and light colours on <html> (set on mount, long before the data arrives and
  // the charts read their colours).
  useLayoutEffect(() => {
    const html = document.documentElement;
    const lang = html.lang;
    html.classList.add('report-doc');
    html.lang = o.lang;
    return () => {
      html.classList.remove('report-doc');
      html.lang = lang;
    };
  }, [o.lang]);

  useEffect(() => {
    if (data) document.title = data.plan.name;
  }, [data]);

  useEffect(() => {
    if (error) window.__s3report = { ready: false, error, units: [], measure: async () => ({}), setStarts: async () => {}, unitStarts: () => [], meta: () => ({ title: '', language: o.lang, creator: '' }) };
  }, [error, o.lang]);

  if (!i18n) return null;
  return (
    <I18nextProvider i18n={i18n}>
      {error ? (
        <p role="alert" className="r-status">
          {i18n.t('report.loadFailed')}
        </p>
      ) : !data ? (
        <p role="status" className="r-status">
          {i18n.t('report.loading')}
        </p>
      ) : (
        <ReportBody data={data} o={o} i18n={i18n} />
      )}
    </I18nextProvider>
  );
}
