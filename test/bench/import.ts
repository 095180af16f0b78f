/**
 * `benchImport(planFile, rows)`: the time to import `rows` generated stakeholders (a Finnish
 * CSV with a sector and an engagement level each) through the import channels — read, check,
 * write in one command with undo recording — next to the same stakeholder rows by a plain
 * prepared INSERT loop in one transaction on a copy of the same plan. Nothing is asserted.
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
import { plainInsertStakeholders } from '../../electron/core/storage/repos/import-repo';
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
  plainInsertMs: number;
  /** Undo of the import step. */
  undoMs: number;
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
    const fields = Array.from({ length: rows }, (_, i) => ({
      name: `Bench-toimija ${i + 1} Oy`, helix: 'business' as const, type: 'other' as const, size: null, municipality: 'Kotka',
      website: '', contactName: '', contactEmail: '', contactPhone: '', notes: '', reference: '',
    }));
    t = performance.now();
    plainInsertStakeholders(db, fields);
    const plainInsertMs = performance.now() - t;
    db.close();
    const r = (n: number) => Math.round(n);
    return { rows, openMs: r(openMs), previewMs: r(previewMs), writeMs: r(writeMs), importMs: r(openMs + previewMs + writeMs), plainInsertMs: r(plainInsertMs), undoMs: r(undoMs), queryDuringWriteMs: Math.round(queryDuringWriteMs * 10) / 10 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
