import { randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import type { Db } from '../storage/connection';
import { VERSION_CHUNK_TABLE, VERSION_TABLE, rowKey, type Cell, type PlanState, type Row } from '../../../shared/domain/plan-state';
import { bucketOf, digestId, digestTable, levelFor, readLines, type Digest, type Level } from './buckets';
import { rowsOf, type StateSource } from './sources';
import { contentTables, selectColumns } from './state';

/**
 * Versions as rows of the plan file. Format 2 (migration 9, what this app writes): `state` holds
 * a manifest, per table its columns and per bucket of rows a digest; the rows are in chunks
 * (`plan_version_chunk`), one per bucket, named by its digest, so every version whose bucket
 * holds the same rows shares it: a version adds only the buckets changed since another.
 *
 * Format 1 (migration 8, read only): the whole state in `state`, column-wise
 * (per table: its columns once, then each row's values in that order), as JSON deflated with
 * node:zlib: the column names are not repeated per row and similar values sit together, so it
 * compresses to a fraction of the row-wise JSON (bench: "Version: bytes added").
 */
interface StoredTable {
  columns: string[];
  /** Indexes into `columns` of the primary key, in key order. */
  key: number[];
  rows: Cell[][];
  /** Each row's key as is, only when the key is not found from its columns (never for today's tables). */
  keys?: string[];
}

interface StoredState {
  planId: string;
  schemaVersion: number;
  tables: Record<string, StoredTable>;
}

export function encodeState(state: PlanState): Buffer {
  const tables: Record<string, StoredTable> = {};
  for (const [name, rows] of Object.entries(state.tables)) {
    const entries = Object.entries(rows);
    const first = entries[0];
    const columns = first ? Object.keys(first[1]) : [];
    // The key's columns, found from the first row: the values its key was made from.
    const keyValues = first ? (JSON.parse(first[0]) as Cell[]) : [];
    const key = first ? keyColumns(first[1], keyValues, columns) ?? [] : [];
    const values = entries.map(([, row]) => columns.map((c) => row[c] ?? null));
    const derivable = entries.every(([k], n) => k === rowKey(key.map((i) => values[n]![i] ?? null)));
    tables[name] = derivable ? { columns, key, rows: values } : { columns, key: [], rows: values, keys: entries.map(([k]) => k) };
  }
  const stored: StoredState = { planId: state.planId, schemaVersion: state.schemaVersion, tables };
  return deflateRawSync(Buffer.from(JSON.stringify(stored)), { level: constants.Z_BEST_COMPRESSION });
}

/** Which columns a row's key values come from (in key order); a value matching two columns takes the first. */
function keyColumns(row: Row, values: Cell[], columns: string[]): number[] | null {
  const used = new Set<number>();
  const out: number[] = [];
  for (const v of values) {
    const i = columns.findIndex((c, n) => !used.has(n) && row[c] === v);
    if (i < 0) return null;
    used.add(i);
    out.push(i);
  }
  return out;
}

export function decodeState(bytes: Buffer): PlanState {
  const stored = JSON.parse(inflateRawSync(bytes).toString('utf8')) as StoredState;
  const tables: PlanState['tables'] = {};
  for (const [name, t] of Object.entries(stored.tables)) {
    const rows: Record<string, Row> = {};
    t.rows.forEach((values, n) => {
      const row: Row = {};
      for (let c = 0; c < t.columns.length; c++) row[t.columns[c]!] = values[c] ?? null;
      rows[t.keys ? t.keys[n]! : rowKey(t.key.map((i) => values[i] ?? null))] = row;
    });
    tables[name] = rows;
  }
  return { planId: stored.planId, schemaVersion: stored.schemaVersion, tables };
}

export interface VersionInfo {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
  schemaVersion: number;
  rowCount: number;
  /** What the version added to the file when it was made (its new chunks and manifest), give or take a page. */
  bytes: number;
}

const infoColumns = `id, name, created_at AS createdAt, created_by AS createdBy, schema_version AS schemaVersion, row_count AS rowCount, coalesce(bytes, length(state)) AS bytes`;

export function listVersions(db: Db): VersionInfo[] {
  return db.prepare(`SELECT ${infoColumns} FROM ${VERSION_TABLE} ORDER BY created_at DESC, name`).all() as VersionInfo[];
}

export function getVersion(db: Db, id: string): VersionInfo | null {
  return (db.prepare(`SELECT ${infoColumns} FROM ${VERSION_TABLE} WHERE id = ?`).get(id) as VersionInfo | undefined) ?? null;
}

/** A format-2 version's table: its columns, key columns, level and buckets [bucket, digest a, digest b, rows]. */
export interface ManifestTable {
  columns: string[];
  keys: string[];
  level: Level;
  chunks: [number, number, number, number][];
}

export interface Manifest {
  planId: string;
  schemaVersion: number;
  tables: Record<string, ManifestTable>;
}

const deflate = (text: string) => deflateRawSync(Buffer.from(text), { level: constants.Z_DEFAULT_COMPRESSION });
const inflate = (bytes: Buffer) => inflateRawSync(bytes).toString('utf8');

/** A version as stored: its format and its state (the whole state in format 1, the manifest in format 2). */
export function storedVersion(db: Db, id: string): { format: 1 | 2; schemaVersion: number; state: Buffer } | null {
  return (db.prepare(`SELECT format, schema_version AS schemaVersion, state FROM ${VERSION_TABLE} WHERE id = ?`).get(id) as { format: 1 | 2; schemaVersion: number; state: Buffer } | undefined) ?? null;
}

export const decodeManifest = (bytes: Buffer): Manifest => JSON.parse(inflate(bytes)) as Manifest;

/** A chunk's rows as JSON lines. */
export function readChunk(db: Db, id: string): string[] {
  const data = db.prepare(`SELECT data FROM ${VERSION_CHUNK_TABLE} WHERE id = ?`).pluck().get(id) as Buffer | undefined;
  if (!data) throw new Error(`version chunk ${id} is missing`);
  const text = inflate(data);
  return text ? text.split('\n') : [];
}

/** A format-2 version as a source: chunks are read (and inflated) only when their rows are asked for. */
export class VersionSource implements StateSource {
  readonly planId: string;
  readonly schemaVersion: number;
  private readonly buckets = new Map<string, Map<number, Digest>>();
  /** Chunks read for single rows: key → line. */
  private readonly chunks = new Map<string, Map<string, string>>();

  constructor(
    private readonly db: Db,
    readonly manifest: Manifest,
  ) {
    this.planId = manifest.planId;
    this.schemaVersion = manifest.schemaVersion;
  }

  shape(table: string) {
    const t = this.manifest.tables[table];
    return t ? { columns: t.columns, keys: t.keys } : null;
  }

  level(table: string): Level {
    return this.manifest.tables[table]?.level ?? 0;
  }

  digests(table: string): ReadonlyMap<number, Digest> {
    let map = this.buckets.get(table);
    if (!map) {
      map = new Map((this.manifest.tables[table]?.chunks ?? []).map(([bucket, a, b, n]) => [bucket, { a, b, n }]));
      this.buckets.set(table, map);
    }
    return map;
  }

  lines(table: string, buckets: readonly number[]): string[] {
    return buckets.flatMap((bucket) => {
      const d = this.digests(table).get(bucket);
      return d ? readChunk(this.db, digestId(d)) : [];
    });
  }

  linesByKey(table: string, keys: readonly (readonly Cell[])[]): string[] {
    const t = this.manifest.tables[table];
    if (!t) return [];
    return keys.flatMap((key) => {
      const d = this.digests(table).get(bucketOf(key[0] ?? null, t.level));
      if (!d) return [];
      const id = digestId(d);
      let byKey = this.chunks.get(id);
      if (!byKey) {
        const lines = readChunk(this.db, id);
        const rows = rowsOf(t.columns, t.keys, lines);
        byKey = new Map(Object.keys(rows).map((k, i) => [k, lines[i]!]));
        this.chunks.set(id, byKey);
      }
      return byKey.get(rowKey(key)) ?? [];
    });
  }
}

/** A version's whole state (of its own schema version); null when there is no such version. */
export function loadVersionState(db: Db, id: string): PlanState | null {
  const stored = storedVersion(db, id);
  if (!stored) return null;
  if (stored.format === 1) return decodeState(stored.state);
  const source = new VersionSource(db, decodeManifest(stored.state));
  const tables: PlanState['tables'] = {};
  for (const [name, t] of Object.entries(source.manifest.tables)) {
    const rows: Record<string, Row> = {};
    rowsOf(t.columns, t.keys, source.lines(name, t.chunks.map(([bucket]) => bucket)), rows);
    tables[name] = rows;
  }
  return { planId: source.planId, schemaVersion: source.schemaVersion, tables };
}

/**
 * Names the plan's content now as a version: each table read once, its rows bucketed and
 * digested; only chunks no version holds yet are deflated and written.
 */
export function createVersion(db: Db, fields: { name: string; createdBy?: string | null; createdAt?: string }): VersionInfo {
  const id = randomUUID();
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const planId = (db.prepare('SELECT id FROM plan LIMIT 1').pluck().get() as string | undefined) ?? '';
  const ownerOf = db.prepare(`SELECT version_id FROM ${VERSION_CHUNK_TABLE} WHERE id = ?`).pluck();
  const insertChunk = db.prepare(`INSERT INTO ${VERSION_CHUNK_TABLE} (id, version_id, data) VALUES (?, ?, ?)`);
  // The versions whose chunks this one reuses: each counts it in (see migration 9).
  const owners = new Set<string>();
  const manifest: Manifest = { planId, schemaVersion, tables: {} };
  let bytes = 0;
  let rows = 0;
  for (const shape of contentTables(db)) {
    const count = db.prepare(`SELECT count(*) FROM main."${shape.name.replace(/"/g, '""')}"`).pluck().get() as number;
    const level = levelFor(count);
    const digests = [...digestTable(db, shape, level)].sort((x, y) => x[0] - y[0]);
    // Chunks another version holds are shared; only the rest are read and written.
    const missing = digests.filter(([, d]) => {
      const owner = ownerOf.get(digestId(d)) as string | undefined;
      if (owner) owners.add(owner);
      return !owner;
    });
    const lines = missing.length ? readLines(db, shape, level, missing.length === digests.length ? null : missing.map(([b]) => b)) : new Map<number, string[]>();
    const written = new Set<string>();
    for (const [bucket, d] of missing) {
      const chunkId = digestId(d);
      if (written.has(chunkId)) continue; // two buckets of this version with the same rows
      const data = deflate(lines.get(bucket)!.join('\n'));
      insertChunk.run(chunkId, id, data);
      written.add(chunkId);
      bytes += data.length + chunkId.length;
    }
    rows += count;
    manifest.tables[shape.name] = { columns: selectColumns(shape), keys: shape.keys, level, chunks: digests.map(([bucket, d]) => [bucket, d.a, d.b, d.n]) };
  }
  const state = deflate(JSON.stringify(manifest));
  bytes += state.length;
  db.prepare(`INSERT INTO ${VERSION_TABLE} (id, name, created_at, created_by, schema_version, row_count, state, format, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, 2, ?)`).run(
    id,
    fields.name,
    fields.createdAt ?? new Date().toISOString(),
    fields.createdBy ?? null,
    schemaVersion,
    rows,
    state,
    bytes,
  );
  const share = db.prepare(`UPDATE ${VERSION_TABLE} SET shared = shared + 1 WHERE id = ?`);
  for (const owner of owners) if (owner !== id) share.run(owner);
  return getVersion(db, id)!;
}
