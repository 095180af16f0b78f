import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { hostHandlers } from './host';
import { historyHandlers } from './history';
import { planHandlers } from './plan';
import { fundingSourceHandlers } from './funding-source';
import { sectorHandlers } from './sector';
import { stakeholderHandlers } from './stakeholder';
import { engagementHandlers } from './engagement';
import { networkHandlers } from './network';
import { actionHandlers } from './action';
import { indicatorHandlers } from './indicator';
import { measurementHandlers } from './measurement';
import { workshopHandlers } from './workshop';
import { dashboardHandlers } from './dashboard';
import { importHandlers } from './import';
import { reportHandlers } from './report';
import { agendaHandlers } from './agenda';
import { decisionHandlers } from './decision';
import { translationHandlers } from './translation';
import { assessmentHandlers } from './assessment';
import { versionHandlers } from './version';
import { mergeHandlers } from './merge';

/** The one handler table both transports (Electron IPC and the browser host) serve. */
export const handlers = {
  ...appHandlers,
  ...hostHandlers,
  ...historyHandlers,
  ...planHandlers,
  ...fundingSourceHandlers,
  ...sectorHandlers,
  ...stakeholderHandlers,
  ...engagementHandlers,
  ...networkHandlers,
  ...actionHandlers,
  ...indicatorHandlers,
  ...measurementHandlers,
  ...workshopHandlers,
  ...dashboardHandlers,
  ...importHandlers,
  ...reportHandlers,
  ...agendaHandlers,
  ...decisionHandlers,
  ...translationHandlers,
  ...assessmentHandlers,
  ...versionHandlers,
  ...mergeHandlers,
} satisfies HandlerTable;
