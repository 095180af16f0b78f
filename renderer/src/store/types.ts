import type { AppError, Reply } from '../../../shared/contract/errors';
import type { AppState } from '../../../shared/schemas/app';
import type { FundingSource, PlanFields, PlanFile } from '../../../shared/schemas/plan';
import type { SectorRow } from '../../../shared/schemas/sector';
import type { StakeholderRow } from '../../../shared/schemas/stakeholder';
import type { NetworkRow } from '../../../shared/schemas/network';
import type { ActionRow } from '../../../shared/schemas/action';
import type { IndicatorRow } from '../../../shared/schemas/indicator';
import type { WorkshopRow } from '../../../shared/schemas/workshop';
import type { UiLanguage } from '../../../shared/schemas/app';
import type { HistoryState } from '../../../shared/schemas/history';
import type { ChannelName, Input, Result } from '../../../shared/contract/channels';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A list the plan holds, as plain data. `idle` means no screen has asked for it yet. */
export interface Loadable<T> {
  items: T[];
  status: LoadStatus;
  error: AppError | null;
}

export interface ListData {
  sectors: SectorRow;
  stakeholders: StakeholderRow;
  networks: NetworkRow;
  actions: ActionRow;
  indicators: IndicatorRow;
  workshops: WorkshopRow;
  fundingSources: FundingSource;
}
export type ListKey = keyof ListData;
export const listKeys = ['sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'workshops', 'fundingSources'] as const satisfies readonly ListKey[];

export type SessionStatus = 'starting' | 'ready';

/** A short message shown in the status region (polite live region). */
export interface Notice {
  id: number;
  text: string;
  values?: Record<string, string | number>;
  /** The undo step this notice offers to take back (its Undo button undoes exactly it). */
  undoStep?: number;
  /** A history step's label (`sector.update`): shown as its name in the UI language, as {{step}}. */
  step?: string;
}

export interface SessionSlice {
  status: SessionStatus;
  appState: AppState | null;
  planFile: PlanFile | null;
  /** An error to show in the app-wide alert (file errors from native dialogs, failed loads). */
  alert: AppError | null;
  notice: Notice | null;

  start(): Promise<void>;
  refreshAppState(): Promise<void>;
  refreshPlan(): Promise<void>;
  /** readOnly: the user chose to read a plan that is open elsewhere. */
  openPlan(path: string, readOnly?: boolean): Promise<Reply<PlanFile>>;
  /** A plan open elsewhere: write a copy of it to `target` and edit the copy. */
  openCopy(path: string, target: string, overwrite: boolean): Promise<Reply<PlanFile>>;
  createPlan(path: string, fields: PlanFields): Promise<Reply<PlanFile>>;
  openExample(recreate: boolean): Promise<Reply<PlanFile>>;
  saveAs(path: string, overwrite: boolean): Promise<Reply<PlanFile>>;
  closePlan(): Promise<Reply<null>>;
  setLanguage(language: UiLanguage): Promise<void>;
  showAlert(error: AppError | null): void;
  notify(text: string, values?: Record<string, string | number>, options?: { undoStep?: number | null; step?: string }): void;
  /** Clears the notice if it is still the one with this id. */
  clearNotice(id: number): void;
}

export interface EditSlice {
  history: HistoryState | null;
  /** When the open plan's file was last written (ms since epoch), by any window: the shell's "Saved 14.32". */
  savedAt: number | null;
  refreshHistory(): Promise<void>;
  /** A command on the open plan. What screens show refetches when the host says what it changed (plan.changed). */
  command<C extends ChannelName>(channel: C, input: Input<C>): Promise<Reply<Result<C>>>;
  query<C extends ChannelName>(channel: C, input: Input<C>): Promise<Reply<Result<C>>>;
  undo(): Promise<Reply<HistoryState>>;
  redo(): Promise<Reply<HistoryState>>;
  /** Undoes (redoes) exactly this step, or says why it cannot (another change came after it). */
  undoStep(stepId: number): Promise<Reply<HistoryState>>;
  redoStep(stepId: number): Promise<Reply<HistoryState>>;
}

export type AppStoreState = SessionSlice & EditSlice;
