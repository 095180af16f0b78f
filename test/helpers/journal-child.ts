// A writer that stops in the middle of a transaction: it opens the plan as the app does
// (rollback journal, synchronous EXTRA), inserts sectors until the change has spilled into the
// plan file itself, prints "mid" and waits to be killed. The plan is left with a hot journal.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const [planPath, rowsArg] = process.argv.slice(2) as [string, string];
const db = new Database(planPath);
db.pragma('journal_mode = DELETE');
db.pragma('synchronous = EXTRA');
// A small page cache makes SQLite write changed pages to the file before the commit.
db.pragma('cache_size = 5');
db.exec('BEGIN IMMEDIATE');
const insert = db.prepare('INSERT INTO sector (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
const t = new Date().toISOString();
for (let i = 0; i < Number(rowsArg); i++) insert.run(randomUUID(), `uncommitted ${i}`, 'x'.repeat(500), t, t);
fs.writeSync(1, 'mid\n');
setInterval(() => {}, 1000);
