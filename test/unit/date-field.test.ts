import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateFormatter } from '@internationalized/date';
import { fieldDateText } from '../../renderer/src/components/date-text';
import { dateFieldLocale, fromCalendarDate, toCalendarDate } from '../../renderer/src/components/date-field';
import { formatDate } from '../../shared/domain/format';
import { readDate } from '../../shared/domain/dates';

/**
 * The date field (react-aria's DatePicker) shows a plan date in segments formatted for the UI
 * language's locale, and hands the form formatDate's text of the chosen day. Both must read back
 * to the same plan date, for any day of any four-digit year. Add a UI language to `languages`.
 */
const languages = ['fi', 'en'] as const;

const isoDates = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** What the field's segments read as together: react-aria formats them with these options. */
const fieldText = (iso: string, language: string) =>
  new DateFormatter(dateFieldLocale(language), { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(toCalendarDate(iso).toDate('UTC'));

describe('the date field in the UI language', () => {
  it('shows day first in Finnish (d.M.yyyy) and English (dd/mm/yyyy)', () => {
    expect(fieldText('2026-03-05', 'fi')).toBe('5.3.2026');
    expect(fieldText('2026-03-05', 'en')).toBe('05/03/2026');
  });

  it("writes a form's example date (its hint) as the field shows dates", () => {
    fc.assert(fc.property(isoDates, fc.constantFrom(...languages), (iso, language) => fieldDateText(iso, language) === fieldText(iso, language)));
  });

  for (const language of languages) {
    it(`reads back any plan date from its display and from the text it hands the form (${language})`, () => {
      fc.assert(
        fc.property(isoDates, (iso) => {
          const date = toCalendarDate(iso);
          expect(fromCalendarDate(date)).toBe(iso);
          const shown = fieldText(iso, language);
          expect(readDate(shown, language)).toEqual({ ok: true, value: iso });
          expect(readDate(formatDate(fromCalendarDate(date), language), language)).toEqual({ ok: true, value: iso });
        }),
        { numRuns: 500 },
      );
    });
  }
});
