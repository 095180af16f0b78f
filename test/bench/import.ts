/**
 * `benchImport(planFile, rows)`: the time to import `rows` generated stakeholders (a Finnish
 * CSV with a sector and an engagement level each) through the import channels — read, check,
 * write in one command with undo recording — next to the same rows (stakeholder, engagement,
 * history) by a plain prepared INSERT loop in one transaction on a copy of the same plan, and its
 * undo next to a plain DELETE of those rows. Nothing is asserted.
 * The plan file is not changed: both runs work on copies beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createThreadedCore } from '../../electron/core/worker/threaded-core';
import type { PlanEvent } from '../../shared/contract/channels';
import { bundleForNode } from '../helpers/bundle';
import { connect } from '../../electron/core/storage/connection';
import { newId } from '../../electron/core/storage/repos/rows';
import type { Db } from '../../electron/core/storage/connection';
import { IMPORT_CACHE_KIB } from '../../electron/core/import/session';

export interface ImportBench {
  rows: number;
  /** open (read + parse) of the CSV. */
  openMs: number;
  /** preview: every row checked and resolved against the plan. */
  previewMs: number;
  /** import.run: the one command (transaction, undo recording) that writes them. */
  writeMs: number;
  /** open + preview + write. */
  importMs: number;
  /** The same rows (each stakeholder, its engagement and its history row) by a plain prepared INSERT loop in one transaction. */
  plainInsertMs: number;
  /** Undo of the import step. */
  undoMs: number;
  /** Those plainly inserted rows deleted again by three set DELETEs in one transaction, the plan's foreign keys on. */
  plainDeleteMs: number;
  /** A query (sector.list) asked while the import writes, answered by the reader thread. */
  queryDuringWriteMs: number;
}

export function importCsv(rows: number, sectorNames: readonly string[]): string {
  const helix = ['Yritykset', 'tutkimus', 'julkinen', 'järjestö'];
  const lines = ['Nimi;Neloskierre;Tyyppi;Kunta;Kärkiala;Sitoutuminen'];
  for (let i = 1; i <= rows; i++) {
    const sector = sectorNames.length ? sectorNames[i % sectorNames.length] : '';
    lines.push(`Bench-toimija ${i} Oy;${helix[i % 4]};;Kotka;${sector};${i % 3 ? 'mukana' : 'sitoutunut'}`);
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function benchImport(planFile: string, rows: number, options: { cache?: boolean } = {}): Promise<ImportBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-import-bench-'));
  try {
    const copyA = path.join(dir, 'import.s3plan');
    const copyB = path.join(dir, 'plain.s3plan');
    fs.copyFileSync(planFile, copyA);
    fs.copyFileSync(planFile, copyB);
    // As the app runs it: the core in worker threads, a reader answering queries meanwhile.
    const events: PlanEvent[] = [];
    const core = createThreadedCore({
      workerPath: bundleForNode(path.resolve(import.meta.dirname, '../../electron/core/worker/entry.ts'), 'core-worker'),
      userDataDir: path.join(dir, 'user-data'),
      documentsDir: dir,
      emit: (e) => events.push(e),
      log: () => {},
    });
    const call = async (channel: string, input: unknown) => {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
      return reply.value as never;
    };
    await call('plan.open', { path: copyA });
    const sectors = ((await call('sector.list', {})) as { name: string }[]).map((s) => s.name);
    const csv = path.join(dir, 'toimijat.csv');
    fs.writeFileSync(csv, importCsv(rows, sectors));
    const id = randomUUID();
    let t = performance.now();
    const opened = (await call('import.open', { id, path: csv, target: 'stakeholders' })) as { columns: (string | null)[] };
    const openMs = performance.now() - t;
    t = performance.now();
    await call('import.preview', { id, columns: opened.columns });
    const previewMs = performance.now() - t;
    t = performance.now();
    const run = call('import.run', { id, columns: opened.columns });
    // Once the writer reports its first rows written, ask the reader something.
    while (!events.some((e) => e.name === 'import.progress' && e.phase === 'write')) await new Promise((r) => setTimeout(r, 1));
    const asked = performance.now();
    await call('sector.list', {});
    const queryDuringWriteMs = performance.now() - asked;
    await run;
    const writeMs = performance.now() - t;
    t = performance.now();
    await call('history.undo', {});
    const undoMs = performance.now() - t;
    await core.close();

    const db = connect(copyB);
    if (options.cache) db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    // The sectors the CSV named, in its order (row i engages in sector i mod n).
    const byName = db.prepare('SELECT id FROM sector WHERE name = ?').pluck();
    const sectorIds = sectors.map((name) => byName.get(name) as string);
    t = performance.now();
    const ids = plainInsert(db, rows, sectorIds);
    const plainInsertMs = performance.now() - t;
    t = performance.now();
    plainDelete(db, ids);
    const plainDeleteMs = performance.now() - t;
    db.close();
    const r = (n: number) => Math.round(n);
    return { rows, openMs: r(openMs), previewMs: r(previewMs), writeMs: r(writeMs), importMs: r(openMs + previewMs + writeMs), plainInsertMs: r(plainInsertMs), undoMs: r(undoMs), plainDeleteMs: r(plainDeleteMs), queryDuringWriteMs: Math.round(queryDuringWriteMs * 10) / 10 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The reference for the import: the rows it writes (a stakeholder, its engagement in a sector
 * and the engagement's first history row, as the import's CSV gives each one), by prepared
 * INSERTs in one transaction: no file read, no checks, no undo log.
 */
function plainInsert(db: Db, rows: number, sectorIds: readonly string[]): string[] {
  const ins = db.prepare(
    `INSERT INTO stakeholder (id, name, helix, type, size, municipality, website, contact_name, contact_email, contact_phone, notes, reference, created_at, updated_at)
     VALUES (?, ?, 'business', 'other', NULL, 'Kotka', '', '', '', '', '', '', ?, ?)`,
  );
  const eng = db.prepare('INSERT INTO engagement (stakeholder_id, sector_id, level, changed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const hist = db.prepare('INSERT INTO engagement_history (id, stakeholder_id, sector_id, level, changed_on, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const t = new Date().toISOString();
  const day = t.slice(0, 10);
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 1; i <= rows; i++) {
      const id = newId();
      ids.push(id);
      ins.run(id, `Bench-toimija ${i} Oy`, t, t);
      if (!sectorIds.length) continue;
      const level = i % 3 ? 'involved' : 'committed';
      const sector = sectorIds[i % sectorIds.length]!;
      eng.run(id, sector, level, day, t, t);
      hist.run(newId(), id, sector, level, day, t);
    }
  })();
  return ids;
}

/** The reference for its undo: the same rows deleted by key, children first, foreign keys checked as the plan has them. */
function plainDelete(db: Db, ids: readonly string[]): void {
  db.transaction(() => {
    db.exec('CREATE TEMP TABLE bench_ids (id TEXT PRIMARY KEY)');
    const add = db.prepare('INSERT INTO temp.bench_ids VALUES (?)');
    for (const id of ids) add.run(id);
    db.exec(`DELETE FROM engagement_history WHERE stakeholder_id IN (SELECT id FROM temp.bench_ids);
      DELETE FROM engagement WHERE stakeholder_id IN (SELECT id FROM temp.bench_ids);
      DELETE FROM stakeholder WHERE id IN (SELECT id FROM temp.bench_ids);
      DROP TABLE temp.bench_ids;`);
  })();
}
