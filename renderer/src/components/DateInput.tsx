import { lazy, Suspense } from 'react';

export interface DateInputProps {
  /** The date as the form keeps it: text in the UI language ("1.3.2025"), '' when empty. */
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  className?: string;
  id?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

// react-aria's date picker and calendar are about 100 KB of gzipped script: their own chunk,
// fetched when the app is idle after its first screen (preloadDateInput), not at start.
const load = () => import('./DatePickerField');
const DatePickerField = lazy(load);

/** Fetches the date field's chunk ahead of the first form that needs it. */
export function preloadDateInput() {
  void load();
}

/**
 * A date field in the UI language, typed and picked (see DatePickerField). Until its chunk is
 * there (a moment on the first form), the date shows as read-only text in its place.
 */
export function DateInput(props: DateInputProps) {
  const { value, onChange: _onChange, onBlur: _onBlur, className, ...aria } = props;
  return (
    <Suspense fallback={<input {...aria} className={`input input--date${className ? ` ${className}` : ''}`} readOnly value={value} />}>
      <DatePickerField {...props} />
    </Suspense>
  );
}
