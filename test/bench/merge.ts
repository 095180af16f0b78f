/**
 * Merge times (issue 21): two copies of a plan carrying the same version, each changed in a few
 * hundred rows (renamed stakeholders, changed money, added and deleted measurements; five
 * fields changed on both sides), then plan.merge.preview and plan.merge.apply through the
 * contract, and the pure three-way merge of the states alone. The plan file is not changed:
 * everything runs on copies in `scratch`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/dispatch';
import { connect } from '../../electron/core/storage/connection';
import { readState } from '../../electron/core/versions/state';
import { references } from '../../electron/core/versions/merge';
import { diffStates } from '../../shared/domain/plan-diff';
import { mergeStates } from '../../shared/domain/plan-merge';
import { median, medianAsync } from './measure';
import type { Figure } from './bench';

const figure = (plan: string, name: string, ms: number, reference: string | null, referenceMs: number | null, note?: string): Figure => ({
  plan, figure: name, ms, reference, referenceMs, ratio: referenceMs ? ms / referenceMs : null, ...(note ? { note } : {}),
});

/** `n` changes of one copy: stakeholders renamed, funding lines changed, measurements added and deleted. */
function edit(file: string, side: 'ours' | 'theirs', n: number) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  const now = new Date().toISOString();
  const offset = side === 'ours' ? 0 : 1;
  db.transaction(() => {
    const stakeholders = db.prepare('SELECT id FROM stakeholder ORDER BY id').pluck().all() as string[];
    const lines = db.prepare('SELECT id FROM funding_line ORDER BY id').pluck().all() as string[];
    const measurements = db.prepare('SELECT id, indicator_id FROM measurement ORDER BY id').all() as { id: string; indicator_id: string }[];
    const quarter = Math.floor(n / 4);
    const at = <T,>(list: readonly T[], i: number): T | undefined => list[i];
    // Even rows for ours, odd for theirs; the first five stakeholders renamed by both (conflicts).
    const rename = db.prepare('UPDATE stakeholder SET name = ?, updated_at = ? WHERE id = ?');
    const money = db.prepare('UPDATE funding_line SET planned_cents = planned_cents + ?, updated_at = ? WHERE id = ?');
    const remove = db.prepare('DELETE FROM measurement WHERE id = ?');
    const add = db.prepare("INSERT INTO measurement (id, indicator_id, value, measured_on, source, created_at, updated_at) VALUES (?, ?, ?, '2026-06-30', 'bench', ?, ?)");
    // A small plan (the example) takes as many as it has rows for.
    for (let i = 0; i < quarter; i++) {
      const s = at(stakeholders, i < 5 ? i : 2 * i + offset);
      if (s) rename.run(`${side} ${i}`, now, s);
      const l = at(lines, 2 * i + offset);
      if (l) money.run(100 + offset, now, l);
      const m = at(measurements, 2 * i + offset);
      if (m) remove.run(m.id);
    }
    const indicator = measurements[measurements.length - 1]?.indicator_id;
    if (indicator) for (let i = 0; i < n - 3 * quarter; i++) add.run(randomUUID(), indicator, i, now, now);
  })();
  db.close();
}

/** A plan file's state and foreign keys, read-only. */
function read(file: string) {
  const db = connect(file, { readonly: true });
  try {
    return { state: readState(db), refs: references(db) };
  } finally {
    db.close();
  }
}

export async function benchMerge(plan: string, file: string, scratch: string, reps: number, changes = plan === 'example' ? 24 : 300): Promise<Figure[]> {
  const dir = path.join(scratch, `merge-${plan}`);
  fs.mkdirSync(dir, { recursive: true });
  const ours = path.join(dir, 'ours.s3plan');
  const theirs = path.join(dir, 'theirs.s3plan');
  fs.copyFileSync(file, ours);
  const core = createCore({ userDataDir: path.join(dir, 'ud'), documentsDir: dir, log: () => {} });
  try {
    await core.dispatch('plan.open', { path: ours });
    const version = await core.dispatch('version.create', { name: 'Bench base' });
    if (!version.ok) throw new Error(`version.create failed: ${JSON.stringify(version.error)}`);
    await core.dispatch('plan.close', {});
    fs.copyFileSync(ours, theirs);
    const base = read(ours).state;
    edit(ours, 'ours', changes);
    edit(theirs, 'theirs', changes);

    // The pure merge of three states, against the compare (one diff) of the same states.
    const a = read(ours), b = read(theirs);
    const probe = mergeStates(base, a.state, b.state, a.refs);
    const mergeMs = median(reps, () => mergeStates(base, a.state, b.state, a.refs));
    const diffMs = median(reps, () => diffStates(base, a.state));

    // The first preview after opening the plan (its digests not yet read), the median of `reps` openings.
    const firsts: number[] = [];
    let first: Awaited<ReturnType<typeof core.dispatch>> | null = null;
    for (let i = 0; i < reps; i++) {
      await core.dispatch('plan.open', { path: ours });
      const t0 = performance.now();
      first = await core.dispatch('plan.merge.preview', { path: theirs });
      firsts.push(performance.now() - t0);
      if (i < reps - 1) await core.dispatch('plan.close', {});
    }
    const firstMs = firsts.sort((x, y) => x - y)[Math.floor(firsts.length / 2)]!;
    if (!first) throw new Error('no preview');
    if (!first.ok) throw new Error(`plan.merge.preview failed: ${JSON.stringify(first.error)}`);
    const preview = first.value as { conflicts: { id: string }[]; changes: unknown[] };
    const previewMs = await medianAsync(reps, () => core.dispatch('plan.merge.preview', { path: theirs }));
    const decisions = Object.fromEntries(preview.conflicts.map((c) => [c.id, 'theirs']));
    const applyMs = await medianAsync(1, async () => {
      const r = await core.dispatch('plan.merge.apply', { path: theirs, decisions, versionName: 'Bench merge' });
      if (!r.ok) throw new Error(`plan.merge.apply failed: ${JSON.stringify(r.error)}`);
    });
    const note = `${changes} changes a side, ${preview.conflicts.length} conflicts, ${preview.changes.length} changes in the result`;
    return [
      figure(plan, `Merge three states (mergeStates, ${changes} changes a side)`, mergeMs, 'compare: diffStates of two states', diffMs, `${probe.conflicts.length} conflicts`),
      figure(plan, 'plan.merge.preview, first (both files checked, read and digested; the common version’s differing chunks; merge; sentences context)', firstMs, null, null, note),
      figure(plan, 'plan.merge.preview again (this plan unchanged: its digests kept)', previewMs, null, null, note),
      figure(plan, 'plan.merge.apply (merge again, write the result, take in versions, record a version; one undo step)', applyMs, null, null, note),
    ];
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
