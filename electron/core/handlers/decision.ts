import type { Handlers } from './types';
import { addDecision, deleteDecision, getDecision, listDecisions, moveDecision, updateDecision } from '../storage/repos/decision-repo';
import { discovery } from '../storage/repos/workshop-repo';
import { requireRow } from '../storage/repos/versions';

/** A workshop's decisions and their outcomes (issue 19); each command one undo step. */
export const decisionHandlers = {
  'decision.list': (ctx, { workshopId }) => {
    requireRow(ctx.db(), 'workshop', workshopId);
    return listDecisions(ctx.db(), workshopId);
  },
  'decision.add': (ctx, input) => addDecision(ctx.db(), input),
  'decision.update': (ctx, input) => {
    const changed = updateDecision(ctx.db(), input);
    // Only links changed: "link outcomes", else "edit decision".
    if (changed.length === 1 && changed[0] === 'links') ctx.stepLabel = 'decision.link';
    return getDecision(ctx.db(), input.id);
  },
  'decision.move': (ctx, input) => moveDecision(ctx.db(), input),
  'decision.delete': (ctx, { id }) => {
    deleteDecision(ctx.db(), id);
    return null;
  },
  'workshop.discovery': (ctx) => discovery(ctx.db()),
} satisfies Handlers<'decision.list' | 'decision.add' | 'decision.update' | 'decision.move' | 'decision.delete' | 'workshop.discovery'>;
