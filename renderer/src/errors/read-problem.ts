import type { TFunction } from 'i18next';
import { formatCents, formatCount, formatDate, formatPercent, intlLocale } from '../../../shared/domain/format';
import { numberToInput } from '../../../shared/domain/numbers';
import { inputProblems, type Choice, type FieldKinds, type InputKind, type ReadProblem } from '../../../shared/domain/reading';

/** An example of each kind of value, written the UI language's way. */
function example(kind: InputKind, lng: string): string {
  switch (kind) {
    case 'amount':
      return formatCents(125_050, lng);
    case 'decimal':
      return numberToInput(12.5, lng);
    case 'integer':
      return formatCount(1_500, lng);
    case 'percent':
      return formatPercent(0.4, lng);
    case 'year':
      return '2027';
    case 'date':
      return formatDate('2027-12-31', lng);
  }
}

/** What is wrong with a field's text, in words that name the kind of value it takes. */
export function describeReadProblem(t: TFunction, problem: ReadProblem, lng: string): string {
  switch (problem.code) {
    case 'invalid':
      return t(`validation.read.${problem.kind}`, { example: example(problem.kind, lng) });
    case 'negative':
      return t('validation.read.negativeAmount');
    case 'tooBig':
      return t('validation.read.tooBigAmount', { maximum: formatCents(problem.maximum, lng) });
    case 'ambiguous': {
      const choices = new Intl.ListFormat(intlLocale(lng), { type: 'disjunction' }).format(problem.choices.map((c) => c.label));
      return t(problem.choices.length === 1 ? 'validation.read.otherWay' : 'validation.read.twoWays', { text: problem.text, choices });
    }
  }
}

/** The messages and the choices of the fields whose text is not a value of their kind. */
export function readErrors(t: TFunction, values: unknown, kinds: FieldKinds, lng: string): { errors: Record<string, string>; choices: Record<string, Choice[]> } {
  const errors: Record<string, string> = {};
  const choices: Record<string, Choice[]> = {};
  for (const [path, problem] of Object.entries(inputProblems(values, kinds, lng))) {
    errors[path] = describeReadProblem(t, problem, lng);
    if (problem.code === 'ambiguous') choices[path] = problem.choices;
  }
  return { errors, choices };
}
