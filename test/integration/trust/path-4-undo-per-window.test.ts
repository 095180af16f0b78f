import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore, Window } from '../../helpers/core';
import { dump, planCore } from '../handlers/helpers';

/**
 * Path 4: two windows on one plan shared one undo stack, and undo wrote whole old rows without
 * looking: window A's Undo erased window B's saved note, and undoing "create Z" deleted B's
 * engagement on Z. Undo and redo now belong to the window that made the change, and a step
 * whose rows were changed since by someone else is refused, naming them.
 */
let t: TestCore;
let a: Window;
let b: Window;

beforeEach(async () => {
  t = await planCore();
  a = t.window('window-1');
  b = t.window('window-2');
});
afterEach(() => t.close());

const row = (sql: string, ...params: unknown[]) => t.core.context.db().prepare(sql).get(...params) as Record<string, unknown> | undefined;

describe('path 4: undo belongs to the window that made the change', () => {
  it("each window undoes its own step, not the other's latest", async () => {
    const x = await a.call('sector.create', { name: 'Biotalous' });
    const y = await b.call('sector.create', { name: 'Logistiikka' });
    expect((await a.call('history.state', {})).undo).toBe('sector.create');
    await b.call('history.undo', {});
    expect(row('SELECT id FROM sector WHERE id = ?', y.id)).toBeUndefined();
    expect(row('SELECT id FROM sector WHERE id = ?', x.id)).toBeDefined();
    expect(await a.call('history.state', {})).toMatchObject({ undoDepth: 1, redoDepth: 0 });
    expect(await b.call('history.state', {})).toMatchObject({ undoDepth: 0, redoDepth: 1 });
  });

  it("A's undo does not erase B's note saved after it: refused, naming the stakeholder", async () => {
    const s = await a.call('stakeholder.create', { name: 'Prizztech Oy', helix: 'business', type: 'development_company' });
    const saved = await b.call('stakeholder.update', { id: s.id, expectedUpdatedAt: s.updatedAt, name: 'Prizztech Oy', helix: 'business', type: 'development_company', notes: 'Soitettu 3.3.' });
    const before = dump(t);
    const error = await a.fails('history.undo', {});
    expect(error).toEqual({ kind: 'undoRefused', mode: 'undo', reason: 'changedSince', label: 'stakeholder.create', rows: [{ entity: 'stakeholder', name: 'Prizztech Oy' }] });
    expect(dump(t)).toEqual(before);
    expect(row('SELECT notes FROM stakeholder WHERE id = ?', s.id)).toEqual({ notes: 'Soitettu 3.3.' });
    expect(saved.notes).toBe('Soitettu 3.3.');
    // The refused step left A's history: A's Undo no longer offers it.
    expect(await a.call('history.state', {})).toMatchObject({ undo: null, undoDepth: 0 });
  });

  it("undoing A's 'create Z' does not delete B's engagement on Z", async () => {
    const p = await a.call('stakeholder.create', { name: 'Xamk', helix: 'academia', type: 'uas' });
    const z = await a.call('sector.create', { name: 'Kiertotalous' });
    await b.call('engagement.set', { stakeholderId: p.id, sectorId: z.id, level: 'involved', changedOn: '2024-05-01' });
    const before = dump(t);
    const error = await a.fails('history.undo', {});
    expect(error).toMatchObject({ kind: 'undoRefused', reason: 'changedSince', label: 'sector.create' });
    expect(error.kind === 'undoRefused' && error.rows.map((r) => r.entity)).toContain('engagement');
    expect(error.kind === 'undoRefused' && error.rows.find((r) => r.entity === 'engagement')?.name).toBe('Xamk · Kiertotalous');
    expect(dump(t)).toEqual(before);
    // A's earlier step (an unrelated one) can still be undone... but not this one, which B built on:
    // the stakeholder has B's engagement too, so it is refused as well and nothing changes.
    expect((await a.fails('history.undo', {})).kind).toBe('undoRefused');
    expect(dump(t)).toEqual(before);
  });

  it('a step whose rows nobody else touched still undoes and redoes exactly, with B working elsewhere', async () => {
    const s = await a.call('sector.create', { name: 'Energia' });
    const before = dump(t);
    await a.call('sector.update', { id: s.id, expectedUpdatedAt: s.updatedAt, name: 'Energia ja vesi', description: 'Vesihuolto mukaan' });
    const afterEdit = dump(t);
    await b.call('sector.create', { name: 'Matkailu' });
    const withB = dump(t);
    await a.call('history.undo', {});
    expect(row('SELECT name FROM sector WHERE id = ?', s.id)).toEqual({ name: 'Energia' });
    await a.call('history.redo', {});
    expect(dump(t)).toEqual(withB);
    expect(afterEdit).not.toEqual(before);
  });

  it("A's redo of a delete is refused when B has since engaged a stakeholder in that sector", async () => {
    const p = await a.call('stakeholder.create', { name: 'Kotkan kaupunki', helix: 'public', type: 'municipality' });
    const z = await a.call('sector.create', { name: 'Logistiikka' });
    await a.call('sector.delete', { id: z.id });
    await a.call('history.undo', {});
    await b.call('engagement.set', { stakeholderId: p.id, sectorId: z.id, level: 'leading', changedOn: '2024-06-01' });
    const before = dump(t);
    const error = await a.fails('history.redo', {});
    expect(error).toMatchObject({ kind: 'undoRefused', mode: 'redo', reason: 'changedSince', label: 'sector.delete' });
    expect(error.kind === 'undoRefused' && error.rows).toContainEqual({ entity: 'engagement', name: 'Kotkan kaupunki · Logistiikka' });
    expect(dump(t)).toEqual(before);
  });

  it('plan.changed names the window that made the change and the tables it wrote', async () => {
    const seen = t.events.length;
    await a.call('sector.create', { name: 'Biotalous' });
    await b.call('history.undo', {}); // nothing of B's to undo: no change, no event
    await a.call('history.undo', {});
    expect(t.events.slice(seen)).toEqual([
      { name: 'plan.changed', channel: 'sector.create', client: 'window-1', tables: ['sector'] },
      { name: 'plan.changed', channel: 'history.undo', client: 'window-1', tables: ['sector'] },
    ]);
  });
});
