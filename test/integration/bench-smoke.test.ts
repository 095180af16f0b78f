import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench, formatTable } from '../bench/bench';
import { writeGeneratedPlan, type PlanSize } from '../bench/generate';
import { tempDir } from '../helpers/core';

// A quick run of the benchmark on the example plan, so `npm run bench` cannot rot. Timings are
// printed by the benchmark, never asserted here.
const dir = tempDir('s3-bench-smoke-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the benchmark', () => {
  it('runs on the example plan and reports every figure with its reference', async () => {
    const figures = await runBench({ plans: ['example'], reps: 1, dir, generate: true });
    const names = figures.map((f) => f.figure);
    expect(names).toEqual(expect.arrayContaining([
      'Open a plan (checks included)',
      'Stakeholder list (all rows)',
      'Round trip plan.get (validate, dispatch, reply)',
      'Command action.create with 3 funding lines (durable)',
    ]));
    for (const f of figures) {
      expect(f.ms, f.figure).toBeGreaterThanOrEqual(0);
      if (f.referenceMs) expect(f.ratio).toBeCloseTo(f.ms! / f.referenceMs, 6);
    }
    expect(formatTable(figures)).toContain('ratio');
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
