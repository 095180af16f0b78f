import type { Handlers } from './types';
import { addDocument, addSeat, getAssessment, setCriterion, updateDocument, updateSeat } from '../storage/repos/assessment-repo';
import { deleteHandler } from './rows';

/** Enabling condition 1.1 self-assessment (issue 19): evidence, documents, who sits where, the officer's judgements. */
export const assessmentHandlers = {
  'assessment.get': (ctx) => getAssessment(ctx.db()),
  'assessment.set': (ctx, input) => {
    ctx.stepLabel = 'assessment.set';
    return setCriterion(ctx.db(), input);
  },
  'analysisDocument.add': (ctx, input) => addDocument(ctx.db(), input),
  'analysisDocument.update': (ctx, input) => updateDocument(ctx.db(), input),
  'analysisDocument.delete': deleteHandler('analysisDocument'),
  'governanceSeat.add': (ctx, input) => addSeat(ctx.db(), input),
  'governanceSeat.update': (ctx, input) => updateSeat(ctx.db(), input),
  'governanceSeat.delete': deleteHandler('governanceSeat'),
} satisfies Handlers<
  | 'assessment.get' | 'assessment.set' | 'analysisDocument.add' | 'analysisDocument.update' | 'analysisDocument.delete'
  | 'governanceSeat.add' | 'governanceSeat.update' | 'governanceSeat.delete'
>;
