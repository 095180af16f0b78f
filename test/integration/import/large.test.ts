import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { dump, planCore } from '../handlers/helpers';

// Four times the stakeholders a large region has (5,000; a small one has 50); the benchmark measures
// 50,000. At this size the test stays well inside its 60 s on a busy 2-core machine.
const ROWS = 20_000;
const HALF = ROWS / 2;
let t: TestCore;
let file: string;

beforeAll(async () => {
  t = await planCore();
  await t.call('sector.create', { name: 'Logistiikka' });
  await t.call('sector.create', { name: 'Energia ja vesi' });
  file = path.join(t.dir, `toimijat-${ROWS}.csv`);
  const helix = ['Yritykset', 'tutkimus', 'julkinen', 'järjestö'];
  const lines = ['Nimi;Neloskierre;Kunta;Kärkiala;Sitoutuminen'];
  for (let i = 1; i <= ROWS; i++) lines.push(`Toimija ${i} Oy;${helix[i % 4]};Kotka;${i % 2 ? 'Logistiikka' : '"Energia ja vesi; logistiikka"'};${i % 3 ? 'mukana' : 'sitoutunut'}`);
  lines[HALF + 1] = `Toimija ${HALF} Oy;avaruus;Kotka;Logistiikka;mukana`; // row HALF + 2 (was Toimija HALF + 1): a repeated name, a bad helix
  fs.writeFileSync(file, Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'));
});
afterAll(() => t.close());

describe(`a ${ROWS}-row file`, () => {
  it('a cancelled check answers cancelled and writes nothing; the import is forgotten', async () => {
    const before = dump(t);
    const id = randomUUID();
    const opened = await t.call('import.open', { id, path: file, target: 'stakeholders' });
    expect(opened.rowCount).toBe(ROWS);
    const seen = t.events.length;
    const preview = t.core.dispatch('import.preview', { id, columns: opened.columns });
    // Let the first chunk run, then cancel between chunks.
    await new Promise((r) => setImmediate(r));
    expect(await t.call('import.cancel', { id })).toEqual({ cancelled: true });
    expect(await preview).toEqual({ ok: false, error: { kind: 'cancelled', id } });
    const progress = t.events.slice(seen).filter((e) => e.name === 'import.progress');
    expect(progress[0]).toEqual({ name: 'import.progress', id, phase: 'check', done: 2000, total: ROWS });
    expect(progress.length).toBeLessThan(ROWS / 2000);
    expect(await t.fails('import.run', { id, columns: opened.columns, goodRowsOnly: true })).toEqual({ kind: 'notFound', entity: 'import', id });
    expect(dump(t)).toEqual(before);
    expect(await t.call('import.cancel', { id })).toEqual({ cancelled: false });
  });

  it('previews in chunks with progress, keeps the event loop turning, and imports in one transaction and one undo step', async () => {
    const id = randomUUID();
    const opened = await t.call('import.open', { id, path: file, target: 'stakeholders' });
    expect(opened.columns).toEqual(['name', 'helix', 'municipality', 'sectors', 'engagementLevel']);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const seen = t.events.length;
    const started = performance.now();
    const preview = await t.call('import.preview', { id, columns: opened.columns });
    const previewMs = performance.now() - started;
    clearInterval(timer);
    expect(preview).toMatchObject({
      rows: ROWS, add: ROWS - 1, update: 0, badRows: 1, skip: 1, empty: 0, issueCount: 2,
      issues: [
        { row: HALF + 2, column: 'Nimi', field: 'name', code: 'duplicateInFile', value: `Toimija ${HALF} Oy`, params: { firstRow: HALF + 1 } },
        { row: HALF + 2, column: 'Neloskierre', field: 'helix', code: 'unknownValue', value: 'avaruus', params: { enum: 'helix' } },
      ],
    });
    const progress = t.events.slice(seen).filter((e) => e.name === 'import.progress');
    expect(progress).toHaveLength(ROWS / 2000);
    expect(progress.at(-1)).toEqual({ name: 'import.progress', id, phase: 'check', done: ROWS, total: ROWS });
    expect(ticks).toBeGreaterThan(5); // timers ran while the rows were checked
    const writeStarted = performance.now();
    const result = await t.call('import.run', { id, columns: opened.columns, goodRowsOnly: true });
    const writeMs = performance.now() - writeStarted;
    expect(result).toEqual({ added: ROWS - 1, updated: 0, skipped: 1, created: 0 });
    const db = t.core.context.db();
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM stakeholder')).toBe(ROWS - 1);
    // Odd rows name one sector, even rows two; the bad row HALF + 2 (an odd one) is left out.
    expect(count('SELECT count(*) AS n FROM engagement')).toBe(ROWS / 2 + ROWS - 1);
    expect(count("SELECT count(*) AS n FROM engagement WHERE level = 'committed'")).toBeGreaterThan(ROWS / 3);
    expect((await t.call('history.state', {})).undo).toBe('import.stakeholders');
    const undoStarted = performance.now();
    await t.call('history.undo', {});
    const undoMs = performance.now() - undoStarted;
    expect(count('SELECT count(*) AS n FROM stakeholder')).toBe(0);
    expect(count('SELECT count(*) AS n FROM engagement_history')).toBe(0);
    await t.call('history.redo', {});
    expect(count('SELECT count(*) AS n FROM stakeholder')).toBe(ROWS - 1);
    console.log(`${ROWS} rows: open+preview ${Math.round(previewMs)} ms (event loop ticks ${ticks}), write ${Math.round(writeMs)} ms, undo ${Math.round(undoMs)} ms`);
  });
});
