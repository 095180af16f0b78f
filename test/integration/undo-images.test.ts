import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { History, HistoryRefused } from '../../electron/core/storage/undo';
import { tempDir } from '../helpers/core';

/**
 * A step is replayed only over rows still as the step left them; what it left is each row's
 * image (undo.ts). The image must tell apart every two different rows: reals that differ in
 * their last digit, text and numbers, BLOBs (which JSON cannot hold).
 */
let dir: string;
let db: Database.Database;
let history: History;

beforeEach(() => {
  dir = tempDir('s3-images-');
  db = new Database(path.join(dir, 'plan.db'));
  db.exec(`CREATE TABLE reading (id TEXT PRIMARY KEY, value REAL, label TEXT, data BLOB) STRICT`);
  history = new History(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One recorded step of window `client`. */
function step(client: string, sql: string, ...params: unknown[]) {
  db.transaction(() => {
    const mark = history.mark();
    db.prepare(sql).run(...params);
    history.record(client, 'edit', mark);
  })();
}

describe('row images', () => {
  it('a real changed in its seventeenth digit by another window refuses the undo', () => {
    step('a', 'INSERT INTO reading VALUES (?, ?, ?, ?)', 'r', 0.1 + 0.2, 'x', Buffer.from([0, 1, 2]));
    step('b', 'UPDATE reading SET value = ? WHERE id = ?', 0.3, 'r');
    expect(() => history.undo('a')).toThrow(HistoryRefused);
    expect(db.prepare('SELECT value FROM reading').pluck().get()).toBe(0.3);
  });

  it('a BLOB changed by another window refuses the undo', () => {
    step('a', 'INSERT INTO reading VALUES (?, ?, ?, ?)', 'r', 1, 'x', Buffer.from([0, 1, 2]));
    step('b', 'UPDATE reading SET data = ? WHERE id = ?', Buffer.from([0, 1, 3]), 'r');
    expect(() => history.undo('a')).toThrow(HistoryRefused);
    expect(db.prepare('SELECT count(*) FROM reading').pluck().get()).toBe(1);
  });

  it('a row another window changed and changed back (its own undo) is as the step left it: the undo goes through', () => {
    step('a', 'INSERT INTO reading VALUES (?, ?, ?, ?)', 'r', 0.1 + 0.2, '1', Buffer.from([0, 1, 2]));
    step('b', 'UPDATE reading SET data = ?, label = ? WHERE id = ?', Buffer.from([9]), '2', 'r');
    history.undo('b');
    expect(history.undo('a')).not.toBeNull();
    expect(db.prepare('SELECT count(*) FROM reading').pluck().get()).toBe(0);
  });
});

describe('deleted rows put back', () => {
  // A deleted row is logged as the INSERT statement that puts it back, its values quoted by
  // SQLite (undo.ts): undo and redo put back the very values, types included, BLOB or not.
  const values = [
    ['a', 0.1 + 0.2, '00123', null],
    ['b', 1e-300, '1.0', 9_007_199_254_740_993n],
    ['c', -2.5e300, 'ä "quoted" \\ \n line', -9_223_372_036_854_775_808n],
  ] as const;
  const rows = (table: string) => db.prepare(`SELECT *, typeof(value) AS tv, typeof(label) AS tl, typeof(n) AS tn FROM ${table} ORDER BY id`).safeIntegers(true).all();

  it.each([
    ['without BLOBs', 'CREATE TABLE kept (id TEXT PRIMARY KEY, value REAL, label TEXT, n INTEGER) STRICT'],
    ['with a BLOB', 'CREATE TABLE kept (id TEXT PRIMARY KEY, value REAL, label TEXT, n INTEGER, data BLOB) STRICT'],
  ])('with their exact values and types, in a table %s', (_, create) => {
    db.close();
    db = new Database(path.join(dir, 'kept.db'));
    db.exec(create);
    history = new History(db);
    const insert = db.prepare(`INSERT INTO kept (id, value, label, n) VALUES (?, ?, ?, ?)`);
    for (const v of values) insert.run(...v);
    const before = rows('kept');
    step('a', 'DELETE FROM kept');
    expect(db.prepare('SELECT count(*) FROM kept').pluck().get()).toBe(0);
    history.undo('a');
    expect(rows('kept')).toEqual(before);
    // And redo deletes them again, undo puts them back again.
    history.redo('a');
    expect(db.prepare('SELECT count(*) FROM kept').pluck().get()).toBe(0);
    history.undo('a');
    expect(rows('kept')).toEqual(before);
  });
});

