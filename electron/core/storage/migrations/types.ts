import type { Db } from '../connection';

export interface Migration {
  /** The schema version this migration brings the file to (user_version after it). */
  version: number;
  name: string;
  sql: string;
  /**
   * A data step SQL alone cannot express, run after `sql` in the same transaction. Pure data:
   * it reads and writes the plan's rows only, never the clock or the outside world.
   */
  up?: (db: Db) => void;
}
