import path from 'node:path';
import { fail } from '../../shared/contract/errors';
import type { PlanEvent } from '../../shared/contract/channels';
import { connect, type Db } from './storage/connection';
import { identityOf, type FileIdentity, type ReadOnlyReason } from './storage/open-plan';
import type { PlanLock } from './storage/lock-file';
import { AppStateStore } from './app-state';
import type { History, RecordedStep } from './storage/undo';
import { readMemo } from './storage/read-memo';

export interface CoreOptions {
  /** Folder for app-level state (Electron's userData; a temp folder in tests). */
  userDataDir: string;
  /** Folder where the example plan is created on first start (the user's documents). */
  documentsDir: string;
  /** better_sqlite3.node built for the host's ABI, when it is not Node's (Electron). */
  nativeBinding?: string;
  /** Pushes events to the renderer(s). */
  emit?: (event: PlanEvent) => void;
  /** The host's log (Electron: electron-log's file): internal errors with their reference. */
  log?: (message: string, error?: unknown) => void;
  /** Whether the host asked to cancel the call now running (a long command checks it as it goes). */
  cancelled?: () => boolean;
}

export interface OpenPlan {
  db: Db;
  path: string;
  isExample: boolean;
  history: History;
  /** Why the plan is read-only, or null when it can be edited. */
  readOnly: ReadOnlyReason;
  /** The lock file beside the plan while this core edits it; released when the plan is closed. */
  lock: PlanLock | null;
  /** The file the connection opened, to tell when it was deleted or replaced since. */
  identity: FileIdentity | null;
}

/** What a handler can reach: the open plan (at most one per core), app state, options. */
export class CoreContext {
  readonly appState: AppStateStore;
  private open: OpenPlan | null = null;

  constructor(readonly options: CoreOptions) {
    this.appState = new AppStateStore(options.userDataDir);
  }

  get plan(): OpenPlan | null {
    return this.open;
  }

  /** The open plan's connection, or a noPlanOpen error. */
  db(): Db {
    return this.open?.db ?? fail({ kind: 'noPlanOpen' });
  }

  history(): History {
    return this.open?.history ?? fail({ kind: 'noPlanOpen' });
  }

  /** A command may name its undo step more precisely than its channel ('sector.rename'). */
  stepLabel: string | null = null;

  /** The window or tab making the current call (its own undo history). */
  client = 'default';

  /** The step an undo or redo just replayed (for the plan.changed event). */
  replayed: RecordedStep | null = null;

  /**
   * Refuses a change the plan cannot take: it is open read-only, or its file was deleted, moved
   * or replaced since it was opened (the change would go into a file nobody sees any more; Save
   * As still writes what is open to a new file).
   */
  assertWritable(): void {
    const open = this.open ?? fail({ kind: 'noPlanOpen' });
    if (open.readOnly) fail({ kind: 'file', reason: 'planReadOnly', file: open.path, detail: open.readOnly });
    const now = identityOf(open.path);
    if (!now) fail({ kind: 'file', reason: 'gone', file: open.path });
    if (open.identity && (now!.dev !== open.identity.dev || now!.ino !== open.identity.ino)) fail({ kind: 'file', reason: 'replaced', file: open.path });
  }

  setPlan(plan: OpenPlan | null): void {
    if (this.open && this.open.db !== plan?.db) this.open.db.close();
    // The lock goes with the plan, unless the next plan is the same file under the same lock.
    if (this.open?.lock && this.open.lock !== plan?.lock) this.open.lock.release();
    this.open = plan;
    if (plan) this.appState.addRecent(plan.path);
    this.emit(plan ? { name: 'plan.opened', path: plan.path } : { name: 'plan.closed' });
  }

  log(message: string, error?: unknown): void {
    (this.options.log ?? console.error)(message, error);
  }

  /**
   * A core that only reads (the reader thread): the plan another connection holds, opened
   * read-only, with no history and nothing written to app state. Null closes it.
   */
  attachReadOnly(file: string | null): void {
    this.open?.db.close();
    this.open = file
      ? { db: connect(file, { readonly: true, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) }), path: file, isExample: false, history: null as never, readOnly: 'chosen', lock: null, identity: null }
      : null;
  }

  /** Throws `cancelled` when the host asked to cancel the running call; a command's transaction then rolls back. */
  checkCancelled(id: string): void {
    if (this.options.cancelled?.()) fail({ kind: 'cancelled', id });
  }

  emit(event: PlanEvent): void {
    // Committed: what this connection kept from the tables written is read again (read-memo.ts).
    if (event.name === 'plan.changed') this.tablesChanged(event.tables);
    this.options.emit?.(event);
  }

  /** The tables a committed change wrote (on this connection, or the writer's for the reader thread). */
  tablesChanged(tables: readonly string[]): void {
    if (this.open) readMemo(this.open.db).changed(tables);
  }

  get exampleDir(): string {
    return path.join(this.options.documentsDir, 'S3 Planner');
  }
}
