import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreWithPlan, planFields, sha256, type TestCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';
import { changeLines } from '../../../shared/domain/change-sentences';
import { readState } from '../../../electron/core/versions/state';
import { encodeState } from '../../../electron/core/versions/store';
import { currentSchemaVersion } from '../../../electron/core/storage/migrations';

// The version channels through the contract on real plan files: create, list, compare,
// restore (one undo step), open read-only, and compare with another file of the same plan.
const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');
let t: TestCore;
let plan: string;
beforeEach(async () => {
  ({ t, plan } = await coreWithPlan());
});
afterEach(() => t.close());

const english = (result: Awaited<ReturnType<TestCore['call']>>) => {
  const r = result as { changes: Parameters<typeof changeLines>[0]; context: Parameters<typeof changeLines>[1] };
  return changeLines(r.changes, r.context, translator('en'), 'en').map((l) => l.text);
};

describe('versions', () => {
  it('are named, listed with their size, and compared with the plan now in sentences', async () => {
    const v = await t.call('version.create', { name: 'Hyväksytty 6/2021' });
    expect(v).toMatchObject({ name: 'Hyväksytty 6/2021', schemaVersion: currentSchemaVersion, rowCount: expect.any(Number) });
    expect(v.bytes).toBeGreaterThan(0);
    expect(await t.call('version.list', {})).toEqual([v]);
    expect(english(await t.call('version.compare', { from: { kind: 'version', id: v.id } }))).toEqual([]);

    await t.call('sector.create', { name: 'Logistiikka' });
    const compared = await t.call('version.compare', { from: { kind: 'version', id: v.id }, to: { kind: 'current' } });
    expect(compared.from).toMatchObject({ kind: 'version', name: 'Hyväksytty 6/2021' });
    expect(english(compared)).toEqual(['New sector “Logistiikka”']);
  });

  it('restore as one undo step: the version’s content comes back, undo brings the edits back', async () => {
    const v = await t.call('version.create', { name: 'Ennen' });
    const [bio] = await t.call('sector.list', {});
    await t.call('sector.create', { name: 'Logistiikka' });
    await t.call('sector.delete', { id: bio!.id });
    const restored = await t.call('version.restore', { id: v.id });
    expect(restored).toEqual({ inserted: 1, updated: 0, deleted: 1 });
    expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Biotalous']);
    expect(await t.call('history.state', {})).toMatchObject({ undo: 'version.restore' });
    await t.call('history.undo', {});
    expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Logistiikka']);
    // The versions themselves are not part of what is restored: the version is still there.
    expect((await t.call('version.list', {})).map((x) => x.name)).toEqual(['Ennen']);
  });

  it('open read-only: the version’s content, every change refused, the plan file untouched', async () => {
    const v = await t.call('version.create', { name: 'Ennen' });
    await t.call('sector.create', { name: 'Logistiikka' });
    await t.call('plan.close', {});
    await t.call('plan.open', { path: plan });
    const hash = sha256(plan);
    const opened = await t.call('version.open', { id: v.id });
    expect(opened.readOnly).toBe('chosen');
    expect(opened.path).not.toBe(plan);
    expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Biotalous']);
    expect(await t.fails('sector.create', { name: 'X' })).toMatchObject({ kind: 'file', reason: 'planReadOnly' });
    expect(sha256(plan)).toBe(hash);
  });

  it('the example plan carries its adopted version; since then, measurements and engagement have changed', async () => {
    await t.call('plan.openExample', {});
    const [adopted] = await t.call('version.list', {});
    expect(adopted).toMatchObject({ name: 'Hyväksytty 6/2021', createdAt: '2021-06-14T10:00:00.000Z' });
    const lines = english(await t.call('version.compare', { from: { kind: 'version', id: adopted!.id } }));
    expect(lines.some((l) => l.startsWith('New measurement of “'))).toBe(true);
    expect(lines.length).toBeGreaterThan(5);
  });

  it('share the rows they have in common; undoing one another window’s version still needs is refused, both kept whole', async () => {
    const depth = (await t.call('history.state', {})).undoDepth;
    const first = await t.call('version.create', { name: 'Ensimmäinen' });
    const other = t.window('other');
    const second = await other.call('version.create', { name: 'Toinen' });
    // Nothing changed between them: the second shares every chunk and adds only its manifest.
    expect(second.bytes).toBeLessThan(first.bytes);
    const error = await t.fails('history.undo', {});
    expect(error).toMatchObject({ kind: 'undoRefused' });
    expect((await t.call('version.list', {})).map((v) => v.name).sort()).toEqual(['Ensimmäinen', 'Toinen']);
    expect(english(await t.call('version.compare', { from: { kind: 'version', id: second.id } }))).toEqual([]);
    // The refused step is gone from this window's history; the other window's undo leaves the first version whole.
    expect((await t.call('history.state', {})).undoDepth).toBe(depth);
    await other.call('history.undo', {});
    expect((await t.call('version.list', {})).map((v) => v.name)).toEqual(['Ensimmäinen']);
    expect(english(await t.call('version.compare', { from: { kind: 'version', id: first.id } }))).toEqual([]);
  });

  it('travel with a copy of the file', async () => {
    await t.call('version.create', { name: 'Ennen' });
    const copy = path.join(t.dir, 'kopio.s3plan');
    await t.call('plan.saveAs', { path: copy });
    expect((await t.call('version.list', {})).map((x) => x.name)).toEqual(['Ennen']);
  });
});

describe('compare with another file', () => {
  it('of the same plan: its changes, the file left as it was', async () => {
    const copy = path.join(t.dir, 'kollegan kopio.s3plan');
    await t.call('plan.saveAs', { path: copy });
    await t.call('sector.create', { name: 'Kollegan kärkiala' });
    await t.call('plan.open', { path: plan });
    const hash = sha256(copy);
    const compared = await t.call('version.compare', { from: { kind: 'current' }, to: { kind: 'file', path: copy } });
    expect(compared.to).toMatchObject({ kind: 'file', name: 'kollegan kopio.s3plan' });
    expect(english(compared)).toEqual(['New sector “Kollegan kärkiala”']);
    expect(sha256(copy)).toBe(hash);
  });

  it('of another plan: refused with otherPlan, nothing changed', async () => {
    const other = path.join(t.dir, 'toinen.s3plan');
    await t.call('plan.create', { path: other, fields: { ...planFields, name: 'Toinen' } });
    await t.call('plan.open', { path: plan });
    const hash = sha256(other);
    expect(await t.fails('version.compare', { from: { kind: 'file', path: other } })).toEqual({ kind: 'file', reason: 'otherPlan', file: other });
    expect(sha256(other)).toBe(hash);
  });

  it('of an older schema: migrated on a temporary copy, the file byte for byte as it was', async () => {
    const older = path.join(t.dir, 'plan-v4.s3plan');
    fs.copyFileSync(path.join(fixtures, 'plan-v4.s3plan'), older);
    const mine = path.join(t.dir, 'mine.s3plan');
    fs.copyFileSync(older, mine);
    await t.call('plan.open', { path: mine });
    await t.call('sector.create', { name: 'Uusi' });
    const hash = sha256(older);
    const before = fs.readdirSync(t.dir).sort();
    const compared = await t.call('version.compare', { from: { kind: 'file', path: older } });
    expect(english(compared)).toEqual(['New sector “Uusi”']);
    expect(sha256(older)).toBe(hash);
    // Nothing written beside it (no backup, no journal, no temp file).
    expect(fs.readdirSync(t.dir).sort()).toEqual(before);
  });

  it('a version stored by an older schema is brought forward to compare and restore', async () => {
    const mine = path.join(t.dir, 'mine.s3plan');
    fs.copyFileSync(path.join(fixtures, 'plan-v4.s3plan'), mine);
    // The state as the schema-4 release would have stored it.
    const raw = new Database(path.join(fixtures, 'plan-v4.s3plan'), { readonly: true });
    const old = readState(raw);
    raw.close();
    expect(old.schemaVersion).toBe(4);
    await t.call('plan.open', { path: mine });
    const db = t.core.context.db();
    db.prepare("INSERT INTO plan_version (id, name, created_at, created_by, schema_version, row_count, state) VALUES ('6f1c2a52-3f2e-4d4e-9d1a-0b8f0e5d2c11', 'v4', '2024-01-01T00:00:00.000Z', NULL, 4, 0, ?)").run(encodeState(old));
    const id = '6f1c2a52-3f2e-4d4e-9d1a-0b8f0e5d2c11';
    expect(english(await t.call('version.compare', { from: { kind: 'version', id } }))).toEqual([]);
    await t.call('sector.create', { name: 'Uusi' });
    await t.call('version.restore', { id });
    expect((await t.call('sector.list', {})).map((s) => s.name)).not.toContain('Uusi');
  });
});
