import type { ReactNode } from 'react';
import { formatNumber } from '../../../../../shared/domain/format';
import type { TocEntry } from '../contents';
import { useFigureNumber, useReport, useTableNumber } from './context';

export interface Column {
  label: string;
  num?: boolean;
  /** The column's width ("17%"); the first column takes what is left. */
  w?: string;
}

/** A row's cells: the first is its header (th scope=row), numeric columns align right. */
function Cells({ cells, head }: { cells: ReactNode[]; head: Column[] }) {
  return cells.map((cell, i) =>
    i === 0 ? (
      <th key={i} scope="row">
        {cell}
      </th>
    ) : (
      <td key={i} className={head[i]?.num ? 'num' : undefined}>
        {cell}
      </td>
    ),
  );
}

/** A real table with a numbered caption, a repeating header and an optional totals row. */
export function Table({ caption, head, rows, foot, className }: { caption: string; head: Column[]; rows: { key: string; cells: ReactNode[] }[]; foot?: ReactNode[]; className?: string }) {
  const { t } = useReport();
  const n = useTableNumber();
  // The wrapper is for measuring pages only (report.css, .r-table-wrap).
  return (
    <div className="r-table-wrap">
      <table className={`r-table${className ? ` ${className}` : ''}`}>
        <caption>
          <span className="r-caption__n">{t('report.table', { n })}</span> {caption}
        </caption>
        <colgroup>
          {head.map((h, i) => (
            <col key={i} style={h.w ? { width: h.w } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={h.num ? 'num' : undefined}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <Cells cells={r.cells} head={head} />
            </tr>
          ))}
        </tbody>
        {foot ? (
          <tfoot>
            <tr>
              <Cells cells={foot} head={head} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** A numbered figure: the chart inside is the one Figure of the PDF's tags, its summary its alternative text. */
export function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useReport();
  const n = useFigureNumber();
  return (
    <figure className="r-figure" role="group" aria-labelledby={`r-figure-${n}`}>
      <figcaption id={`r-figure-${n}`}>
        <span className="r-caption__n">{t('report.figure', { n })}</span> {caption}
      </figcaption>
      {children}
    </figure>
  );
}

/**
 * A numbered heading. A no-break space after the number: the PDF's outline is built from the
 * laid-out text, where Chromium drops an ordinary space between boxes and would glue "1Tiivistelmä".
 */
export function Numbered({ level, number, id, className, children }: { level: 1 | 2 | 3; number: string; id?: string; className?: string; children: ReactNode }) {
  const H = `h${level}` as const;
  return (
    <H id={id} className={className ?? `r-h${level}`}>
      <span className="r-num">{number}</span>
      {'\u00a0'}
      {children}
    </H>
  );
}

/** A unit of the report: it starts a page, and the contents give the page it starts on. */
export function Unit({ unit, labelledBy, children }: { unit: string; labelledBy: string; children: ReactNode }) {
  return (
    <section className="r-unit" data-unit={unit} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}

/** A chapter (or appendix) of one unit: its heading from the contents and its lead paragraph. */
export function Chapter({ entry, lead, children }: { entry: TocEntry; lead?: ReactNode; children: ReactNode }) {
  return (
    <Unit unit={entry.unit} labelledBy={entry.id}>
      <Numbered level={1} number={entry.number} id={entry.id}>
        {entry.title}
      </Numbered>
      {lead === undefined ? null : <p className="r-lead">{lead}</p>}
      {children}
    </Unit>
  );
}

/** "12,5 (2021)", "12,5" or "—". */
export function valueYear(value: number | null, year: number | null, lng: string): string {
  if (value === null) return '—';
  return year ? `${formatNumber(value, lng)} (${year})` : formatNumber(value, lng);
}
