import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreWithPlan, type TestCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';
import { describeError } from '../../../renderer/src/errors/describe';
import type { AppError } from '../../../shared/contract/errors';

/**
 * Messages that name the problem (issue 13): a full disk, a plan replaced or deleted while open
 * came back as `internal`. Each is now its own file error with its own words in English and
 * Finnish, and a change is never written into a file the user can no longer see.
 */
let t: TestCore;
let plan: string;
beforeEach(async () => ({ t, plan } = await coreWithPlan()));
afterEach(() => t.close());

describe('file problems while a plan is open get their own messages', () => {
  it('a full disk (SQLITE_FULL) is diskFull, the change not made', async () => {
    // SQLite's own page limit for this connection gives the real SQLITE_FULL a full disk gives.
    const db = t.core.context.db();
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const error = await t.fails('sector.create', { name: 'Iso', description: 'x'.repeat(15_000) });
    expect(error).toEqual({ kind: 'file', reason: 'diskFull', file: plan });
    expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Biotalous']);
  });

  it('a plan deleted while open refuses the next change (gone); Save As still keeps what is open', async () => {
    fs.rmSync(plan);
    expect(await t.fails('sector.create', { name: 'Kadonneeseen' })).toEqual({ kind: 'file', reason: 'gone', file: plan });
    const rescued = await t.call('plan.saveAs', { path: path.join(t.dir, 'pelastettu.s3plan') });
    expect((await t.call('sector.list', {})).map((s) => s.name)).toEqual(['Biotalous']);
    await t.call('sector.create', { name: 'Uuteen' });
    expect(rescued.readOnly).toBeNull();
  });

  it('a plan replaced while open (another file put in its place) refuses the next change (replaced), the new file untouched', async () => {
    const other = path.join(t.dir, 'other.s3plan');
    fs.copyFileSync(plan, other);
    const replacement = fs.readFileSync(other);
    fs.renameSync(other, plan);
    expect(await t.fails('sector.create', { name: 'Väärään' })).toEqual({ kind: 'file', reason: 'replaced', file: plan });
    expect(fs.readFileSync(plan).equals(replacement)).toBe(true);
    expect(await t.fails('history.undo', {})).toMatchObject({ reason: 'replaced' });
  });

  it('each file problem reads as its own sentence in English and Finnish, naming the file', () => {
    const reasons = ['locked', 'busy', 'diskFull', 'gone', 'replaced', 'planReadOnly', 'journalMismatch', 'unexpectedSchema'] as const;
    for (const lng of ['en', 'fi'] as const) {
      const tr = translator(lng);
      const messages = reasons.map((reason) => {
        const error: AppError = { kind: 'file', reason, file: '/home/anna/plan.s3plan', ...(reason === 'locked' ? { holder: { user: 'anna', host: 'lapari', pid: 42, since: '2026-01-05T08:00:00.000Z' } } : {}) };
        return describeError(tr, error, lng).message;
      });
      for (const m of messages) {
        expect(m).toContain('plan.s3plan');
        expect(m).not.toMatch(/errors\.|internal|report the reference|ilmoita viite/i);
      }
      expect(new Set(messages).size).toBe(reasons.length);
      expect(messages[0]).toContain('anna');
      expect(messages[0]).toContain('lapari');
    }
  });
});
