import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../Choices';
import { DateInput } from '../DateInput';
import { pasteVisible } from '../form';
import { PlusIcon } from '../icons';
import { optionSources } from '../../features/common/options';
import { YearGrid } from './YearGrid';
import { prop, type ColumnSpec, type Columns, type FieldForm, type RowsSpec } from './fields';

export interface GridColumn<R> {
  id: string;
  header: ReactNode;
  numeric?: boolean;
  /** This column's cell names the row (th scope="row"). */
  rowHeader?: boolean;
  cell: (row: R, index: number) => ReactNode;
  /** The column's cell of the footer (totals); a footer is drawn when a column has one. */
  foot?: ReactNode;
}

/**
 * The one table of rows the editors draw: funding lines and milestones in the action form,
 * the funding, measurement and engagement tables of the detail panes.
 */
export function Grid<R>({ columns, rows, rowKey, caption, edit, rowActions, whole }: {
  columns: readonly GridColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  caption?: string;
  /** Controls in the cells (denser spacing). */
  edit?: boolean;
  /** A last column of buttons for the row (Edit, Remove). */
  rowActions?: (row: R, index: number) => ReactNode;
  /** A row drawn whole instead of by its cells (a measurement being edited in place). */
  whole?: (row: R) => ReactNode;
}) {
  const { t } = useTranslation();
  const span = columns.length + (rowActions ? 1 : 0);
  const cellOf = (c: GridColumn<R>, content: ReactNode) =>
    c.rowHeader ? (
      <th key={c.id} scope="row" className={c.numeric ? 'num' : undefined}>
        {content}
      </th>
    ) : (
      <td key={c.id} className={c.numeric ? 'num' : undefined}>
        {content}
      </td>
    );
  return (
    <table className={`table table--plain${edit ? ' table--edit' : ''}`}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
          {rowActions ? (
            <th scope="col">
              <span className="visually-hidden">{t('form.rowActions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const drawn = whole?.(row);
          return (
            <tr key={rowKey(row, i)}>
              {drawn ? (
                <td colSpan={span}>{drawn}</td>
              ) : (
                <>
                  {columns.map((c) => cellOf(c, c.cell(row, i)))}
                  {rowActions ? <td className="row-actions">{rowActions(row, i)}</td> : null}
                </>
              )}
            </tr>
          );
        })}
      </tbody>
      {columns.some((c) => c.foot !== undefined) ? (
        <tfoot>
          <tr>{columns.map((c) => cellOf(c, c.foot))}</tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** The error of a cell, under its control, with the readings to choose from. */
function CellError({ form, path }: { form: FieldForm; path: string }) {
  const error = form.errors[path];
  return error ? (
    <>
      <p className="field__error" id={`${form.idFor(path)}-error`}>
        {error}
      </p>
      <Choices choices={form.choices[path]} onChoose={(text) => form.choose(path, text)} />
    </>
  ) : null;
}

type Row = Readonly<Record<string, string | undefined>>;
const rowsAt = (form: FieldForm, name: string): Row[] => {
  const v = prop(form.values, name);
  return Array.isArray(v) ? v.map((r) => Object.fromEntries(Object.entries(r ?? {}).map(([k, x]) => [k, x === undefined ? undefined : String(x)]))) : [];
};

/** A form field of rows (funding lines, milestones): one control a cell, add and remove rows. */
export function RowsField({ form, name, spec, label, hint }: { form: FieldForm; name: string; spec: RowsSpec<Columns>; label: string; hint: string | undefined }) {
  return spec.yearGrid ? <YearGrid form={form} name={name} spec={spec} label={label} hint={hint} /> : <PlainRows form={form} name={name} spec={spec} label={label} hint={hint} />;
}

function PlainRows({ form, name, spec, label, hint }: { form: FieldForm; name: string; spec: RowsSpec<Columns>; label: string; hint: string | undefined }) {
  const { t } = useTranslation();
  const rows = rowsAt(form, name);
  const columns = Object.entries(spec.columns);
  // The columns' option hooks, called in the spec's fixed order on every render.
  const options = Object.fromEntries(columns.map(([k, c]) => [k, c.options ? optionSources[c.options](rows) : []]));
  const add = () => {
    const blank = Object.fromEntries(columns.map(([k, c]) => [k, c.control === 'select' ? (options[k]?.[0]?.value ?? '') : '']));
    form.setAt(name, [...rows, blank]);
    requestAnimationFrame(() => document.getElementById(form.idFor(`${name}.${rows.length}.${columns[0]?.[0] ?? ''}`))?.focus());
  };
  const control = (k: string, c: ColumnSpec, row: Row, i: number) => {
    const path = `${name}.${i}.${k}`;
    const value = row[k] ?? '';
    const set = (v: string) => form.setAt(path, v);
    const props = {
      id: form.idFor(path),
      'aria-label': t(`${c.label}Row`, { row: i + 1 }),
      ...(form.errors[path] ? { 'aria-invalid': true as const, 'aria-describedby': `${form.idFor(path)}-error` } : {}),
      onBlur: () => form.blur(path, (c.related ?? []).map((r) => `${name}.${i}.${r}`)),
    };
    switch (c.control) {
      case 'select':
        return (
          <select {...props} className="input select" value={value} onChange={(e) => set(e.target.value)}>
            {options[k]?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      case 'date':
        return <DateInput {...props} value={value} onChange={set} />;
      case 'money':
        return <input {...props} className="input input--money" inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} />;
      default:
        return <input {...props} className="input" maxLength={c.max} value={value} onChange={(e) => set(e.target.value)} onPaste={(e) => pasteVisible(e, value, set)} />;
    }
  };
  const gridColumns: GridColumn<Row>[] = columns.map(([k, c]) => ({
    id: k,
    header: t(c.label),
    numeric: c.control === 'money',
    cell: (row, i) => (
      <>
        {control(k, c, row, i)}
        <CellError form={form} path={`${name}.${i}.${k}`} />
      </>
    ),
  }));
  return (
    <fieldset className="fieldset lines">
      <legend className="field__label">{label}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {rows.length > 0 ? (
        <Grid
          edit
          columns={gridColumns}
          rows={rows}
          rowKey={(row, i) => row.id || `new-${i}`}
          rowActions={(_, i) => (
            <button type="button" className="button button--small" onClick={() => form.setAt(name, rows.filter((__, j) => j !== i))}>
              {t('form.removeRow')}
              <span className="visually-hidden"> {t(spec.rowName, { row: i + 1 })}</span>
            </button>
          )}
        />
      ) : null}
      <div>
        <button type="button" className="button" onClick={add}>
          <PlusIcon size={14} />
          {t(spec.add)}
        </button>
      </div>
    </fieldset>
  );
}
