import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { dump, planCore } from '../handlers/helpers';

/**
 * Path 2: importing the same file twice changed nothing the second time, yet its result screen's
 * "Undo the import" undid the step before (the first import). A command now says which step it
 * recorded (none when nothing changed), and "Undo this" undoes exactly that step or refuses.
 */
const file = path.resolve(import.meta.dirname, '../../fixtures/import/stakeholders-fi-utf8-semicolon.csv');
let t: TestCore;

beforeEach(async () => {
  t = await planCore();
  for (const name of ['Biotalous ja kiertotalous', 'Logistiikka', 'Energia ja vesi']) await t.call('sector.create', { name });
});
afterEach(() => t.close());

async function importOnce() {
  const opened = await t.call('import.open', { id: randomUUID(), path: file, target: 'stakeholders' });
  return t.reply('import.run', { id: opened.id, columns: opened.columns, goodRowsOnly: true });
}

const stakeholderCount = () => (t.core.context.db().prepare('SELECT count(*) AS n FROM stakeholder').get() as { n: number }).n;

describe('path 2: undo of an import undoes that import', () => {
  it('the first import names its step; the same file again changes nothing and names no step', async () => {
    const first = await importOnce();
    expect(first.ok && first.step).toMatchObject({ label: 'import.stakeholders' });
    const imported = stakeholderCount();
    expect(imported).toBeGreaterThan(0);
    const afterFirst = dump(t);
    const second = await importOnce();
    expect(second.ok).toBe(true);
    // Nothing changed: no step, so the result screen offers no undo at all.
    expect(second.ok && second.step).toBeNull();
    expect(dump(t)).toEqual(afterFirst);
    const state = await t.call('history.state', {});
    expect(state.undo).toBe('import.stakeholders');
  });

  it('"Undo this" with the step id undoes exactly that import, and redo brings it back', async () => {
    const before = dump(t);
    const first = await importOnce();
    const stepId = first.ok ? first.step!.id : 0;
    const after = dump(t);
    await t.call('history.undoStep', { stepId });
    expect(dump(t)).toEqual(before);
    await t.call('history.redoStep', { stepId });
    expect(dump(t)).toEqual(after);
  });

  it('"Undo this" for an import that is no longer the latest step refuses and changes nothing', async () => {
    const first = await importOnce();
    const stepId = first.ok ? first.step!.id : 0;
    await t.call('sector.create', { name: 'Matkailu' });
    const before = dump(t);
    const error = await t.fails('history.undoStep', { stepId });
    expect(error).toMatchObject({ kind: 'undoRefused', mode: 'undo', reason: 'notLatest', label: 'import.stakeholders' });
    expect(dump(t)).toEqual(before);
    // The later step is still the one Edit → Undo takes.
    expect((await t.call('history.state', {})).undo).toBe('sector.create');
  });

  it('a step id this window never had is refused as gone', async () => {
    const error = await t.fails('history.undoStep', { stepId: 999 });
    expect(error).toMatchObject({ kind: 'undoRefused', reason: 'gone' });
  });

  it('a command that changes nothing sends no plan.changed event', async () => {
    await importOnce();
    const seen = t.events.length;
    await importOnce();
    expect(t.events.slice(seen).filter((e) => e.name === 'plan.changed')).toEqual([]);
  });
});
