/**
 * Imports in progress, per core: a file is read once (`import.open`), checked against a mapping
 * as often as the user changes it (`import.preview`), and written by one command
 * (`import.run`). Reading and checking are asynchronous and go in chunks of rows with a turn of
 * the event loop between them, so the host's main thread keeps answering (IPC, window
 * messages) while a 50,000-row file is read; each chunk reports `import.progress` and checks
 * for `import.cancel`. The write is one synchronous transaction over rows already checked.
 */
import path from 'node:path';
import { fail } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import type { Db } from '../storage/connection';
import { createdKey, type CreateValues, type ImportFile, type ImportPreview, type ImportResult, type RowIssue, type MappingIssue } from '../../../shared/schemas/import';
import { importFields, type ImportTarget } from '../../../shared/domain/import/fields';
import { proposeMapping } from '../../../shared/domain/import/mapping';
import { Stager, resolveMapping, takesDefault, type Mapped, type StagedRow } from '../../../shared/domain/import/stage';
import { cellText, enumKey, isBlank, parseEnum } from '../../../shared/domain/import/values';
import { addNumberEvidence, noNumberEvidence, proposeNumberFormat, type NumberEvidence, type NumberFormat } from '../../../shared/domain/numbers';
import { columnValues, takesRow, type RowFilter } from '../../../shared/domain/import/row-filter';
import { readTable, type Table } from './read';
import { htmlToPlainText } from './plain-text';
import { isPlaceholder, resolveRows } from './resolve';
import { writeImport } from './write';
import { savedMapping, saveMapping } from './mappings';
import { importLookups, measurementKeys } from '../storage/repos/import-repo';
import { requireMoneyWithinLimits } from '../storage/repos/action-repo';

export const CHUNK = 2000;
export const ISSUE_LIMIT = 5000;
/** A column with more distinct values than this holds names or amounts, not words to map to the app's values. */
export const DISTINCT_LIMIT = 50;

interface Staged {
  key: string;
  mapped: Mapped[];
  mappingIssues: MappingIssue[];
  rows: StagedRow[];
  issues: RowIssue[];
  warnings: RowIssue[];
  empty: number;
  /** Rows the row filter left out, and the rows it took (for the read's own issues). */
  filtered: number;
  taken: Set<number>;
}

interface ImportSession {
  id: string;
  target: ImportTarget;
  table: Table;
  staged: Staged | null;
  /** The last check of `staged` and the plan state it was made against (see check). */
  checked: { staged: Staged; db: Db; plan: string; result: Checked } | null;
  /** What the file's own texts show (detectNumberFormat), used when the caller declares none. */
  numberFormat: NumberFormat | null;
}

interface Sessions {
  open: Map<string, ImportSession>;
  /** Ids of reads or checks under way; cancel moves an id to `cancelled`. */
  running: Set<string>;
  cancelled: Set<string>;
}

const registry = new WeakMap<CoreContext, Sessions>();
function sessions(ctx: CoreContext): Sessions {
  let s = registry.get(ctx);
  if (!s) registry.set(ctx, (s = { open: new Map(), running: new Set(), cancelled: new Set() }));
  return s;
}

const MAX_SESSIONS = 4;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Throws `cancelled` (and forgets the import) if the user cancelled it. */
function checkCancelled(ctx: CoreContext, id: string): void {
  const s = sessions(ctx);
  if (s.cancelled.has(id)) {
    s.cancelled.delete(id);
    s.running.delete(id);
    s.open.delete(id);
    fail({ kind: 'cancelled', id });
  }
}

function session(ctx: CoreContext, id: string): ImportSession {
  return sessions(ctx).open.get(id) ?? fail({ kind: 'notFound', entity: 'import', id });
}

export async function openImport(ctx: CoreContext, input: { id: string; path: string; target: ImportTarget; sheet?: string | undefined }): Promise<ImportFile> {
  const s = sessions(ctx);
  s.running.add(input.id);
  try {
    ctx.emit({ name: 'import.progress', id: input.id, phase: 'read', done: 0, total: 0 });
    const table = await readTable(input.path, { sheet: input.sheet });
    checkCancelled(ctx, input.id);
    ctx.emit({ name: 'import.progress', id: input.id, phase: 'read', done: table.rows.length, total: table.rows.length });
    s.open.delete(input.id);
    const numberEvidence = columnEvidence(table);
    const numberFormat = proposeNumberFormat(numberEvidence).format;
    s.open.set(input.id, { id: input.id, target: input.target, table, staged: null, checked: null, numberFormat });
    while (s.open.size > MAX_SESSIONS) s.open.delete(s.open.keys().next().value!);
    const saved = savedMapping(ctx.options.userDataDir, input.target, table.headers);
    return {
      id: input.id,
      file: path.basename(input.path),
      format: table.format,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheets: table.sheets,
      sheet: table.sheet,
      headers: table.headers,
      rowCount: table.rows.length,
      sample: table.rows.slice(0, 10).map((r) => r.cells.map(cellText)),
      columns: saved?.columns ?? proposeMapping(input.target, table.headers),
      savedMapping: saved !== null,
      numberFormat,
      numberEvidence,
      distinct: distinctValues(table),
      values: saved?.values ?? {},
      defaults: saved?.defaults ?? {},
      columnValues: columnValues(table.rows, table.headers.length),
    };
  } finally {
    s.running.delete(input.id);
    s.cancelled.delete(input.id);
  }
}

/** What each column's text cells say about the number format (numbers from XLSX need no format). */
function columnEvidence(table: Table): NumberEvidence[] {
  const out = table.headers.map(noNumberEvidence);
  for (const r of table.rows) {
    r.cells.forEach((c, i) => {
      if (typeof c === 'string' && i < out.length) addNumberEvidence(out[i]!, c);
    });
  }
  return out;
}

/** Per column, its distinct values with their row counts (most first), or null past DISTINCT_LIMIT. */
function distinctValues(table: Table): ImportFile['distinct'] {
  return table.headers.map((_, col) => {
    const counts = new Map<string, number>();
    for (const r of table.rows) {
      const cell = r.cells[col] ?? null;
      if (isBlank(cell)) continue;
      const text = cellText(cell);
      counts.set(text, (counts.get(text) ?? 0) + 1);
      if (counts.size > DISTINCT_LIMIT) return null;
    }
    return [...counts].map(([value, rows]) => ({ value, rows })).sort((a, b) => b.rows - a.rows);
  });
}

/** What a check depends on: the mapping and the number format it reads the cells in. */
interface CheckOptions {
  columns: readonly (string | null)[];
  numberFormat?: NumberFormat | null | undefined;
  /** The user's value mapping and values for all rows (ImportRunSchema). */
  values?: Record<string, Record<string, string>> | undefined;
  defaults?: Record<string, string> | undefined;
  rowFilter?: RowFilter | null | undefined;
}
const formatOf = (sess: ImportSession, o: CheckOptions) => (o.numberFormat === undefined ? sess.numberFormat : o.numberFormat);
const checkKey = (sess: ImportSession, o: CheckOptions) => JSON.stringify([o.columns, formatOf(sess, o), o.values ?? {}, o.defaults ?? {}, o.rowFilter ?? null]);

function stager(sess: ImportSession, o: CheckOptions) {
  if (o.rowFilter && o.rowFilter.column >= sess.table.headers.length) {
    fail({ kind: 'validation', issues: [{ path: 'rowFilter.column', code: 'custom', params: { message: 'filterColumnMissing', column: o.rowFilter.column + 1, columns: sess.table.headers.length } }] });
  }
  const defaults = validDefaults(sess.target, o.defaults ?? {});
  const values = Object.fromEntries(Object.entries(o.values ?? {}).map(([field, words]) => [field, Object.fromEntries(Object.entries(words).map(([w, code]) => [enumKey(w), code]))]));
  const { mapped, issues } = resolveMapping(sess.target, sess.table.headers, o.columns, defaults);
  return { mapped, mappingIssues: issues, stager: new Stager(sess.target, mapped, sess.table.headers.length, formatOf(sess, o), { values, defaults }, htmlToPlainText) };
}

/** Values for all rows: refused unless each names a field that takes one, and an enum field's value is one of its codes. */
function validDefaults(target: ImportTarget, defaults: Record<string, string>): Record<string, string> {
  for (const [key, value] of Object.entries(defaults)) {
    const field = importFields[target].find((f) => f.key === key);
    const ok = !!field && takesDefault(field) && (field.kind !== 'enum' || parseEnum(field.enum!, value).ok);
    if (!ok) fail({ kind: 'validation', issues: [{ path: `defaults.${key}`, code: 'custom', params: { message: 'importDefaultInvalid', field: key } }] });
  }
  return defaults;
}

/** Checks every row in chunks, yielding between them (cancellable, with progress). */
async function stageAsync(ctx: CoreContext, sess: ImportSession, o: CheckOptions): Promise<Staged> {
  const key = checkKey(sess, o);
  if (sess.staged?.key === key) return sess.staged;
  const s = sessions(ctx);
  s.running.add(sess.id);
  try {
    const { mapped, mappingIssues, stager: st } = stager(sess, o);
    const rows: StagedRow[] = [];
    const all = sess.table.rows;
    const taken = new Set<number>();
    for (let i = 0; i < all.length; i += CHUNK) {
      for (const r of all.slice(i, i + CHUNK)) {
        if (!takesRow(o.rowFilter, r.cells)) continue;
        taken.add(r.row);
        const staged = st.stage(r);
        if (staged) rows.push(staged);
      }
      ctx.emit({ name: 'import.progress', id: sess.id, phase: 'check', done: Math.min(i + CHUNK, all.length), total: all.length });
      await nextTurn();
      checkCancelled(ctx, sess.id);
    }
    sess.staged = { key, mapped, mappingIssues, rows, issues: st.issues, warnings: st.warnings, empty: st.empty, filtered: all.length - taken.size, taken };
    return sess.staged;
  } finally {
    s.running.delete(sess.id);
  }
}

/** The same, in one go (a command cannot wait): only when the run's mapping was never previewed. */
function stageSync(sess: ImportSession, o: CheckOptions): Staged {
  const key = checkKey(sess, o);
  if (sess.staged?.key === key) return sess.staged;
  const { mapped, mappingIssues, stager: st } = stager(sess, o);
  const taken = sess.table.rows.filter((r) => takesRow(o.rowFilter, r.cells));
  const rows = taken.map((r) => st.stage(r)).filter((r): r is StagedRow => r !== null);
  sess.staged = { key, mapped, mappingIssues, rows, issues: st.issues, warnings: st.warnings, empty: st.empty, filtered: sess.table.rows.length - taken.length, taken: new Set(taken.map((r) => r.row)) };
  return sess.staged;
}

type Checked = ReturnType<typeof resolveAgainst>;

/**
 * Staged rows resolved against the open plan: what would be added and updated, and every
 * problem. The run repeats the preview's check unless the plan is exactly as the preview saw
 * it: no change written since (the undo log's sequence, which every write to a plan table
 * advances, undo and redo included) and none by another connection (data_version). A 50,000-row
 * check is half a second of the write otherwise.
 */
function check(ctx: CoreContext, sess: ImportSession, staged: Staged): Checked {
  const db = ctx.db();
  const plan = `${ctx.history().mark()}|${db.pragma('data_version', { simple: true })}`;
  const last = sess.checked;
  if (last && last.staged === staged && last.db === db && last.plan === plan) return last.result;
  const result = resolveAgainst(ctx, sess, staged);
  sess.checked = { staged, db, plan, result };
  return result;
}

function resolveAgainst(ctx: CoreContext, sess: ImportSession, staged: Staged) {
  const db = ctx.db();
  const resolution = resolveRows(sess.target, staged.rows, staged.mapped, importLookups(db), sess.target === 'measurements' ? measurementKeys(db) : undefined);
  const structural = sess.table.issues.filter((i) => staged.taken.has(i.row));
  const order = new Map(sess.table.headers.map((h, i) => [h, i]));
  const issues = [...structural, ...staged.issues, ...resolution.issues].sort(
    (a, b) => a.row - b.row || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1),
  );
  const bad = new Set([...staged.rows.filter((r) => r.bad).map((r) => r.row), ...resolution.badRows, ...structural.map((i) => i.row)]);
  const ops = resolution.ops.filter((o) => !bad.has(o.row));
  // Structural problems (found by the reader) can make a row bad after resolution: what only such rows named is not created.
  const named = new Set<string>();
  for (const o of ops) placeholdersIn(o.values, named);
  const created = resolution.created.filter((c) => named.has(c.id));
  return { ops, issues, bad, created };
}

export async function previewImport(ctx: CoreContext, input: CheckOptions & { id: string }): Promise<ImportPreview> {
  ctx.db();
  const sess = session(ctx, input.id);
  const staged = await stageAsync(ctx, sess, input);
  const { ops, issues, bad, created } = check(ctx, sess, staged);
  return {
    id: sess.id,
    target: sess.target,
    rows: sess.table.rows.length,
    add: ops.filter((o) => o.id === null).length,
    update: ops.filter((o) => o.id !== null).length,
    skip: staged.empty + bad.size,
    empty: staged.empty,
    filtered: staged.filtered,
    badRows: bad.size,
    mappingIssues: staged.mappingIssues,
    issues: issues.slice(0, ISSUE_LIMIT),
    issueCount: issues.length,
    warnings: staged.warnings.slice(0, ISSUE_LIMIT),
    warningCount: staged.warnings.length,
    created: created.map(({ kind, name, rows }) => ({ kind, name, rows })),
  };
}

/** Adds every created item's placeholder an op's values name (at any depth) to `into`. */
function placeholdersIn(v: unknown, into: Set<string>): void {
  if (isPlaceholder(v)) into.add(v);
  else if (Array.isArray(v)) for (const x of v) placeholdersIn(x, into);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) placeholdersIn(x, into);
}

/** The command: inside the dispatcher's transaction, so all rows or none (and what they create), one undo step. */
export function runImport(
  ctx: CoreContext,
  input: CheckOptions & { id: string; columns: (string | null)[]; goodRowsOnly: boolean; saveMapping: boolean; create: CreateValues },
): ImportResult {
  const sess = session(ctx, input.id);
  const staged = stageSync(sess, input);
  if (staged.mappingIssues.length > 0) {
    fail({ kind: 'validation', issues: staged.mappingIssues.map((m) => ({ path: 'columns', code: 'custom', params: { message: m.code, field: m.field } })) });
  }
  const { ops, bad, created } = check(ctx, sess, staged);
  if (bad.size > 0 && !input.goodRowsOnly) {
    fail({ kind: 'validation', issues: [{ path: 'goodRowsOnly', code: 'custom', params: { message: 'importHasBadRows', count: bad.size } }] });
  }
  // A created stakeholder needs a helix: chosen for all of them, or for each one left without.
  const noHelix = created.filter((c) => c.kind === 'stakeholder' && !input.create.helix && !input.create.items[createdKey('stakeholder', c.name)]?.helix);
  if (noHelix.length > 0) {
    fail({ kind: 'validation', issues: [{ path: 'create.helix', code: 'custom', params: { message: 'importCreateHelixMissing', count: noHelix.length } }] });
  }
  raiseCache(ctx);
  const { added, updated, created: made } = writeImport(ctx.db(), sess.target, created, input.create, ops, (done, total) => {
    // A cancel from the user throws here: the command's transaction rolls back, nothing is written.
    ctx.checkCancelled(input.id);
    ctx.emit({ name: 'import.progress', id: input.id, phase: 'write', done, total });
  });
  if (sess.target === 'actions') requireMoneyWithinLimits(ctx.db());
  ctx.stepLabel = `import.${sess.target}`;
  if (input.saveMapping) saveMapping(ctx.options.userDataDir, sess.target, sess.table.headers, { columns: input.columns, values: input.values ?? {}, defaults: input.defaults ?? {} });
  sessions(ctx).open.delete(sess.id);
  return { added, updated, skipped: staged.empty + bad.size, created: made };
}

/**
 * SQLite's default page cache (2 MB) is far smaller than a 50,000-row import and its undo log:
 * with random UUID keys every insert then touches pages that were spilled, and the write time
 * grows with the square of the rows (measured: 10,000 rows 1 s, 50,000 rows 18 s). A 64 MB
 * cache for the plan and for the temp schema (where the undo log lives) keeps it linear. The
 * cache only grows as pages are used, so small plans pay nothing.
 */
export const IMPORT_CACHE_KIB = 65_536;
function raiseCache(ctx: CoreContext): void {
  const db = ctx.db();
  for (const schema of ['main', 'temp']) {
    const current = db.pragma(`${schema}.cache_size`, { simple: true }) as number;
    const kib = current < 0 ? -current : current * 4;
    if (kib < IMPORT_CACHE_KIB) db.pragma(`${schema}.cache_size = -${IMPORT_CACHE_KIB}`);
  }
}

/** Cancels a read or check under way (it answers `cancelled`) and forgets the import either way. */
export function cancelImport(ctx: CoreContext, id: string): { cancelled: boolean } {
  const s = sessions(ctx);
  const running = s.running.has(id);
  if (running) s.cancelled.add(id);
  const had = s.open.delete(id);
  return { cancelled: running || had };
}
