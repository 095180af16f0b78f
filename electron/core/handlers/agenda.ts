import type { Handlers } from './types';
import {
  addAgendaItem, addCapture, deleteAgendaItem, deleteCapture, listAgenda, listCaptures, moveAgendaItem, updateAgendaItem,
} from '../storage/repos/agenda-repo';

/** Workshop mode (issue 7): the agenda shown to the room and the capture log of what it decided. */
export const agendaHandlers = {
  'agenda.list': (ctx, { workshopId }) => listAgenda(ctx.db(), workshopId),
  'agenda.add': (ctx, input) => addAgendaItem(ctx.db(), input),
  'agenda.update': (ctx, input) => updateAgendaItem(ctx.db(), input),
  'agenda.move': (ctx, input) => moveAgendaItem(ctx.db(), input),
  'agenda.delete': (ctx, { id }) => {
    deleteAgendaItem(ctx.db(), id);
    return null;
  },
  'capture.list': (ctx, { workshopId }) => listCaptures(ctx.db(), workshopId),
  'capture.add': (ctx, input) => {
    ctx.stepLabel = `capture.${input.kind}`;
    return addCapture(ctx.db(), input);
  },
  'capture.delete': (ctx, { id }) => {
    deleteCapture(ctx.db(), id);
    return null;
  },
} satisfies Handlers<
  'agenda.list' | 'agenda.add' | 'agenda.update' | 'agenda.move' | 'agenda.delete' | 'capture.list' | 'capture.add' | 'capture.delete'
>;
