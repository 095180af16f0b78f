import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { hostHandlers } from './host';
import { historyHandlers } from './history';
import { planHandlers } from './plan';
import { sectorHandlers } from './sector';
import { stakeholderHandlers } from './stakeholder';
import { networkHandlers } from './network';
import { actionHandlers } from './action';
import { indicatorHandlers } from './indicator';
import { workshopHandlers } from './workshop';

/** The one handler table both transports (Electron IPC and the browser host) serve. */
export const handlers = {
  ...appHandlers,
  ...hostHandlers,
  ...historyHandlers,
  ...planHandlers,
  ...sectorHandlers,
  ...stakeholderHandlers,
  ...networkHandlers,
  ...actionHandlers,
  ...indicatorHandlers,
  ...workshopHandlers,
} satisfies HandlerTable;
