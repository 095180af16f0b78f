import type { TFunction } from 'i18next';
import type { ImportTarget } from '../../../../shared/domain/import/fields';
import type { MappingIssue, RowIssue } from '../../../../shared/schemas/import';
import { enumCodes, type EnumName } from '../../../../shared/domain/import/values';

/** Every row-issue code the core sends (shared/domain/import, electron/core/import). */
export const issueCodes = [
  'required', 'notANumber', 'notADate', 'notAYear', 'notAWholeNumber', 'outOfRange', 'negative', 'tooLarge', 'tooLong', 'invalidEmail',
  'unknownValue', 'unknownSector', 'unknownStakeholder', 'unknownNetwork', 'unknownAction', 'unknownIndicator', 'unknownFundingSource',
  'ambiguousName', 'ambiguousMatch', 'duplicateInFile', 'tooManyColumns', 'unclosedQuote', 'endBeforeStart', 'fundingSourceMissing',
  'spentAboveCommitted', 'attachedTwice', 'helixNotInferable', 'empty', 'ambiguousNumber', 'notAnAmount', 'committedAbovePlanned',
  'yearOutOfRange', 'hiddenCharacters', 'websiteNotUrl', 'targetBeforeBaseline', 'invalidName',
] as const;

/** A field's label in the UI language ("Budjetti" for plannedCents is the column's own header, this is the plan's word). */
export const fieldLabel = (t: TFunction, target: ImportTarget, key: string): string => t(`import.field.${target}.${key}`, { defaultValue: key });

/** Why a cell or row cannot be imported, as a predicate of its value ("is not a number"). */
export function issueReason(t: TFunction, issue: RowIssue): string {
  const code = (issueCodes as readonly string[]).includes(issue.code) ? issue.code : 'other';
  // A word the field does not take: say which words it takes, in the UI's language.
  const name = issue.params?.enum;
  if (code === 'unknownValue' && typeof name === 'string' && Object.hasOwn(enumCodes, name)) {
    const values = enumCodes[name as EnumName].map((v) => t('import.issue.quoted', { value: t(`${name}.${v}`) })).join(', ');
    return t('import.issue.unknownValueOf', { values });
  }
  return t(`import.issue.${code}`, { ...(issue.params ?? {}), code: issue.code });
}

/** A problem with the mapping as a whole, naming the field. */
export function mappingIssueText(t: TFunction, target: ImportTarget, issue: MappingIssue, hasTypeField: boolean): string {
  const field = fieldLabel(t, target, issue.field);
  if (issue.code === 'requiredFieldUnmapped' && target === 'stakeholders' && issue.field === 'helix' && hasTypeField) return t('import.map.issue.helixOrType', { field });
  return t(`import.map.issue.${issue.code}`, { field });
}
