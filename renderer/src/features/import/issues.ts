import type { TFunction } from 'i18next';
import type { ImportTarget } from '../../../../shared/domain/import/fields';
import type { MappingIssue, RowIssue } from '../../../../shared/schemas/import';
import { enumCodes, type EnumName } from '../../../../shared/domain/import/values';
import { formatDate } from '../../../../shared/domain/format';

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

/** Every conversion code the core sends (shared/domain/import/values.ts, stage.ts). */
export const warningCodes = ['dateFromSerial', 'dateFromEpochSeconds', 'dateFromEpochMillis', 'htmlConverted'] as const;

/** How a converted value was read ("read as 14.11.2023: Unix time in seconds"), dates in the UI language. */
export function warningReason(t: TFunction, warning: RowIssue, language: string): string {
  const code = (warningCodes as readonly string[]).includes(warning.code) ? warning.code : 'other';
  const date = typeof warning.params?.date === 'string' ? formatDate(warning.params.date, language) : '';
  return t(`import.warning.${code}`, { ...(warning.params ?? {}), date, code: warning.code });
}
