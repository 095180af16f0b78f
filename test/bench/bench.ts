// `npm run bench`: the speed of the planner at the sizes a region reaches, each figure with a
// reference measured in the same run. Timings are reported, never asserted (see README).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/dispatch';
import { openPlanFile } from '../../electron/core/storage/open-plan';
import { getPlan } from '../../electron/core/storage/repos/plan-repo';
import { listStakeholders } from '../../electron/core/storage/repos/stakeholder-repo';
import { writeExamplePlan } from '../../electron/core/example/example-plan';
import { matchesSearch, searchKey } from '../../shared/domain/text';
import { sizes, writeGeneratedPlan } from './generate';
import { hasSqliteShell, median, medianAsync, sqliteShell } from './measure';
import { benchDashboard } from './dashboard';
import { benchVersions } from './versions';
import { benchMerge } from './merge';

export interface Figure {
  plan: string;
  figure: string;
  ms: number | null;
  reference: string | null;
  referenceMs: number | null;
  ratio: number | null;
  note?: string;
}

export interface BenchOptions {
  plans: ('example' | 'medium' | 'large')[];
  reps: number;
  dir: string;
  generate: boolean;
  log?: (line: string) => void;
}

const figure = (plan: string, name: string, ms: number, reference: string | null, referenceMs: number | null, note?: string): Figure => ({
  plan, figure: name, ms, reference, referenceMs, ratio: referenceMs ? ms / referenceMs : null, ...(note ? { note } : {}),
});

/** The plan file for a size, generated (deterministically) if missing or asked to. */
export function planFile(dir: string, plan: BenchOptions['plans'][number], generate: boolean): string {
  const file = path.join(dir, `${plan}.s3plan`);
  if (!generate && fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  if (plan === 'example') {
    fs.rmSync(file, { force: true });
    writeExamplePlan(file);
  } else writeGeneratedPlan(file, sizes[plan]);
  return file;
}

const STAKEHOLDER_SQL = [
  'SELECT stakeholder_id, sector_id, level, changed_on FROM engagement',
  'SELECT stakeholder_id, network_id FROM network_member',
  'SELECT * FROM stakeholder',
];

export async function runBench(options: BenchOptions): Promise<Figure[]> {
  const log = options.log ?? (() => {});
  const figures: Figure[] = [];
  const shell = hasSqliteShell();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 's3-bench-'));
  try {
    for (const plan of options.plans) {
      const file = planFile(options.dir, plan, options.generate);
      log(`${plan}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
      const reps = options.reps;

      // Open, with the header, schema and quick_check checks, against a bare open.
      figures.push(figure(plan, 'Open a plan (checks included)', median(reps, () => openPlanFile(file).close()),
        'plain better-sqlite3 open', median(reps, () => new Database(file).close())));

      figures.push(...(await benchDashboard(plan, file, scratch, reps, shell)));
      figures.push(...(await benchVersions(plan, file, scratch, reps)));
      figures.push(...(await benchMerge(plan, file, scratch, reps)));

      const db = openPlanFile(file);
      try {
        const listMs = median(reps, () => listStakeholders(db));
        const listShellMs = shell ? sqliteShell(file, STAKEHOLDER_SQL, reps) : null;
        figures.push(figure(plan, 'Stakeholder list (all rows)', listMs, shell ? 'same SQL in sqlite3' : null, listShellMs));
        // The floor under the list: the same statements' values read into JavaScript as plain
        // arrays (.raw(), no row objects, no relations, no sort). The shell writes them out as text.
        const rawList = STAKEHOLDER_SQL.map((sql) => db.prepare(sql).raw());
        figures.push(figure(plan, 'Stakeholder list: its SQL read as arrays (.raw(), no objects)', median(reps, () => rawList.forEach((st) => st.all())), shell ? 'same SQL in sqlite3' : null, listShellMs));

        const rows = listStakeholders(db);
        const keys = rows.map((r) => searchKey(r.name, r.municipality));
        const searchMs = median(reps, () => keys.filter((k) => matchesSearch(k, 'ääne')).length);
        figures.push(figure(plan, `Search ${rows.length} stakeholders ("ääne", folded)`, searchMs,
          shell ? "sqlite3 LIKE '%ääne%' (ASCII-only, misses Ä)" : null,
          shell ? sqliteShell(file, ["SELECT id FROM stakeholder WHERE name LIKE '%ääne%' OR municipality LIKE '%ääne%'"], reps) : null));

        // One round trip through the contract against calling the repo directly.
        // On a copy: the commands below add actions, and the generated plan must stay as generated
        // for the next run (it once gained six "Bench n" actions a run).
        const work = path.join(scratch, `${plan}-work.s3plan`);
        fs.copyFileSync(file, work);
        const core = createCore({ userDataDir: path.join(scratch, 'ud'), documentsDir: scratch, log: () => {} });
        await core.dispatch('plan.open', { path: work });
        const tripMs = await medianAsync(reps * 20, () => core.dispatch('plan.get', {}));
        figures.push(figure(plan, 'Round trip plan.get (validate, dispatch, reply)', tripMs, 'repo call getPlan()', median(reps * 20, () => getPlan(db))));

        // A command with a durable commit (and its undo record) against the same inserts.
        const sources = (await core.dispatch('fundingSource.list', {})) as { ok: true; value: { id: string }[] };
        const lines = sources.value.slice(0, 3).map((s, i) => ({ fundingSourceId: s.id, plannedCents: 100_000 * (i + 1), committedCents: 0, spentCents: 0, note: '' }));
        let n = 0;
        const commandMs = await medianAsync(reps, () =>
          core.dispatch('action.create', { title: `Bench ${n++}`, type: 'project', fundingLines: lines }),
        );
        core.close();
        const copy = path.join(scratch, `${plan}-copy.s3plan`);
        db.prepare('VACUUM INTO ?').run(copy);
        const raw = new Database(copy);
        raw.pragma('synchronous = EXTRA');
        raw.pragma('foreign_keys = ON');
        const insAction = raw.prepare("INSERT INTO action (id, title, type, status, progress, description, created_at, updated_at) VALUES (?, ?, 'project', 'planned', 0, '', ?, ?)");
        // An undated action's lines go to the plan period's first year (2021 in both bench plans), as action.create puts them.
        const insLine = raw.prepare('INSERT INTO funding_line (id, action_id, funding_source_id, year, planned_cents, committed_cents, spent_cents, note, created_at, updated_at) VALUES (?, ?, ?, 2021, ?, 0, 0, \'\', ?, ?)');
        const plainMs = median(reps, () =>
          raw.transaction(() => {
            const id = crypto.randomUUID();
            const t = new Date().toISOString();
            insAction.run(id, `Plain ${n++}`, t, t);
            for (const l of lines) insLine.run(crypto.randomUUID(), id, l.fundingSourceId, l.plannedCents, t, t);
          })(),
        );
        raw.close();
        figures.push(figure(plan, 'Command action.create with 3 funding lines (durable)', commandMs, 'same inserts, one transaction, plain better-sqlite3', plainMs));

        if (plan !== 'example' || shell) {
          const target = path.join(scratch, `${plan}-saved.s3plan`);
          const core2 = createCore({ userDataDir: path.join(scratch, 'ud2'), documentsDir: scratch, log: () => {} });
          await core2.dispatch('plan.open', { path: file });
          let k = 0;
          const saveAsMs = await medianAsync(Math.max(3, Math.floor(reps / 3)), async () => {
            await core2.dispatch('plan.saveAs', { path: `${target}.${k++}.s3plan` });
            await core2.dispatch('plan.open', { path: file });
          });
          core2.close();
          const backupMs = shell
            ? median(Math.max(3, Math.floor(reps / 3)), () => execFileSync('sqlite3', [file, `.backup '${target}.ref${k++}'`]))
            : null;
          figures.push(figure(plan, 'Save As (VACUUM INTO, check, rename; reopen)', saveAsMs, shell ? 'sqlite3 .backup (process included)' : null, backupMs));
        }
      } finally {
        db.close();
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}

export function formatTable(figures: Figure[]): string {
  const f = (ms: number | null) => (ms === null ? '—' : ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
  const rows = figures.map((x) => [x.plan, x.figure, f(x.ms), x.reference ?? '—', f(x.referenceMs), x.ratio === null ? '—' : `${x.ratio.toFixed(2)}×`]);
  const head = ['plan', 'figure', 'ms (median)', 'reference', 'ref ms', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i >= 2 && i !== 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
