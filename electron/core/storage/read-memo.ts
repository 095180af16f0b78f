import type { Db } from './connection';
import type { PlanTable } from '../../../shared/contract/tables';

/**
 * Results of reads kept between changes, per connection. Each entry names the plan tables its
 * read depends on and is dropped when a change touches one of them: the Dashboard after one
 * engagement is set reads the engagement figures again, not the money or the indicators.
 *
 * What tells the memo of a change is the core's own plan.changed (the tables a step wrote),
 * delivered to this connection after the change committed: by CoreContext.emit on the writer's
 * connection, and by the host to the reader thread before the event goes to any window, so a
 * window's refetch finds the entries already dropped. A commit the memo was not told of (another
 * program writing the file, which the lock file normally prevents) moves SQLite's data_version
 * past the one seen with the last notice, and everything kept is dropped.
 */
export class ReadMemo {
  private readonly entries = new Map<string, { tables: readonly PlanTable[]; value: unknown }>();
  private seen: number;

  constructor(private readonly db: Db) {
    this.seen = this.dataVersion();
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** The kept result for `key`, or `read()`'s, kept until a change touches one of `tables`. */
  get<T>(key: string, tables: readonly PlanTable[], read: () => T): T {
    const version = this.dataVersion();
    if (version !== this.seen) {
      this.entries.clear();
      this.seen = version;
    }
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last, so the oldest goes first when the memo is full.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.value as T;
    }
    const value = read();
    this.entries.set(key, { tables, value });
    if (this.entries.size > LIMIT) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** A change committed to these tables: what read them is read again next time. */
  changed(tables: readonly string[]): void {
    const touched = new Set(tables);
    for (const [key, entry] of this.entries) if (entry.tables.some((t) => touched.has(t))) this.entries.delete(key);
    this.seen = this.dataVersion();
  }

  /** Everything read again next time (the bench's cold figures). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Entries kept per connection: a Dashboard is about 20 entries, so a few filter choices fit. */
const LIMIT = 120;

const memos = new WeakMap<Db, ReadMemo>();

/** The memo of this connection (a new plan, a new connection: nothing kept). */
export function readMemo(db: Db): ReadMemo {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new ReadMemo(db)));
  return memo;
}
