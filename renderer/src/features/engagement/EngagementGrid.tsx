import { memo, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EngagementLevel } from '../../../../shared/schemas/enums';
import { clampCell, levelForKey, pairKey, rangeOf, type Cell, type Range } from './grid-model';

export interface GridStakeholder {
  id: string;
  name: string;
}
export interface GridSector {
  id: string;
  name: string;
}

interface Props {
  label: string;
  stakeholders: readonly GridStakeholder[];
  sectors: readonly GridSector[];
  /** The level a cell shows: the pending one, else the stored one. */
  levelOf: (key: string) => EngagementLevel | null;
  isPending: (key: string) => boolean;
  /** Sets every cell of the range (indexes into stakeholders and sectors) to the level. */
  onSet: (range: Range, level: EngagementLevel | null) => void;
  /** The selection, for the toolbar's level buttons (the mouse's way to set). */
  onSelection: (range: Range | null) => void;
  /** Opens a stakeholder's history (Enter on a cell, or its name). */
  onOpenStakeholder: (id: string) => void;
  words: Readonly<Record<EngagementLevel, string>>;
}

const ROW_HEIGHT = 36;

/**
 * The engagement grid: stakeholders down, sectors across, each cell a level. Rows are
 * virtualised (thousands of stakeholders); one tab stop with aria-activedescendant. Arrows move,
 * Shift+arrows, Shift+click and a drag select a range, and one key sets the whole range
 * (levelForKey). Nothing is saved here: the screen keeps the changes until Save.
 */
export function EngagementGrid({ label, stakeholders, sectors, levelOf, isPending, onSet, onSelection, onOpenStakeholder, words }: Props) {
  const { t } = useTranslation();
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [anchor, setAnchor] = useState<Cell>({ row: 0, col: 0 });
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const dragging = useRef(false);
  const rows = stakeholders.length;
  const cols = sectors.length;
  const a = clampCell(active, rows, cols);
  const range = rangeOf(clampCell(anchor, rows, cols), a);
  const empty = rows === 0 || cols === 0;

  useEffect(() => onSelection(empty ? null : range), [range.top, range.bottom, range.left, range.right, empty]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  const virtualizer = useVirtualizer({ count: rows, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 4 });
  const cellIdRef = useRef((row: number, col: number) => `${baseId}-c${row}-${col}`);
  const cellId = cellIdRef.current;

  const reveal = (c: Cell) => {
    virtualizer.scrollToIndex(c.row, { align: 'auto' });
    requestAnimationFrame(() => document.getElementById(cellId(c.row, c.col))?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  };
  const moveTo = (c: Cell, extend: boolean) => {
    const next = clampCell(c, rows, cols);
    setActive(next);
    if (!extend) setAnchor(next);
    reveal(next);
  };

  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 2);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (empty || e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, Cell> = {
      ArrowDown: { row: a.row + 1, col: a.col },
      ArrowUp: { row: a.row - 1, col: a.col },
      ArrowRight: { row: a.row, col: a.col + 1 },
      ArrowLeft: { row: a.row, col: a.col - 1 },
      Home: { row: a.row, col: 0 },
      End: { row: a.row, col: cols - 1 },
      PageDown: { row: a.row + page, col: a.col },
      PageUp: { row: a.row - page, col: a.col },
    };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      moveTo(to, e.shiftKey);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpenStakeholder(stakeholders[a.row]!.id);
      return;
    }
    if (e.key === 'Escape') {
      setAnchor(a);
      return;
    }
    const level = levelForKey(e.key, words);
    if (level !== undefined) {
      e.preventDefault();
      onSet(range, level);
    }
  };

  // Stable across renders (refs), so the memoised rows are not re-rendered for them.
  const onCellDown = useRef((e: MouseEvent, c: Cell) => {
    if (e.button !== 0) return;
    e.preventDefault();
    gridRef.current?.focus();
    dragging.current = true;
    setActive(c);
    if (!e.shiftKey) setAnchor(c);
  }).current;
  const onCellEnter = useRef((c: Cell) => {
    if (dragging.current) setActive(c);
  }).current;

  const template = `15rem repeat(${cols}, 6.75rem)`;
  const items = virtualizer.getVirtualItems();
  const activeRendered = !empty && items.some((v) => v.index === a.row);

  return (
    <div
      ref={gridRef}
      className="egrid"
      role="grid"
      aria-label={label}
      aria-multiselectable="true"
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      tabIndex={0}
      aria-activedescendant={activeRendered ? cellId(a.row, a.col) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="egrid__scroll" ref={scrollRef}>
        <div role="rowgroup" className="egrid__head">
          <div role="row" aria-rowindex={1} className="egrid__row egrid__row--head" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" aria-colindex={1} className="egrid__corner">
              {t('engagementGrid.stakeholder')}
            </div>
            {sectors.map((s, ci) => (
              <div key={s.id} role="columnheader" aria-colindex={ci + 2} className={`egrid__th${!empty && ci >= range.left && ci <= range.right ? ' is-in-range' : ''}`} title={s.name}>
                <span>{s.name}</span>
              </div>
            ))}
          </div>
        </div>
        {/* Focusable by the program only, so the scroll region has focusable content (axe). */}
        <div role="rowgroup" className="egrid__body" style={{ height: virtualizer.getTotalSize() }} tabIndex={-1} onFocus={() => gridRef.current?.focus()}>
          {items.map((v) => (
            <GridRow
              key={stakeholders[v.index]!.id}
              index={v.index}
              start={v.start}
              stakeholder={stakeholders[v.index]!}
              sectors={sectors}
              template={template}
              cellId={cellId}
              // Only what this row shows: a row outside the selection gets nulls, so moving the
              // active cell re-renders the rows it touches, not the screenful.
              selFrom={v.index >= range.top && v.index <= range.bottom ? range.left : null}
              selTo={v.index >= range.top && v.index <= range.bottom ? range.right : null}
              activeCol={v.index === a.row ? a.col : null}
              levelOf={levelOf}
              isPending={isPending}
              words={words}
              onOpenStakeholder={onOpenStakeholder}
              onCellDown={onCellDown}
              onCellEnter={onCellEnter}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  index: number;
  start: number;
  stakeholder: GridStakeholder;
  sectors: readonly GridSector[];
  template: string;
  cellId: (row: number, col: number) => string;
  selFrom: number | null;
  selTo: number | null;
  activeCol: number | null;
  levelOf: (key: string) => EngagementLevel | null;
  isPending: (key: string) => boolean;
  words: Readonly<Record<EngagementLevel, string>>;
  onOpenStakeholder: (id: string) => void;
  onCellDown: (e: MouseEvent, c: Cell) => void;
  onCellEnter: (c: Cell) => void;
}

/** One stakeholder's row; memoised on what it shows (see the selFrom comment above). */
const GridRow = memo(function GridRow({ index, start, stakeholder: st, sectors, template, cellId, selFrom, selTo, activeCol, levelOf, isPending, words, onOpenStakeholder, onCellDown, onCellEnter }: RowProps) {
  const { t } = useTranslation();
  return (
    <div role="row" aria-rowindex={index + 2} className="egrid__row" style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}>
      <div role="rowheader" aria-colindex={1} className="egrid__name" title={st.name}>
        <button type="button" tabIndex={-1} className="egrid__open" onClick={() => onOpenStakeholder(st.id)}>
          {st.name}
        </button>
      </div>
      {sectors.map((sec, ci) => {
        const key = pairKey(st.id, sec.id);
        const level = levelOf(key);
        const pending = isPending(key);
        const selected = selFrom !== null && selTo !== null && ci >= selFrom && ci <= selTo;
        const isActive = ci === activeCol;
        return (
          <div
            key={sec.id}
            id={cellId(index, ci)}
            role="gridcell"
            aria-colindex={ci + 2}
            aria-selected={selected}
            className={`egrid__cell${selected ? ' is-selected' : ''}${isActive ? ' is-active' : ''}${pending ? ' is-pending' : ''}`}
            onMouseDown={(e) => onCellDown(e, { row: index, col: ci })}
            onMouseEnter={() => onCellEnter({ row: index, col: ci })}
          >
            {level ? <span className={`level level--${level} egrid__level`}>{words[level]}</span> : <span className="egrid__none" aria-hidden="true">·</span>}
            {level ? null : <span className="visually-hidden">{t('engagementGrid.none')}</span>}
            {pending ? <span className="visually-hidden">{t('engagementGrid.unsaved')}</span> : null}
          </div>
        );
      })}
    </div>
  );
});
