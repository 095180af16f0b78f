import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Calendar, CalendarCell, CalendarGrid, DateInput as SegmentInput, DatePicker, DateSegment, Dialog, Group, Heading, I18nProvider, Popover } from 'react-aria-components';
import { dateFieldLocale, fromCalendarDate, toCalendarDate } from './date-field';
import { formatDate } from '../../../shared/domain/format';
import { parseDate } from '../../../shared/domain/dates';
import { CalendarIcon, ChevronLeftIcon, ChevronRightIcon } from './icons';
import type { DateInputProps } from './DateInput';
import './date-input.css';

/**
 * A date field in the UI language, typed and picked (react-aria's DatePicker): day, month and
 * year segments in the language's order ("1.3.2025" in Finnish, "01/03/2025" in English), digits
 * and arrow keys step them, and the calendar button opens a calendar in the same language. The
 * browser's own date field follows the browser's locale instead, so it is not used.
 *
 * Its value stays the text the forms read with readDate (formatDate of the chosen day, '' when
 * empty or incomplete), so every form keeps one reading of a typed date.
 */
export default function DatePickerField({
  value,
  onChange,
  onBlur,
  className,
  id,
  ...aria
}: DateInputProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // The picker keeps its own segments (uncontrolled): a half-typed date ("5.kk.vvvv") is not a
  // value the form can hold, and feeding '' back would wipe what is being typed. A value that
  // comes from outside (a reset form, undo) starts the picker afresh with it (its key).
  const [emitted, setEmitted] = useState(value);
  const [start, setStart] = useState({ value, key: 0 });
  if (value !== emitted) {
    setStart({ value, key: start.key + 1 });
    setEmitted(value);
  }
  const iso = parseDate(start.value, lng);
  const change = (text: string) => {
    setEmitted(text);
    onChange(text);
  };
  const label = aria['aria-label'];
  // Outside a Field (engagement date, a grid cell) the control is named by aria-label; inside
  // one by its <label for>, which a group of segments needs as aria-labelledby.
  const labelledBy = label ? undefined : (aria['aria-labelledby'] ?? (id ? `${id}-label` : undefined));
  return (
    <I18nProvider locale={dateFieldLocale(lng)}>
      <DatePicker
        className={`date-input${className ? ` ${className}` : ''}`}
        key={start.key}
        defaultValue={iso ? toCalendarDate(iso) : null}
        onChange={(d) => change(d ? formatDate(fromCalendarDate(d), lng) : '')}
        onBlur={() => onBlur?.()}
        granularity="day"
        {...(id ? { id } : {})}
        {...(label ? { 'aria-label': label } : {})}
        {...(labelledBy ? { 'aria-labelledby': labelledBy } : {})}
        {...(aria['aria-describedby'] ? { 'aria-describedby': aria['aria-describedby'] } : {})}
        isInvalid={!!aria['aria-invalid']}
        isRequired={!!aria['aria-required']}
        // The form shows its own message at the field; the picker shows none of its own.
        validationBehavior="aria"
      >
        <Group className="input input--date date-input__group">
          <SegmentInput className="date-input__segments">{(segment) => <DateSegment segment={segment} className="date-input__segment" />}</SegmentInput>
          <Button className="icon-button date-input__pick" aria-label={label ? t('form.pickDateFor', { field: label }) : t('form.pickDate')}>
            <CalendarIcon size={16} />
          </Button>
        </Group>
        <Popover className="date-popover" placement="bottom start">
          <Dialog className="date-popover__dialog" aria-label={t('form.pickDate')}>
            <Calendar className="date-calendar">
              <header className="date-calendar__head">
                <Button slot="previous" className="icon-button">
                  <ChevronLeftIcon size={16} />
                </Button>
                <Heading className="date-calendar__month" />
                <Button slot="next" className="icon-button">
                  <ChevronRightIcon size={16} />
                </Button>
              </header>
              <CalendarGrid className="date-calendar__grid">{(date) => <CalendarCell date={date} className="date-calendar__cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
