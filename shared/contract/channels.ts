import { z } from 'zod';
import { channel } from './channel';
import { Empty } from '../schemas/common';
import { PlanSchema, PlanFieldsSchema, PlanFileSchema, PathSchema, FundingSourceSchema } from '../schemas/plan';
import { SectorSchema, SectorCreateSchema, SectorRowSchema } from '../schemas/sector';
import { StakeholderRowSchema } from '../schemas/stakeholder';
import { NetworkRowSchema } from '../schemas/network';
import { ActionRowSchema } from '../schemas/action';
import { IndicatorRowSchema } from '../schemas/indicator';
import { WorkshopRowSchema } from '../schemas/workshop';
import type { CommandId } from '../shell/commands';
import { HistoryStateSchema } from '../schemas/history';
import { AppStateSchema, UiLanguageSchema } from '../schemas/app';

/**
 * Every operation the UI can perform. Nothing crosses between the renderer and a host
 * that is not here. Names are `domain.verb`; the core's handler table must cover all of them.
 */
export const channels = {
  // App state (under the host's user-data folder, not in a plan).
  'app.state': channel('query', Empty, AppStateSchema),
  'app.setLanguage': channel('session', z.strictObject({ language: UiLanguageSchema }), AppStateSchema),

  // Host services: a native file dialog in Electron. The browser host has none
  // (supported: false) and the renderer asks for a path in an in-app dialog instead.
  'host.pickPath': channel(
    'session',
    z.strictObject({ mode: z.enum(['open', 'save']), suggestedName: z.string().max(255).optional() }),
    z.object({ supported: z.boolean(), path: z.string().nullable() }),
  ),

  // Plan files.
  'plan.current': channel('query', Empty, PlanFileSchema.nullable()),
  /** At start: the open plan, else the last one used, else (first start) the example plan. */
  'plan.resume': channel('session', Empty, PlanFileSchema.nullable()),
  'plan.create': channel('session', z.strictObject({ path: PathSchema, fields: PlanFieldsSchema }), PlanFileSchema),
  'plan.open': channel('session', z.strictObject({ path: PathSchema }), PlanFileSchema),
  'plan.openExample': channel('session', z.strictObject({ recreate: z.boolean().default(false) }), PlanFileSchema),
  'plan.saveAs': channel('session', z.strictObject({ path: PathSchema, overwrite: z.boolean().default(false) }), PlanFileSchema),
  'plan.close': channel('session', Empty, z.null()),

  // Undo and redo of the open plan's commands (labels are channel names or label keys).
  'history.state': channel('query', Empty, HistoryStateSchema),
  'history.undo': channel('history', Empty, HistoryStateSchema),
  'history.redo': channel('history', Empty, HistoryStateSchema),

  // The open plan.
  'plan.get': channel('query', Empty, PlanSchema),
  'fundingSource.list': channel('query', Empty, z.array(FundingSourceSchema)),
  'sector.list': channel('query', z.strictObject({ includeArchived: z.boolean().default(false) }), z.array(SectorRowSchema)),
  'sector.create': channel('command', SectorCreateSchema, SectorSchema),
  'stakeholder.list': channel('query', Empty, z.array(StakeholderRowSchema)),
  'network.list': channel('query', Empty, z.array(NetworkRowSchema)),
  'action.list': channel('query', Empty, z.array(ActionRowSchema)),
  'indicator.list': channel('query', Empty, z.array(IndicatorRowSchema)),
  'workshop.list': channel('query', Empty, z.array(WorkshopRowSchema)),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type Input<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type Result<C extends ChannelName> = z.output<Channels[C]['output']>;

/** Events a host pushes to the renderer. */
export type PlanEvent =
  | { name: 'plan.opened'; path: string }
  | { name: 'plan.changed'; channel: ChannelName }
  | { name: 'plan.closed' }
  /** A native menu item was chosen (Electron): the renderer runs the command. */
  | { name: 'command'; id: CommandId; arg?: string };

export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(channels, name);
