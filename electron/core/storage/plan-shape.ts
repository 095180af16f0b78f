import Database from 'better-sqlite3';
import type { Db, OpenOptions } from './connection';
import { quickCheckOk } from './connection';
import { APPLICATION_ID } from './file-format';
import { migrate } from './migrate';
import { currentSchemaVersion } from './migrations';

/**
 * The app's checks of a plan file beyond SQLite's own: before the app edits a file (or puts a
 * recovered or migrated copy in its place), the file must be exactly what this version's plans
 * are. A table, view or trigger another program added (say a table without a primary key), a
 * missing column, or a plan file with no plan row is refused before any handler meets it.
 */
export type ShapeProblem = 'corrupt' | 'unexpectedSchema' | 'newerSchema';

interface Shape {
  /** "table plan", "trigger x", … : every object a plan has but its indexes (an added index changes no answer). */
  objects: string[];
  /** "plan(id,name,…)" per table: the columns in order. */
  columns: string[];
}

function shapeOf(db: Db): Shape {
  const objects = db
    .prepare("SELECT type, name FROM main.sqlite_master WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string }[];
  const columns = objects
    .filter((o) => o.type === 'table')
    .map((o) => `${o.name}(${(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(o.name) as string[]).join(',')})`);
  return { objects: objects.map((o) => `${o.type} ${o.name}`), columns };
}

let expected: Shape | null = null;
/** The shape a new plan of this version has: the migrations run on an empty database in memory, once. */
function expectedShape(options: OpenOptions): Shape {
  if (!expected) {
    const db = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      migrate(db);
      expected = shapeOf(db);
    } finally {
      db.close();
    }
  }
  return expected;
}

/**
 * What is wrong with an open plan file for this version, or null when it is a healthy plan of the
 * current schema (or, with acceptOlder, a healthy file of an older schema still to be migrated).
 */
export function planProblem(db: Db, options: OpenOptions = {}, { acceptOlder = false } = {}): { problem: ShapeProblem; detail?: string } | null {
  if (!quickCheckOk(db)) return { problem: 'corrupt' };
  if (((db.pragma('application_id', { simple: true }) as number) >>> 0) !== APPLICATION_ID) return { problem: 'corrupt', detail: 'application_id' };
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > currentSchemaVersion) return { problem: 'newerSchema', detail: String(version) };
  // A plan always has a schema version: 0 or less is not one of ours, whatever its id says.
  if (version < 1) return { problem: 'corrupt', detail: `user_version ${version}` };
  // An older plan's shape is checked after its migration (on a copy).
  if (version < currentSchemaVersion) return acceptOlder ? null : { problem: 'corrupt', detail: `user_version ${version}` };
  const want = expectedShape(options);
  const have = shapeOf(db);
  const extra = have.objects.filter((o) => !want.objects.includes(o));
  const missing = want.objects.filter((o) => !have.objects.includes(o));
  const changed = have.columns.filter((c) => !want.columns.includes(c) && !extra.includes(`table ${c.slice(0, c.indexOf('('))}`));
  if (extra.length || missing.length || changed.length) {
    return { problem: 'unexpectedSchema', detail: [...extra.map((o) => `+${o}`), ...missing.map((o) => `-${o}`), ...changed].join('; ').slice(0, 500) };
  }
  const plans = db.prepare('SELECT count(*) FROM plan').pluck().get() as number;
  if (plans !== 1) return { problem: 'corrupt', detail: `${plans} plan rows` };
  return null;
}
