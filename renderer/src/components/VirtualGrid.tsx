import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from './icons';
import { fittingColumns, titleWhenClipped, useWidth } from './grid-fit';
import './virtual-grid.css';

export interface VColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** What the column sorts by: text with the language's collation, numbers by value. */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
  /** A CSS grid track, e.g. '2fr' or '7rem'. */
  width?: string;
}

export type SortState = { column: string; direction: 'asc' | 'desc' };

interface VirtualGridProps<T> {
  label: string;
  columns: VColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  selectedId: string | null;
  sort: SortState | null;
  onSort: (sort: SortState) => void;
  onOpen: (row: T) => void;
  /** Shortcut keys the grid handles itself are passed on to this (e.g. N for New). */
  onOtherKey?: (e: KeyboardEvent<HTMLDivElement>) => void;
}

const ROW_HEIGHT = 44;

/**
 * A virtualised data grid (thousands of rows stay fast): a sticky header with sortable columns
 * (aria-sort), rows as role=row with aria-rowindex, one tab stop with aria-activedescendant;
 * ↑ ↓ Home End PageUp PageDown move, Enter or Space opens the row.
 */
export function VirtualGrid<T>({ label, columns: allColumns, rows, rowKey, selectedId, sort, onSort, onOpen, onOtherKey }: VirtualGridProps<T>) {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const width = useWidth(gridRef);
  // A narrow list (beside an edit form, a small screen) drops its last columns rather than
  // squeezing every one to a letter ("Y…"); the first column always stays.
  const columns = fittingColumns(allColumns, width);
  useLayoutEffect(() => titleWhenClipped(gridRef.current));
  const selectedIndex = selectedId ? rows.findIndex((r) => rowKey(r) === selectedId) : -1;
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  const template = columns.map((c) => c.width ?? '1fr').join(' ');

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  // Follow the selection when it changes from outside (a link, a reload).
  useEffect(() => {
    if (selectedIndex >= 0) {
      setActive(selectedIndex);
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // a sort button handles its own keys
    if (e.altKey || e.ctrlKey || e.metaKey) return onOtherKey?.(e);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Enter: () => {
        const row = rows[activeIndex];
        if (row) onOpen(row);
      },
      ' ': () => {
        const row = rows[activeIndex];
        if (row) onOpen(row);
      },
    };
    const action = keys[e.key];
    if (action && rows.length > 0) {
      e.preventDefault();
      action();
    } else onOtherKey?.(e);
  };

  const toggle = (col: VColumn<T>) =>
    onSort(sort?.column === col.id ? { column: col.id, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { column: col.id, direction: col.numeric ? 'desc' : 'asc' });

  const rowId = (i: number) => `${baseId}-row-${i}`;
  const items = virtualizer.getVirtualItems();
  const activeRendered = items.some((v) => v.index === activeIndex);

  return (
    <div
      ref={gridRef}
      className="vgrid"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      tabIndex={0}
      aria-activedescendant={rows.length > 0 && activeRendered ? rowId(activeIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="vgrid__head">
        <div role="row" aria-rowindex={1} className="vgrid__row vgrid__row--head" style={{ gridTemplateColumns: template }}>
          {columns.map((col, ci) => {
            const on = sort?.column === col.id;
            const Arrow = !on ? ArrowUpDownIcon : sort.direction === 'asc' ? ArrowUpIcon : ArrowDownIcon;
            return (
              <div
                key={col.id}
                role="columnheader"
                aria-colindex={ci + 1}
                aria-sort={on ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                className={`vgrid__th${col.numeric ? ' num' : ''}${on ? ' is-sorted' : ''}`}
              >
                {col.sortValue ? (
                  <button type="button" className="th-sort" onClick={() => toggle(col)}>
                    <span>{col.header}</span>
                    <Arrow size={12} className="th-sort__icon" />
                  </button>
                ) : (
                  col.header
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div className="vgrid__scroll" ref={scrollRef}>
        {/* Focusable by the program only, so the scroll region has focusable content (axe);
            a click on a row lands here and passes focus on to the grid, which keys move in. */}
        <div role="rowgroup" className="vgrid__body" style={{ height: virtualizer.getTotalSize() }} tabIndex={-1} onFocus={() => gridRef.current?.focus()}>
          {items.map((v) => {
            const row = rows[v.index] as T;
            const key = rowKey(row);
            return (
              <div
                key={key}
                id={rowId(v.index)}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={key === selectedId}
                className={`vgrid__row${v.index === activeIndex ? ' is-active' : ''}${key === selectedId ? ' is-selected' : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(v.index);
                  onOpen(row);
                }}
              >
                {columns.map((col, ci) => (
                  <div key={col.id} role="gridcell" aria-colindex={ci + 1} className={`vgrid__td${col.numeric ? ' num' : ''}`}>
                    {col.cell(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
