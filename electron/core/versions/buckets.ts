import type { Db } from '../storage/connection';
import type { Cell } from '../../../shared/domain/plan-state';
import { quoteId, selectColumns, type TableShape } from './state';

/**
 * Rows in buckets, each bucket with an order-free digest of its rows: what lets compare and
 * merge read only the rows that differ. A row's bucket comes from the last characters of its
 * key's first column (ids are random hex, so rows spread evenly): level 0 is one bucket, level
 * n 16^n (the last n characters). A bucket rolls up into the one of a coarser level that holds
 * it (`coarser`), and digests add up, so two sides kept at different levels still compare at
 * the coarser one. SQLite writes each row as JSON (`json_array`) with its key's last characters
 * (`tailSql`); `bucketOf` makes the bucket of those, as of a whole key value.
 */

export type Level = 0 | 1 | 2 | 3;

/** The finest level: what a plan file is scanned at (any coarser level is a roll-up of it). */
export const FINEST: Level = 3;

/**
 * The level a table of `rows` rows is kept at: buckets of up to about 32 rows (more only past
 * 131,072 rows), so a few hundred changes reach a few thousand rows at most. Larger buckets
 * deflate better (on the large plan a first version is 6.6 MB at 32 rows a bucket, 5.0 MB at
 * 128) but a merge then reads and merges four times the rows: 0.3 s more (test/bench/README.md).
 */
export const levelFor = (rows: number): Level => (rows < 32 ? 0 : rows < 512 ? 1 : rows < 8192 ? 2 : 3);

// A character's hex value; anything else (and an empty string) lands in a bucket too.
const HEX = '0123456789abcdef0123456789ABCDEF';
const digit = (ch: string) => (HEX.indexOf(ch) + 1 + 15) % 16;

/**
 * SQL for the last `level` characters of the key's first column, as text. SQLite cuts them
 * (cheaper than any arithmetic there); `bucketOf` makes the bucket of them, the same as of the
 * whole value (a property test holds the two equal).
 */
export const tailSql = (column: string, level: Level): string => (level === 0 ? "''" : `substr(coalesce(CAST(${quoteId(column)} AS TEXT), ''), -${level})`);

/** The bucket of a key value at `level`: its last `level` characters as hex digits, the last one lowest. */
export function bucketOf(value: Cell, level: Level): number {
  // SQLite's substr sees a text up to its first NUL (ids never hold one).
  const chars = Array.from((value === null ? '' : String(value)).split('\0')[0]!);
  let bucket = 0;
  for (let i = 0; i < level; i++) bucket += 16 ** i * digit(chars[chars.length - 1 - i] ?? '');
  return bucket;
}

/** A bucket of `level` in the coarser level `to`: its lowest `to` digits. */
export const coarser = (bucket: number, level: Level, to: Level): number => (to >= level ? bucket : bucket % 16 ** to);

/** Two 32-bit sums of the rows' hashes and their count: equal rows, in any order, give equal digests. */
export interface Digest {
  a: number;
  b: number;
  n: number;
}

export const emptyDigest = (): Digest => ({ a: 0, b: 0, n: 0 });
export const sameDigest = (x: Digest | undefined, y: Digest | undefined): boolean =>
  (x?.a ?? 0) === (y?.a ?? 0) && (x?.b ?? 0) === (y?.b ?? 0) && (x?.n ?? 0) === (y?.n ?? 0);

/** A name for a bucket's rows: the same rows (JSON lines) give the same name, so versions share the chunk. */
export const digestId = (d: Digest): string => `${d.a.toString(36)}.${d.b.toString(36)}.${d.n.toString(36)}`;

/**
 * Adds one row (its JSON line) to a digest: two 32-bit multiplicative hashes of the line, read
 * two characters a step (about half the time of one a step; the line is the cost of a scan).
 */
export function addLine(d: Digest, line: string): void {
  let h1 = 0xdeadbeef ^ line.length;
  let h2 = 0x41c6ce57 ^ line.length;
  const n = line.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const c = line.charCodeAt(i) | (line.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  if (i < n) {
    const c = line.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  d.a = (d.a + (h1 >>> 0)) >>> 0;
  d.b = (d.b + (h2 >>> 0)) >>> 0;
  d.n++;
}

/** Digests of `level` added up to the coarser level `to`. */
export function rollUp(digests: ReadonlyMap<number, Digest>, level: Level, to: Level): Map<number, Digest> {
  if (to === level) return new Map(digests);
  const out = new Map<number, Digest>();
  for (const [bucket, d] of digests) {
    const c = coarser(bucket, level, to);
    const sum = out.get(c) ?? emptyDigest();
    sum.a = (sum.a + d.a) >>> 0;
    sum.b = (sum.b + d.b) >>> 0;
    sum.n += d.n;
    out.set(c, sum);
  }
  return out;
}


const rowJson = (shape: TableShape) => `json_array(${selectColumns(shape).map(quoteId).join(', ')})`;

// What the SQL function below adds to: set for the one synchronous statement that runs it.
let target: { level: Level; digests: Map<number, Digest>; rowids: Map<number, number[]> | null } | null = null;
const withFunctions = new WeakSet<Db>();

/** The connection's functions for the scans below: the digest's, and a bucket for a WHERE. */
function ensureFunctions(db: Db): void {
  if (withFunctions.has(db)) return;
  db.function('s3_version_digest', { deterministic: false }, (tail: unknown, rowid: unknown, line: unknown) => {
    const t = target!;
    const b = bucketOf(tail as string, t.level);
    let d = t.digests.get(b);
    if (!d) {
      d = emptyDigest();
      t.digests.set(b, d);
    }
    addLine(d, line as string);
    if (t.rowids) {
      const list = t.rowids.get(b);
      if (list) list.push(rowid as number);
      else t.rowids.set(b, [rowid as number]);
    }
    return null;
  });
  db.function('s3_version_bucket', { deterministic: true }, (tail: unknown, level: unknown) => bucketOf(tail as string, level as Level));
  withFunctions.add(db);
}

/**
 * A table's digests per bucket of `level`, every row read once as SQLite writes it in JSON. The
 * rows go to a function of the connection one by one (no array per row, no line kept): about
 * half the time of reading them out. With `rowids`, each bucket's rowids are noted too, so its
 * rows are read back by rowid (a table WITHOUT ROWID has none: its rows are found by bucket).
 */
export function digestTable(db: Db, shape: TableShape, level: Level, rowids: Map<number, number[]> | null = null): Map<number, Digest> {
  ensureFunctions(db);
  const digests = new Map<number, Digest>();
  target = { level, digests, rowids };
  try {
    db.prepare(`SELECT count(s3_version_digest(${tailSql(shape.keys[0]!, level)}, ${rowids ? 'rowid' : 'NULL'}, ${rowJson(shape)})) FROM main.${quoteId(shape.name)}`).pluck().get();
  } finally {
    target = null;
  }
  return digests;
}

/** Whether the table has rowids (not WITHOUT ROWID). */
export const hasRowid = (db: Db, table: string): boolean => !(db.prepare('SELECT wr FROM pragma_table_list WHERE schema = ? AND name = ?').pluck().get('main', table) as number | undefined);

/** The JSON lines of rows by rowid. */
export function readLinesByRowid(db: Db, shape: TableShape, rowids: readonly number[]): string[] {
  return db.prepare(`SELECT ${rowJson(shape)} FROM main.${quoteId(shape.name)} WHERE rowid IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(rowids)) as string[];
}

/** The JSON lines of the rows in `buckets` (of `level`), per bucket; all rows when `buckets` is null. */
export function readLines(db: Db, shape: TableShape, level: Level, buckets: readonly number[] | null): Map<number, string[]> {
  ensureFunctions(db);
  const bucket = `s3_version_bucket(${tailSql(shape.keys[0]!, level)}, ${level})`;
  const where = buckets ? ` WHERE ${bucket} IN (SELECT value FROM json_each(?))` : '';
  const stmt = db.prepare(`SELECT ${bucket}, ${rowJson(shape)} FROM main.${quoteId(shape.name)}${where}`).raw();
  const out = new Map<number, string[]>();
  for (const [b, line] of (buckets ? stmt.all(JSON.stringify(buckets)) : stmt.all()) as [number, string][]) {
    const list = out.get(b);
    if (list) list.push(line);
    else out.set(b, [line]);
  }
  return out;
}

/** Rows' JSON lines by their primary-key values: one query for a one-column key, one a row otherwise. */
export function readLinesByKey(db: Db, shape: TableShape, keys: readonly (readonly Cell[])[]): string[] {
  if (shape.keys.length === 1) {
    return db.prepare(`SELECT ${rowJson(shape)} FROM main.${quoteId(shape.name)} WHERE ${quoteId(shape.keys[0]!)} IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(keys.map((k) => k[0]))) as string[];
  }
  const one = db.prepare(`SELECT ${rowJson(shape)} FROM main.${quoteId(shape.name)} WHERE ${shape.keys.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`).pluck();
  return keys.flatMap((key) => (one.get(...key) as string | undefined) ?? []);
}
