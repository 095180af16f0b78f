/**
 * What reading a typed value gives: the value, or a problem the field shows in words (the
 * renderer translates it: renderer/src/errors/read-problem.ts). A question lists each reading
 * as the text to put in the field and a label to show.
 */
export const inputKinds = ['amount', 'decimal', 'integer', 'percent', 'year', 'date'] as const;
export type InputKind = (typeof inputKinds)[number];

export interface Choice {
  value: number | string;
  /** What the field holds when this reading is chosen, in the UI language. */
  text: string;
  /** The reading as shown in the question ("1 500 €"). */
  label: string;
}

export type ReadProblem =
  | { code: 'invalid'; kind: InputKind }
  | { code: 'negative'; kind: InputKind }
  | { code: 'tooBig'; kind: InputKind; maximum: number }
  | { code: 'ambiguous'; kind: InputKind; text: string; choices: Choice[] };

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem };

export const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
export const bad = (problem: ReadProblem): Reading<never> => ({ ok: false, problem });
export const ambiguous = (kind: InputKind, text: string, choices: Choice[]): Reading<never> => bad({ code: 'ambiguous', kind, text: text.trim(), choices });
