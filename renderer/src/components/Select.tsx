import type { SelectHTMLAttributes } from 'react';

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
  /** Each option as [value, label]. */
  options: readonly (readonly [string, string])[];
  /** The label of the empty value ("All sectors", "Choose…"), when it may be chosen. */
  empty?: string;
}

/** A native select of [value, label] options, its value a string. */
export function Select({ value, onChange, options, empty, ...rest }: SelectProps) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}
