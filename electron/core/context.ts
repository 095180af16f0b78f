import path from 'node:path';
import { fail } from '../../shared/contract/errors';
import type { PlanEvent } from '../../shared/contract/channels';
import { connect, type Db } from './storage/connection';
import { AppStateStore } from './app-state';
import type { History, RecordedStep } from './storage/undo';

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

  setPlan(plan: OpenPlan | null): void {
    if (this.open && this.open.db !== plan?.db) this.open.db.close();
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
    this.open = file ? { db: connect(file, { readonly: true, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) }), path: file, isExample: false, history: null as never } : null;
  }

  /** Throws `cancelled` when the host asked to cancel the running call; a command's transaction then rolls back. */
  checkCancelled(id: string): void {
    if (this.options.cancelled?.()) fail({ kind: 'cancelled', id });
  }

  emit(event: PlanEvent): void {
    this.options.emit?.(event);
  }

  get exampleDir(): string {
    return path.join(this.options.documentsDir, 'S3 Planner');
  }
}
