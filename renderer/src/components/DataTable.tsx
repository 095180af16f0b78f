import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { collator } from '../../../shared/domain/format';
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from './icons';

export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** What the column sorts by: text sorts with the language's collation, numbers by value. */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
  /** The row header (th scope="row"): the column that names the row. */
  rowHeader?: boolean;
  width?: string;
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  initialSort?: { column: string; direction: 'asc' | 'desc' };
}

type Sort = { column: string; direction: 'asc' | 'desc' };

/** A dense table: sticky header, sortable columns (aria-sort), figures right-aligned in tabular nums. */
export function DataTable<T>({ caption, columns, rows, rowKey, initialSort }: DataTableProps<T>) {
  const { i18n } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(initialSort ?? null);

  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
    if (!sort || !column?.sortValue) return rows;
    const c = collator(i18n.language);
    const get = column.sortValue;
    const dir = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = get(a);
      const y = get(b);
      if (x === null || x === '') return y === null || y === '' ? 0 : 1; // blanks last either way
      if (y === null || y === '') return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
      return c.compare(String(x), String(y)) * dir;
    });
  }, [rows, columns, sort, i18n.language]);

  const toggle = (column: Column<T>) => {
    setSort((s) =>
      s?.column === column.id
        ? { column: column.id, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { column: column.id, direction: column.numeric ? 'desc' : 'asc' },
    );
  };

  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((col) => {
              const active = sort?.column === col.id;
              const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
              const Arrow = !active ? ArrowUpDownIcon : sort.direction === 'asc' ? ArrowUpIcon : ArrowDownIcon;
              return (
                <th
                  key={col.id}
                  scope="col"
                  aria-sort={ariaSort}
                  className={`${col.numeric ? 'num' : ''}${active ? ' is-sorted' : ''}`}
                  style={col.width ? { width: col.width } : undefined}
                >
                  {col.sortValue ? (
                    <button type="button" className="th-sort" onClick={() => toggle(col)}>
                      <span>{col.header}</span>
                      <Arrow size={12} className="th-sort__icon" />
                    </button>
                  ) : (
                    col.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((col) =>
                col.rowHeader ? (
                  <th key={col.id} scope="row" className={col.numeric ? 'num' : undefined}>
                    {col.cell(row)}
                  </th>
                ) : (
                  <td key={col.id} className={col.numeric ? 'num' : undefined}>
                    {col.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
