// Entry of `npm run bench` (bundled and run by test/bench/cli.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { formatTable, planFile, runBench, type Figure } from './bench';
import { firstPaint, initialJsGzipBytes } from './browser';
import { benchImport } from './import';
import { findChromium } from '../e2e/chromium.mjs';
import { benchReport } from './report';

const { values } = parseArgs({
  options: {
    generate: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    plans: { type: 'string', default: 'example,medium,large' },
    reps: { type: 'string', default: '9' },
    'no-browser': { type: 'boolean', default: false },
    import: { type: 'boolean', default: false },
    'pdf-large': { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const plans = (values.quick ? 'example' : values.plans).split(',') as ('example' | 'medium' | 'large')[];
const reps = values.quick ? 3 : Number(values.reps);
const dir = path.join(root, 'test-output', 'bench-plans');

const started = Date.now();
const figures: Figure[] = await runBench({ plans, reps, dir, generate: values.generate, log: (l) => console.log(l) });

const chromiumPath = values['no-browser'] ? null : findChromium();
if (!values['no-browser'] && !chromiumPath) console.log('No Chromium found (set CHROMIUM_PATH): the first-paint and PDF figures are left out.');
if (chromiumPath) process.env.CHROMIUM_PATH = chromiumPath;
if (chromiumPath && fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 's3-paint-'));
  try {
    for (const plan of plans) {
      const paint = await firstPaint(planFile(dir, plan, false), scratch, Math.min(reps, 5));
      figures.push({ plan, figure: 'First paint: Dashboard (Chromium)', ms: paint.dashboardMs, reference: null, referenceMs: null, ratio: null });
      figures.push({ plan, figure: `First paint: stakeholder list, ${paint.rows} rows (Chromium)`, ms: paint.stakeholderListMs, reference: null, referenceMs: null, ratio: null });
      figures.push({ plan, figure: `Switch from the Dashboard to the stakeholder list, ${paint.rows} rows, in a running app (Chromium)`, ms: paint.switchToListMs, reference: null, referenceMs: null, ratio: null });
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  // PDF export (the same two-pass export as Electron's, through Chromium's print pipeline).
  // The large plan's report runs to hundreds of pages and its two-pass export took over ten
  // minutes here: it is measured only when asked (--pdf-large), see test/bench/README.md.
  for (const plan of plans.filter((p) => p === 'example' || (p === 'large' && values['pdf-large']))) {
    const r = await benchReport({ planFile: planFile(dir, plan, false), language: 'fi', reps: plan === 'example' ? Math.min(reps, 3) : 1 });
    figures.push({ plan, figure: 'PDF export (Finnish, all sections)', ms: r.ms, reference: null, referenceMs: null, ratio: null, note: `${r.pages} pages, ${r.bytes} bytes, ${r.prints === 1 ? 'one print' : `${r.prints} prints`}` });
  }
  const bytes = await initialJsGzipBytes();
  figures.push({ plan: '—', figure: 'Initial JavaScript, gzipped (bytes)', ms: null, reference: null, referenceMs: null, ratio: null, note: String(bytes) });
}

// Import of a stakeholder CSV into the example plan against a plain prepared INSERT loop.
if (!values.quick || values['import']) {
  for (const rows of values.quick ? [1_000] : [10_000, 50_000]) {
    const copy = path.join(dir, `import-${rows}.s3plan`);
    fs.copyFileSync(planFile(dir, 'example', false), copy);
    const r = await benchImport(copy, rows);
    figures.push({ plan: 'example', figure: `Import ${rows} stakeholders from CSV (read, check, write)`, ms: r.importMs, reference: 'the same rows (stakeholder, engagement, history) by a plain prepared INSERT loop, one transaction', referenceMs: r.plainInsertMs, ratio: r.importMs / r.plainInsertMs, note: `read ${r.openMs.toFixed(0)} ms, check ${r.previewMs.toFixed(0)} ms, write ${r.writeMs.toFixed(0)} ms, undo ${r.undoMs.toFixed(0)} ms` });
    figures.push({ plan: 'example', figure: `Undo of that import (${rows} stakeholders)`, ms: r.undoMs, reference: 'a plain DELETE of the same rows (foreign keys on), one transaction', referenceMs: r.plainDeleteMs, ratio: r.undoMs / r.plainDeleteMs, note: `the import’s write ${r.writeMs.toFixed(0)} ms` });
    figures.push({ plan: 'example', figure: `A query answered while that import writes`, ms: r.queryDuringWriteMs, reference: null, referenceMs: null, ratio: null });
    fs.rmSync(copy, { force: true });
  }
}

// Memory of a fresh process holding the largest plan open (the main process's share: the core).
const biggest = plans[plans.length - 1]!;
const child = spawnSync(process.execPath, ['--expose-gc', path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 's3-bench', 'memory-child.mjs'), planFile(dir, biggest, false)], { encoding: 'utf8' });
if (child.status === 0) {
  const { before, after } = JSON.parse(child.stdout) as { before: number; after: number };
  figures.push({ plan: biggest, figure: 'Resident memory, core with the plan open (bytes)', ms: null, reference: null, referenceMs: null, ratio: null, note: `${after} (a bare Node process: ${before})` });
} else console.error(child.stderr);

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
console.log(`\n${formatTable(figures)}`);
for (const f of figures.filter((x) => x.note)) console.log(`${f.plan}: ${f.figure}: ${f.note}`);
console.log(`\nMachine: ${machine}. ${((Date.now() - started) / 1000).toFixed(0)} s.`);

if (!values.quick) {
  const out = path.join(root, 'test', 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, reps, figures }, null, 2));
  console.log(`Results: ${path.relative(root, file)}`);
}
