import type { Db } from './connection';
import { migrations } from './migrations';

/** Brings a plan to the current schema, one transaction per migration. */
export function migrate(db: Db): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
