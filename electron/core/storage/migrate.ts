import type { Db } from './connection';
import { migrations as all } from './migrations';
import type { Migration } from './migrations/types';

/** Brings a plan to the current schema, one transaction per migration. */
export function migrate(db: Db, migrations: readonly Migration[] = all): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.up?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
