import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench, formatTable } from '../bench/bench';
import { writeGeneratedPlan, type PlanSize } from '../bench/generate';
import { hasSqliteShell } from '../bench/measure';
import example from '../../resources/example-plan/example-plan.json';
import { tempDir } from '../helpers/core';

// A quick run of the benchmark on the example plan, so `npm run bench` cannot rot: every figure
// is there, measured, with its reference, and the totals add up. How fast is never asserted.
const dir = tempDir('s3-bench-smoke-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the benchmark', () => {
  it('runs on the example plan and reports every figure with its reference', async () => {
    const figures = await runBench({ plans: ['example'], reps: 1, dir, generate: true });
    const names = figures.map((f) => f.figure);
    const queries = names.filter((n) => /^Dashboard query \d+ \(\w+\)$/.test(n));
    expect(names.sort()).toEqual([
      'Open a plan (checks included)',
      `Dashboard: all ${queries.length} queries (SQL only)`,
      'Dashboard: dashboard.get through the contract (shaping included)',
      ...['an engagement level set', 'a measurement added', 'an action’s progress set'].map((what) => `Dashboard: dashboard.get after ${what} (the reads of the tables it wrote again)`),
      'Stakeholder list (all rows)',
      'Stakeholder list: its SQL read as arrays (.raw(), no objects)',
      // The search runs over every stakeholder of the example plan.
      `Search ${example.stakeholders.length} stakeholders ("ääne", folded)`,
      'Round trip plan.get (validate, dispatch, reply)',
      'Command action.create with 3 funding lines (durable)',
      'Version: the first (rows read and digested, every chunk deflated and stored)',
      'Version: another of unchanged content (rows digested, chunks shared)',
      ...names.filter((n) => /^Version: (compare with the plan now|restore and undo) \(\d+ rows changed\)$/.test(n)),
      ...names.filter((n) => /^Merge three states \(mergeStates, \d+ changes a side\)$/.test(n)),
      "plan.merge.preview, first (both files checked, read and digested; the common version’s differing chunks; merge; sentences context)",
      'plan.merge.preview again (this plan unchanged: its digests kept)',
      'plan.merge.apply (merge again, write the result, take in versions, record a version; one undo step)',
      // Save As is compared with sqlite3's .backup, so measured only where the shell is.
      ...(hasSqliteShell() ? ['Save As (VACUUM INTO, check, rename; reopen)'] : []),
      ...queries,
    ].sort());
    expect(names.filter((n) => n.startsWith('Version: '))).toHaveLength(4);
    expect(names.filter((n) => n.includes('erge'))).toHaveLength(4);
    // One figure per statement of dashboard.get: the coverage, network, stakeholder, action,
    // money and indicator queries at least.
    expect(queries.length).toBeGreaterThanOrEqual(6);

    for (const f of figures) {
      expect(f.plan).toBe('example');
      // Something was measured: a duration, not a placeholder (hrtime never reads 0 for real work).
      expect(Number.isFinite(f.ms) && f.ms! > 0, `${f.figure}: ${f.ms} ms`).toBe(true);
      if (f.reference === null) expect(f.referenceMs, f.figure).toBeNull();
      else {
        // sqlite3's .timer reads whole milliseconds, so a quick reference may read 0 (and has no ratio).
        const shellTimed = /(^|\s)sqlite3\b/.test(f.reference);
        expect(Number.isFinite(f.referenceMs) && f.referenceMs! >= (shellTimed ? 0 : Number.MIN_VALUE), `${f.figure}: reference ${f.referenceMs} ms`).toBe(true);
        if (f.referenceMs) expect(f.ratio).toBeCloseTo(f.ms! / f.referenceMs, 6);
        else expect(f.ratio).toBeNull();
      }
    }
    // The totals are the sums of their parts, and the contract's figure is set against them.
    const byName = new Map(figures.map((f) => [f.figure, f]));
    const sqlOnly = byName.get(`Dashboard: all ${queries.length} queries (SQL only)`)!;
    expect(sqlOnly.ms).toBeCloseTo(queries.reduce((n, q) => n + byName.get(q)!.ms!, 0), 6);
    expect(byName.get('Dashboard: dashboard.get through the contract (shaping included)')!.referenceMs).toBe(sqlOnly.ms);
    expect(formatTable(figures)).toContain('ratio');

    // The plan measured is left as generated: a second run measures the same rows.
    const plan = new Database(path.join(dir, 'example.s3plan'), { readonly: true });
    const actions = plan.prepare('SELECT count(*) AS n FROM action').get() as { n: number };
    plan.close();
    expect(actions.n).toBe(example.actions.length);
  });

  it('generates the same plan from the same seed', () => {
    const tiny: PlanSize = { name: 'tiny', sectors: 4, stakeholders: 60, networks: 5, actions: 20, engagements: 80, measurements: 100, workshops: 3, indicators: 6 };
    const a = path.join(dir, 'a.s3plan');
    const b = path.join(dir, 'b.s3plan');
    writeGeneratedPlan(a, tiny, 7);
    writeGeneratedPlan(b, tiny, 7);
    const dump = (file: string) => {
      const db = new Database(file, { readonly: true });
      const out = ['stakeholder', 'engagement', 'action', 'funding_line', 'measurement'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
      const counts = db.prepare('SELECT (SELECT count(*) FROM stakeholder) s, (SELECT count(*) FROM engagement) e, (SELECT count(*) FROM measurement) m').get();
      db.close();
      return { out, counts };
    };
    const da = dump(a);
    expect(da).toEqual(dump(b));
    expect(da.counts).toEqual({ s: 60, e: 80, m: 100 });
  });
});
