import { z } from 'zod';
import { channel, query } from './channel';
import { Empty, ById, IdSchema } from '../schemas/common';
import { PlanSchema, PlanFieldsSchema, PlanFileSchema, PathSchema, FundingSourceSchema, PlanUpdateSchema, FundingSourceCreateSchema, FundingSourceUpdateSchema } from '../schemas/plan';
import { SectorSchema, SectorCreateSchema, SectorRowSchema, SectorUpdateSchema, SectorReorderSchema, SectorArchiveSchema, SectorDetailSchema } from '../schemas/sector';
import {
  StakeholderRowSchema, StakeholderSchema, StakeholderCreateSchema, StakeholderUpdateSchema, StakeholderDetailSchema,
  StakeholderDuplicatesSchema, DuplicateSchema, EngagementSetSchema, EngagementSchema,
} from '../schemas/stakeholder';
import {
  EngagementSetManySchema, EngagementSetManyResultSchema, EngagementLastDateSchema, EngagementHistoryInputSchema, EngagementChangeSchema, EngagementChangeUpdateSchema,
} from '../schemas/engagement';
import { NetworkRowSchema, NetworkSchema, NetworkCreateSchema, NetworkUpdateSchema, NetworkDetailSchema } from '../schemas/network';
import { ActionRowSchema, ActionSchema, ActionCreateSchema, ActionUpdateSchema, ActionDetailSchema } from '../schemas/action';
import {
  IndicatorRowSchema, IndicatorSchema, IndicatorCreateSchema, IndicatorUpdateSchema, IndicatorDetailSchema,
  MeasurementSchema, MeasurementAddSchema, MeasurementUpdateSchema,
} from '../schemas/indicator';
import {
  WorkshopRowSchema, WorkshopSchema, WorkshopCreateSchema, WorkshopUpdateSchema, WorkshopDetailSchema,
  DecisionSchema, DecisionAddSchema, DecisionUpdateSchema, DecisionMoveSchema, DiscoverySchema,
} from '../schemas/workshop';
import { ImpactSchema, ImpactEntitySchema } from '../schemas/impact';
import type { CommandId } from '../shell/commands';
import { HistoryStateSchema, StepIdInputSchema } from '../schemas/history';
import { AppStateSchema, AppRememberSchema, UiLanguageSchema } from '../schemas/app';
import { ErrorReportSchema, ImageExportInputSchema, ImageExportResultSchema, PickPathInputSchema, PickPathResultSchema } from '../schemas/files';
import { DashboardInputSchema, DashboardSchema } from '../schemas/dashboard';
import {
  ImportOpenSchema, ImportFileSchema, ImportPreviewInputSchema, ImportPreviewSchema, ImportRunSchema, ImportResultSchema, ImportCancelSchema,
  ExportListInputSchema, ExportTableInputSchema, ExportResultSchema,
} from '../schemas/import';
import {
  AgendaItemSchema, AgendaAddSchema, AgendaUpdateSchema, AgendaMoveSchema, ByWorkshop as AgendaByWorkshop, CaptureAddSchema, CaptureEntrySchema,
} from '../schemas/agenda';
import {
  AssessmentSchema, CriterionSetSchema, CriterionRecordSchema, AnalysisDocumentSchema, AnalysisDocumentAddSchema, AnalysisDocumentUpdateSchema,
  GovernanceSeatSchema, GovernanceSeatAddSchema, GovernanceSeatUpdateSchema,
} from '../schemas/assessment';
import {
  VersionSchema, VersionCreateSchema, CompareInputSchema, CompareResultSchema, VersionRestoreResultSchema,
} from '../schemas/version';
import { MergePreviewInputSchema, MergePreviewSchema, MergeApplyInputSchema, MergeApplyResultSchema } from '../schemas/merge';
import { TranslationSchema, TranslationListInputSchema, TranslationSetSchema, TranslationSetManySchema, TranslationSheetSchema } from '../schemas/translation';

/** What a workshop's detail reads: its links, participants and decisions with their outcomes. */
const workshopDetailReads = [
  'action', 'decision_action', 'decision_sector', 'sector', 'stakeholder', 'workshop', 'workshop_action', 'workshop_decision', 'workshop_participant', 'workshop_sector',
] as const;

/**
 * Every operation the UI can perform. Nothing crosses between the renderer and a host
 * that is not here. Names are `domain.verb`; the core's handler table must cover all of them.
 */
export const channels = {
  // App state (under the host's user-data folder, not in a plan).
  'app.state': channel('query', Empty, AppStateSchema),
  'app.setLanguage': channel('session', z.strictObject({ language: UiLanguageSchema }), AppStateSchema),
  // The host's own part of app state (the core, in its thread, is the file's one writer).
  'app.remember': channel('session', AppRememberSchema, AppStateSchema),
  /** An error the renderer caught goes to the host's log under the reference the user sees. */
  'app.logError': channel('session', ErrorReportSchema, z.object({ logged: z.boolean() })),

  // Host services: a native file dialog in Electron. The browser host has none
  // (supported: false) and the renderer asks for a path in an in-app dialog instead.
  'host.pickPath': channel(
    'session',
    PickPathInputSchema,
    PickPathResultSchema,
  ),

  // Plan files.
  'plan.current': query(Empty, PlanFileSchema.nullable(), ['plan']),
  /** At start: the open plan, else the last one used, else (first start) the example plan. */
  'plan.resume': channel('session', Empty, PlanFileSchema.nullable()),
  'plan.create': channel('session', z.strictObject({ path: PathSchema, fields: PlanFieldsSchema }), PlanFileSchema),
  /** readOnly: open without taking the plan's lock and refuse every change (the plan is open elsewhere). */
  'plan.open': channel('session', z.strictObject({ path: PathSchema, readOnly: z.boolean().default(false) }), PlanFileSchema),
  /** Open elsewhere, edit a copy: writes a copy of `path` to `target` (as Save As does), then opens the copy. */
  'plan.openCopy': channel('session', z.strictObject({ path: PathSchema, target: PathSchema, overwrite: z.boolean().default(false) }), PlanFileSchema),
  'plan.openExample': channel('session', z.strictObject({ recreate: z.boolean().default(false) }), PlanFileSchema),
  'plan.saveAs': channel('session', z.strictObject({ path: PathSchema, overwrite: z.boolean().default(false) }), PlanFileSchema),
  'plan.close': channel('session', Empty, z.null()),

  // Undo and redo of the open plan's commands (labels are channel names or label keys).
  'history.state': channel('query', Empty, HistoryStateSchema),
  'history.undo': channel('history', Empty, HistoryStateSchema),
  'history.redo': channel('history', Empty, HistoryStateSchema),
  // Undo/redo exactly this step (an import's, a delete's toast): refused unless it is the latest.
  'history.undoStep': channel('history', StepIdInputSchema, HistoryStateSchema),
  'history.redoStep': channel('history', StepIdInputSchema, HistoryStateSchema),

  // The open plan. Lists return every row: filtering (sector, helix, status, network, year),
  // search and sort happen in the renderer with shared/domain (list-filters.ts, text.ts). A plan
  // holds at most a few thousand rows, one query sends them in milliseconds, and as-you-type
  // search then needs no round trip per keystroke, folds Finnish the same way everywhere, and
  // SQLite (ASCII-only lower/LIKE/ORDER BY) could not fold or sort it right anyway.
  // Updates are partial (absent = unchanged) and carry expectedUpdatedAt; deletes cascade to
  // what only the deleted thing owns, and plan.impact says beforehand what that is.
  'plan.get': query(Empty, PlanSchema, ['plan']),
  'plan.update': channel('command', PlanUpdateSchema, PlanSchema),
  'plan.impact': query(z.strictObject({ entity: ImpactEntitySchema, id: IdSchema }), ImpactSchema, ['action', 'action_network', 'action_partner', 'action_sector', 'decision_action', 'decision_sector', 'engagement', 'engagement_history', 'funding_line', 'funding_source', 'indicator', 'measurement', 'milestone', 'network', 'network_member', 'network_sector', 'sector', 'stakeholder', 'workshop', 'workshop_action', 'workshop_decision', 'workshop_participant', 'workshop_sector']),

  'fundingSource.list': query(Empty, z.array(FundingSourceSchema), ['funding_source']),
  'fundingSource.create': channel('command', FundingSourceCreateSchema, FundingSourceSchema),
  'fundingSource.update': channel('command', FundingSourceUpdateSchema, FundingSourceSchema),
  'fundingSource.delete': channel('command', ById, z.null()),

  // Multilingual content: the plan's texts in its other languages (the main one is on each thing).
  'translation.list': query(TranslationListInputSchema, z.array(TranslationSchema), ['plan_translation', 'sector_translation', 'action_translation', 'indicator_translation', 'network_translation']),
  'translation.set': channel('command', TranslationSetSchema, z.array(TranslationSchema)),
  /** A sheet for translators (XLSX): one row per text, one column per plan language. */
  'translation.export': channel('session', z.strictObject({ path: PathSchema, overwrite: z.boolean().default(false) }), ExportResultSchema),
  /** Reads a translations sheet back against the open plan: what it would change (nothing written). */
  'translation.read': channel('session', z.strictObject({ path: PathSchema }), TranslationSheetSchema),
  'translation.setMany': channel('command', TranslationSetManySchema, z.object({ written: z.number().int() })),

  'sector.list': query(z.strictObject({ includeArchived: z.boolean().default(false) }), z.array(SectorRowSchema), ['action_sector', 'engagement', 'network_sector', 'sector']),
  'sector.get': query(ById, SectorDetailSchema, ['action', 'action_sector', 'engagement', 'indicator', 'network', 'network_sector', 'sector', 'stakeholder', 'workshop', 'workshop_sector']),
  'sector.create': channel('command', SectorCreateSchema, SectorSchema),
  'sector.update': channel('command', SectorUpdateSchema, SectorSchema),
  'sector.reorder': channel('command', SectorReorderSchema, z.array(SectorRowSchema)),
  'sector.archive': channel('command', SectorArchiveSchema, SectorSchema),
  'sector.unarchive': channel('command', SectorArchiveSchema, SectorSchema),
  'sector.delete': channel('command', ById, z.null()),

  'stakeholder.list': query(Empty, z.array(StakeholderRowSchema), ['engagement', 'network_member', 'stakeholder']),
  'stakeholder.get': query(ById, StakeholderDetailSchema, ['action', 'action_partner', 'engagement', 'network', 'network_member', 'sector', 'stakeholder', 'workshop', 'workshop_participant']),
  'stakeholder.create': channel('command', StakeholderCreateSchema, StakeholderSchema),
  'stakeholder.update': channel('command', StakeholderUpdateSchema, StakeholderSchema),
  'stakeholder.delete': channel('command', ById, z.null()),
  'stakeholder.duplicates': query(StakeholderDuplicatesSchema, z.array(DuplicateSchema), ['stakeholder']),
  /** The engagement as it is now; null when level null ended it (or there was none). */
  'engagement.set': channel('command', EngagementSetSchema, EngagementSchema.nullable()),
  // The engagement grid (issue 19): a batch of levels as of one date, one undo step; the date
  // the last change was entered with (the grid's default "as of"); a stakeholder's recorded
  // changes, each correctable or deletable (the current engagement follows the latest).
  'engagement.setMany': channel('command', EngagementSetManySchema, EngagementSetManyResultSchema),
  'engagement.lastDate': query(Empty, EngagementLastDateSchema, ['engagement_history']),
  'engagement.history': query(EngagementHistoryInputSchema, z.array(EngagementChangeSchema), ['engagement_history', 'sector', 'stakeholder']),
  'engagement.updateChange': channel('command', EngagementChangeUpdateSchema, EngagementChangeSchema),
  'engagement.deleteChange': channel('command', ById, z.null()),

  'network.list': query(Empty, z.array(NetworkRowSchema), ['network', 'network_member', 'network_sector']),
  'network.get': query(ById, NetworkDetailSchema, ['action', 'action_network', 'network', 'network_member', 'network_sector', 'sector', 'stakeholder']),
  'network.create': channel('command', NetworkCreateSchema, NetworkSchema),
  'network.update': channel('command', NetworkUpdateSchema, NetworkSchema),
  'network.delete': channel('command', ById, z.null()),

  'action.list': query(Empty, z.array(ActionRowSchema), ['action', 'action_network', 'action_sector', 'funding_line', 'funding_source', 'milestone', 'stakeholder']),
  'action.get': query(ById, ActionDetailSchema, ['action', 'action_network', 'action_partner', 'action_sector', 'funding_line', 'funding_source', 'indicator', 'milestone', 'network', 'sector', 'stakeholder', 'workshop', 'workshop_action']),
  'action.create': channel('command', ActionCreateSchema, ActionSchema),
  'action.update': channel('command', ActionUpdateSchema, ActionSchema),
  'action.delete': channel('command', ById, z.null()),

  'indicator.list': query(Empty, z.array(IndicatorRowSchema), ['indicator', 'measurement']),
  'indicator.get': query(ById, IndicatorDetailSchema, ['action', 'indicator', 'measurement', 'sector']),
  'indicator.create': channel('command', IndicatorCreateSchema, IndicatorSchema),
  'indicator.update': channel('command', IndicatorUpdateSchema, IndicatorSchema),
  'indicator.delete': channel('command', ById, z.null()),
  'measurement.add': channel('command', MeasurementAddSchema, MeasurementSchema),
  'measurement.update': channel('command', MeasurementUpdateSchema, MeasurementSchema),
  'measurement.delete': channel('command', ById, z.null()),

  'workshop.list': query(Empty, z.array(WorkshopRowSchema), ['workshop', 'workshop_participant', 'workshop_sector']),
  'workshop.get': query(ById, WorkshopDetailSchema, [...workshopDetailReads]),
  'workshop.create': channel('command', WorkshopCreateSchema, WorkshopSchema),
  'workshop.update': channel('command', WorkshopUpdateSchema, WorkshopSchema),
  'workshop.delete': channel('command', ById, z.null()),

  // The Dashboard: every chart's figures for the filters, aggregated in SQL and shaped in
  // shared/domain (coverage.ts, progress.ts). A per-sector view is the same with one sector.
  'dashboard.get': query(DashboardInputSchema, DashboardSchema, ['action', 'action_sector', 'engagement', 'engagement_history', 'funding_line', 'funding_source', 'indicator', 'measurement', 'milestone', 'network', 'network_member', 'network_sector', 'plan', 'sector', 'stakeholder']),

  // Import and export (issue 8). An import is read (`import.open`, with `import.progress`
  // events), checked against the user's mapping as often as it changes (`import.preview`,
  // writes nothing), and written by one command (`import.run`: all rows or none, one undo step).
  // `import.cancel` stops a read or check under way; it answers `cancelled`, nothing written.
  'import.open': channel('session', ImportOpenSchema, ImportFileSchema),
  'import.preview': channel('query', ImportPreviewInputSchema, ImportPreviewSchema),
  'import.run': channel('command', ImportRunSchema, ImportResultSchema),
  'import.cancel': channel('session', ImportCancelSchema, z.object({ cancelled: z.boolean() })),
  'export.list': channel('session', ExportListInputSchema, ExportResultSchema),
  'export.table': channel('session', ExportTableInputSchema, ExportResultSchema),
  /** A chart as PNG or SVG to a path from the native dialog (the browser host downloads instead). */
  'export.image': channel('session', ImageExportInputSchema, ImageExportResultSchema),

  // Workshop mode (issue 7): a workshop's agenda (ordered slides: a Dashboard chart, a sector's
  // profile, the gaps, a vote) and its capture log (decisions, outcomes, stakeholders met,
  // engagement changes, votes), each entry timed. A new stakeholder or engagement change is made
  // with stakeholder.create / engagement.set and then logged here with its id.
  'agenda.list': query(AgendaByWorkshop, z.array(AgendaItemSchema), ['agenda_item', 'workshop']),
  'agenda.add': channel('command', AgendaAddSchema, AgendaItemSchema),
  'agenda.update': channel('command', AgendaUpdateSchema, AgendaItemSchema),
  'agenda.move': channel('command', AgendaMoveSchema, z.array(AgendaItemSchema)),
  'agenda.delete': channel('command', ById, z.null()),
  'capture.list': query(AgendaByWorkshop, z.array(CaptureEntrySchema), ['sector', 'stakeholder', 'workshop', 'workshop_capture']),
  'capture.add': channel('command', CaptureAddSchema, CaptureEntrySchema),
  'capture.delete': channel('command', ById, z.null()),
  // The discovery process on record (issue 19): a workshop's decisions in order, each linked to
  // the actions and sectors that came of it; workshop.discovery is the report's chapter.
  'decision.list': query(AgendaByWorkshop, z.array(DecisionSchema), ['action', 'decision_action', 'decision_sector', 'sector', 'workshop', 'workshop_decision']),
  'decision.add': channel('command', DecisionAddSchema, DecisionSchema),
  'decision.update': channel('command', DecisionUpdateSchema, DecisionSchema),
  'decision.move': channel('command', DecisionMoveSchema, z.array(DecisionSchema)),
  'decision.delete': channel('command', ById, z.null()),
  'workshop.discovery': query(Empty, DiscoverySchema, [...workshopDetailReads]),
  // Enabling condition 1.1 self-assessment (issue 19): the evidence the plan holds per criterion
  // (derived in shared/domain/enabling-condition.ts), the analysis documents, who sits where in
  // the strategy's governance, and the officer's judgement per criterion (never the app's).
  'assessment.get': query(Empty, AssessmentSchema, [
    'action', 'action_sector', 'analysis_document', 'criterion_assessment', 'governance_seat', 'indicator', 'measurement', 'network', 'network_sector',
    'plan', 'sector', 'stakeholder', 'workshop', 'workshop_participant', 'workshop_sector',
  ]),
  'assessment.set': channel('command', CriterionSetSchema, CriterionRecordSchema),
  'analysisDocument.add': channel('command', AnalysisDocumentAddSchema, AnalysisDocumentSchema),
  'analysisDocument.update': channel('command', AnalysisDocumentUpdateSchema, AnalysisDocumentSchema),
  'analysisDocument.delete': channel('command', ById, z.null()),
  'governanceSeat.add': channel('command', GovernanceSeatAddSchema, GovernanceSeatSchema),
  'governanceSeat.update': channel('command', GovernanceSeatUpdateSchema, GovernanceSeatSchema),
  'governanceSeat.delete': channel('command', ById, z.null()),
  // Versions inside the file (issue 21): named states of the plan's content, kept as rows of
  // the file so they travel with its copies. Restore makes the version's content the plan's
  // (one undo step); open shows it read-only; compare diffs any two of: a version, the plan
  // now, another file of the same plan (an older schema migrated on a temporary copy).
  'version.list': query(Empty, z.array(VersionSchema), ['plan_version']),
  'version.create': channel('command', VersionCreateSchema, VersionSchema),
  'version.restore': channel('command', ById, VersionRestoreResultSchema),
  'version.open': channel('session', ById, PlanFileSchema),
  'version.compare': channel('session', CompareInputSchema, CompareResultSchema),
  // Merging a colleague's copy (issue 21): preview reads the other file (same plan id, an older
  // schema migrated on a temporary copy) and writes neither; apply is one undo step.
  'plan.merge.preview': channel('session', MergePreviewInputSchema, MergePreviewSchema),
  'plan.merge.apply': channel('command', MergeApplyInputSchema, MergeApplyResultSchema),
  // The PDF report (issue 6): File → Export PDF. Electron asks for a path, prints the report
  // route in a hidden window (printToPDF) and writes the file; the browser host has no such
  // service (supported: false) and the renderer opens the route in a tab and prints there.
  'report.exportPdf': channel(
    'session',
    z.strictObject({
      /** The report route's query (lang, sections, sector, source, paper). */
      query: z.string().max(4000),
      suggestedName: z.string().max(255),
      paper: z.enum(['a4', 'letter']),
    }),
    z.object({ supported: z.boolean(), path: z.string().nullable(), pages: z.number().int().nullable() }),
  ),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type Input<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type Result<C extends ChannelName> = z.output<Channels[C]['output']>;

/** Events a host pushes to the renderer. */
export type PlanEvent =
  | { name: 'plan.opened'; path: string }
  /** client: the window that made the change; tables: the plan's tables it wrote. */
  | { name: 'plan.changed'; channel: ChannelName; client: string; tables: string[] }
  | { name: 'plan.closed' }
  /** An import being read, checked or written: rows done of total (total 0: not known yet). */
  | { name: 'import.progress'; id: string; phase: 'read' | 'check' | 'write'; done: number; total: number }
  /** A native menu item was chosen (Electron): the renderer runs the command. */
  | { name: 'command'; id: CommandId; arg?: string }
  /** A PDF report being exported (Electron): pages measured, then printed. */
  | { name: 'report.progress'; step: 'measure' | 'print' | 'write'; done: number; total: number };

export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(channels, name);
