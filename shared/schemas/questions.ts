/**
 * Questions: values that are unusual but may be right (a university under the business helix,
 * a milestone after its action ends) are not refused but asked about. The input names the
 * questions the user has answered "yes, it is right" in `accepted`; an unanswered one is a
 * validation issue with `params.question`, which the forms show with a checkbox to confirm it.
 * Nothing is stored: an editor re-accepts what its stored row already raises (see the forms'
 * `accepted` in renderer/src/components/form.tsx), so a confirmed value is not asked about again.
 * A new question is one key here, its message in validation.question.<key>, and a call to ask().
 */
import { z } from 'zod';

export const questionKeys = ['helixType', 'milestoneOutsideAction'] as const;
export const QuestionKeySchema = z.enum(questionKeys);
export type QuestionKey = z.infer<typeof QuestionKeySchema>;

/** The questions the user confirmed for this input. */
export const AcceptedSchema = z.array(QuestionKeySchema).max(questionKeys.length);

/** The issue of an unanswered question (the same shape a refinement adds and the core's repos throw). */
export const questionIssue = (key: QuestionKey, path: (string | number)[], params: Record<string, string | number> = {}) => ({
  code: 'custom' as const,
  path,
  message: key,
  params: { question: key, ...params },
});

/** Adds the question to the refinement unless the input accepted it. */
export function ask(ctx: z.RefinementCtx, accepted: readonly string[] | undefined, key: QuestionKey, path: (string | number)[], params?: Record<string, string | number>): void {
  if (!accepted?.includes(key)) ctx.addIssue(questionIssue(key, path, params));
}
