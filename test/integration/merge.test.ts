import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256, testCore, type TestCore } from '../helpers/core';

/**
 * Merging a colleague's copy (issue 21) through the contract, on real plan files: two copies of
 * the example plan that carry the same version, changed in different ways with one conflicting
 * field; preview writes neither file, apply is one undo step and records a version.
 */
let t: TestCore;
let ours: string, theirs: string;

beforeEach(async () => {
  t = testCore();
  const example = (await t.call('plan.openExample', {})).path;
  await t.call('version.create', { name: 'Hyväksytty 6/2021' });
  await t.call('plan.close', {});
  ours = path.join(t.dir, 'oma.s3plan');
  theirs = path.join(t.dir, 'anna.s3plan');
  fs.copyFileSync(example, ours);
  fs.copyFileSync(example, theirs);
});
afterEach(() => t.close());

/** Two sectors and an action of the example plan, by position. */
async function picks() {
  const sectors = await t.call('sector.list', {});
  const actions = await t.call('action.list', {});
  return { s1: sectors[0]!, s2: sectors[1]!, a: actions[0]! };
}

/** Theirs: renames the action (the conflict), describes the second sector, adds a stakeholder. */
async function editTheirs() {
  await t.call('plan.open', { path: theirs });
  const { s2, a } = await picks();
  const action = await t.call('action.get', { id: a.id });
  await t.call('action.update', { id: a.id, expectedUpdatedAt: action.updatedAt, title: 'Annan nimi' });
  await t.call('sector.update', { id: s2.id, expectedUpdatedAt: s2.updatedAt, description: 'Annan kuvaus' });
  await t.call('stakeholder.create', { name: 'Annan uusi toimija Oy', helix: 'business', type: 'sme' });
  await t.call('plan.close', {});
}

/** Ours: renames the first sector and the same action differently. */
async function editOurs() {
  await t.call('plan.open', { path: ours });
  const { s1, a } = await picks();
  const action = await t.call('action.get', { id: a.id });
  await t.call('action.update', { id: a.id, expectedUpdatedAt: action.updatedAt, title: 'Oma nimi' });
  await t.call('sector.update', { id: s1.id, expectedUpdatedAt: s1.updatedAt, name: 'Oma kärkiala' });
  return { s1, a };
}

describe('plan.merge', () => {
  it('previews without writing either file, applies the decisions as one undo step and records the merge', async () => {
    await editTheirs();
    const { s1, a } = await editOurs();
    const before = { ours: sha256(ours), theirs: sha256(theirs) };

    const preview = await t.call('plan.merge.preview', { path: theirs });
    expect({ ours: sha256(ours), theirs: sha256(theirs) }).toEqual(before);
    expect(preview.base?.name).toBe('Hyväksytty 6/2021');
    expect(preview.conflicts).toEqual([expect.objectContaining({ kind: 'field', table: 'action', field: 'title', ours: 'Oma nimi', theirs: 'Annan nimi' })]);
    const from = (table: string, field?: string) => preview.changes.filter((c) => c.table === table && c.field === field).map((c) => c.from);
    expect(from('sector', 'name')).toEqual(['ours']);
    expect(from('sector', 'description')).toEqual(['theirs']);
    expect(preview.changes.filter((c) => c.table === 'stakeholder' && c.kind === 'added').map((c) => c.from)).toEqual(['theirs']);
    expect(preview.counts).toMatchObject({ ours: 2, theirs: 2 });

    const initial = (await t.call('version.list', {})).map((v) => v.name);
    const id = preview.conflicts[0]!.id;
    const result = await t.call('plan.merge.apply', { path: theirs, decisions: { [id]: 'theirs' }, versionName: 'Yhdistetty: anna.s3plan' });
    expect(sha256(theirs)).toBe(before.theirs);
    expect(result.counts).toMatchObject({ ours: 1, theirs: 3 });
    expect((await t.call('action.get', { id: a.id })).title).toBe('Annan nimi');
    expect((await t.call('sector.get', { id: s1.id })).name).toBe('Oma kärkiala');
    expect((await t.call('stakeholder.list', {})).map((s) => s.name)).toContain('Annan uusi toimija Oy');
    expect((await t.call('version.list', {})).map((v) => v.name)).toEqual(['Yhdistetty: anna.s3plan', ...initial]);

    // One undo step takes the whole merge back, the version with it.
    await t.call('history.undo', {});
    expect((await t.call('action.get', { id: a.id })).title).toBe('Oma nimi');
    expect((await t.call('stakeholder.list', {})).map((s) => s.name)).not.toContain('Annan uusi toimija Oy');
    expect((await t.call('version.list', {})).map((v) => v.name)).toEqual(initial);
  });

  it('each merge takes in the other file’s versions, so the next one starts from the newer common version', async () => {
    await editTheirs();
    const { s1 } = await editOurs();
    const preview = await t.call('plan.merge.preview', { path: theirs });
    await t.call('plan.merge.apply', { path: theirs, decisions: { [preview.conflicts[0]!.id]: 'ours' }, versionName: 'Yhdistetty A' });
    await t.call('plan.close', {});
    // The colleague merges our result back: the common version is still the adopted one, so
    // the title both changed is asked again; they take ours.
    await t.call('plan.open', { path: theirs });
    const back = await t.call('plan.merge.preview', { path: ours });
    expect(back.base?.name).toBe('Hyväksytty 6/2021');
    expect(back.conflicts.map((c) => c.kind === 'field' && c.field)).toEqual(['title']);
    await t.call('plan.merge.apply', { path: ours, decisions: { [back.conflicts[0]!.id]: 'theirs' }, versionName: 'Yhdistetty B' });
    const sector = await t.call('sector.get', { id: s1.id });
    await t.call('sector.update', { id: s1.id, expectedUpdatedAt: sector.updatedAt, rationale: 'Annan perustelu' });
    await t.call('plan.close', {});
    // Now both files carry "Yhdistetty A": it is the base, and only the colleague's new change is left.
    await t.call('plan.open', { path: ours });
    const again = await t.call('plan.merge.preview', { path: theirs });
    expect(again.base?.name).toBe('Yhdistetty A');
    expect(again.conflicts).toEqual([]);
    expect(again.changes.map((c) => [c.table, c.field, c.from])).toEqual([['sector', 'rationale', 'theirs']]);
  });

  it('refuses a file of another plan, and decisions that do not match the files, changing nothing', async () => {
    await editTheirs();
    await editOurs();
    const other = path.join(t.dir, 'toinen.s3plan');
    await t.call('plan.close', {});
    await t.call('plan.create', { path: other, fields: { name: 'Toinen', region: 'Muu', periodStart: 2021, periodEnd: 2027 } });
    await t.call('plan.close', {});
    await t.call('plan.open', { path: ours });
    const hashes = { ours: sha256(ours), other: sha256(other) };
    const versions = (await t.call('version.list', {})).map((v) => v.name);
    expect(await t.fails('plan.merge.preview', { path: other })).toMatchObject({ kind: 'file', reason: 'otherPlan' });
    expect(await t.fails('plan.merge.apply', { path: theirs, decisions: {}, versionName: 'X' })).toMatchObject({ kind: 'conflict', entity: 'merge' });
    expect({ ours: sha256(ours), other: sha256(other) }).toEqual(hashes);
    expect((await t.call('version.list', {})).map((v) => v.name)).toEqual(versions);
  });

  it('without a common version asks about every difference', async () => {
    await editTheirs();
    // Our copy without the shared version (as if it had been copied before the version was named).
    const raw = new Database(ours);
    raw.prepare('DELETE FROM plan_version').run();
    raw.close();
    await editOurs();
    const preview = await t.call('plan.merge.preview', { path: theirs });
    expect(preview.base).toBeNull();
    // Each side's change is now a question: the title, the two sector fields and the stakeholder.
    expect(preview.conflicts.map((c) => `${c.table}:${c.kind === 'field' ? c.field : c.kind}`).sort()).toEqual(['action:title', 'sector:description', 'sector:name', 'stakeholder:deleted']);
  });

  it('reads a copy of an older schema on a temporary copy, leaving it byte-identical', async () => {
    const file = path.join(t.dir, 'vanha.s3plan');
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'plan-v4.s3plan'), file);
    // Opening migrates the plan and keeps the schema-4 bytes beside it: the same plan, older schema.
    await t.call('plan.open', { path: file });
    const old = `${file}.v4.backup`;
    const hash = sha256(old);
    const before = fs.readdirSync(t.dir).sort();
    const preview = await t.call('plan.merge.preview', { path: old });
    expect(preview.base).toBeNull();
    expect(preview.conflicts).toEqual([]);
    expect(sha256(old)).toBe(hash);
    expect(fs.readdirSync(t.dir).sort()).toEqual(before);
  });
});
