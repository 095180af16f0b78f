// Versions (issue 21): what a version adds to the file, and how long compare and restore take
// on a plan with a few hundred changes since the version.
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/dispatch';
import { readState } from '../../electron/core/versions/state';
import type { Figure } from './bench';
import { median, medianAsync } from './measure';

const figureOf = (plan: string, name: string, ms: number, reference: string, referenceMs: number, note?: string): Figure => ({
  plan, figure: name, ms, reference, referenceMs, ratio: ms / referenceMs, ...(note ? { note } : {}),
});

/** About 300 edits of the kinds a review brings: money, names, measurements. */
function edit(file: string): number {
  const db = new Database(file);
  try {
    const t = new Date().toISOString();
    return db.transaction(() => {
      let n = 0;
      n += db.prepare('UPDATE funding_line SET planned_cents = planned_cents + 10000, updated_at = ? WHERE id IN (SELECT id FROM funding_line ORDER BY id LIMIT 100)').run(t).changes;
      n += db.prepare("UPDATE stakeholder SET name = name || ' (uusi nimi)', updated_at = ? WHERE id IN (SELECT id FROM stakeholder ORDER BY id LIMIT 100)").run(t).changes;
      const indicator = db.prepare('SELECT id FROM indicator LIMIT 1').pluck().get() as string | undefined;
      const add = db.prepare("INSERT INTO measurement (id, indicator_id, value, measured_on, source, created_at, updated_at) VALUES (?, ?, ?, '2026-06-01', '', ?, ?)");
      for (let i = 0; indicator && i < 100; i++) n += add.run(crypto.randomUUID(), indicator, i, t, t).changes;
      return n;
    })();
  } finally {
    db.close();
  }
}

export async function benchVersions(plan: string, file: string, scratch: string, reps: number): Promise<Figure[]> {
  const copy = path.join(scratch, `${plan}-versions.s3plan`);
  fs.rmSync(copy, { force: true });
  const source = new Database(file, { readonly: true });
  source.prepare('VACUUM INTO ?').run(copy);
  source.close();
  const fileBytes = fs.statSync(copy).size;
  const core = createCore({ userDataDir: path.join(scratch, `ud-v-${plan}`), documentsDir: scratch, log: () => {} });
  try {
    await core.dispatch('plan.open', { path: copy });
    const db = core.context.db();
    const state = readState(db);
    const json = JSON.stringify(state);
    const t0 = performance.now();
    const firstVersion = (await core.dispatch('version.create', { name: 'Bench first' })) as { ok: true; value: { id: string; bytes: number } };
    const firstMs = performance.now() - t0;
    let k = 0;
    // Later versions of unchanged content share every chunk: they read and digest the rows, write a manifest.
    const createMs = await medianAsync(reps, () => core.dispatch('version.create', { name: `Bench ${k++}` }));
    const readMs = median(reps, () => readState(db));
    const version = firstVersion.value;
    core.close();
    const sizeNote = `the first version adds ${version.bytes.toLocaleString('en')} bytes (${((100 * version.bytes) / fileBytes).toFixed(1)} % of the ${(fileBytes / 1e6).toFixed(1)} MB file; the row-wise JSON is ${(json.length / 1e6).toFixed(1)} MB, deflated ${(deflateRawSync(json).length / 1e6).toFixed(2)} MB)`;

    const changes = edit(copy);
    const core2 = createCore({ userDataDir: path.join(scratch, `ud-v2-${plan}`), documentsDir: scratch, log: () => {} });
    await core2.dispatch('plan.open', { path: copy });
    const t1 = performance.now();
    await core2.dispatch('version.compare', { from: { kind: 'version', id: version.id } });
    const firstCompareMs = performance.now() - t1;
    // Again: the plan's digests are kept while its file is unchanged.
    const compareMs = await medianAsync(reps, () => core2.dispatch('version.compare', { from: { kind: 'version', id: version.id } }));
    const db2 = core2.context.db();
    const readBoth = median(reps, () => [readState(db2), readState(db2)]);
    const restoreMs = await medianAsync(1, async () => {
      await core2.dispatch('version.restore', { id: version.id });
      await core2.dispatch('history.undo', {});
    });
    // A version after those changes shares the chunks of buckets they did not reach.
    const later = (await core2.dispatch('version.create', { name: 'Bench after changes' })) as { ok: true; value: { bytes: number } };
    core2.close();
    const laterNote = `the first compare after opening (the plan's rows read and digested) took ${firstCompareMs.toFixed(0)} ms; a version after the ${changes} changes adds ${later.value.bytes.toLocaleString('en')} bytes (${((100 * later.value.bytes) / version.bytes).toFixed(0)} % of the first: the buckets the changes reached)`;
    return [
      figureOf(plan, 'Version: the first (rows read and digested, every chunk deflated and stored)', firstMs, 'readState alone', readMs, sizeNote),
      figureOf(plan, 'Version: another of unchanged content (rows digested, chunks shared)', createMs, 'readState alone', readMs),
      figureOf(plan, `Version: compare with the plan now (${changes} rows changed)`, compareMs, 'readState twice', readBoth, laterNote),
      figureOf(plan, `Version: restore and undo (${changes} rows changed)`, restoreMs, 'readState twice', readBoth),
    ];
  } finally {
    core.close();
  }
}
