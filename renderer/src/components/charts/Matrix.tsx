import type { ReactNode } from 'react';
import { fitText, textWidth, wrapText } from './format';
import type { ChartColors } from './colors';
import { useWidth } from './useWidth';

export interface MatrixColumn {
  id: string;
  /** Word under the chip. */
  label: string;
  /** A coloured chip with a letter (helices), or none. */
  chip?: { fill: string; letter: string; text: string };
}

export interface MatrixCell {
  count: number;
  fill: string;
  text: string;
  /** An empty cell that matters: dashed vermilion outline and a warning mark. */
  gap: boolean;
  href: string;
  /** The cell in words, for its link. */
  label: string;
  /** The colour's category (the engagement level), for the colour checks. */
  mark?: string;
}

/**
 * A rows × columns matrix as SVG: count in each cell, shade from the caller, gaps outlined
 * (dashed, vermilion) with a warning mark. Every cell links to the list that explains it.
 */
export function Matrix({
  label, rows, columns, cell, colors, rowLabelWidth = 200, cellHeight = 40, footer,
}: {
  /** The matrix in words (its summary). */
  label: string;
  rows: { id: string; label: string }[];
  columns: MatrixColumn[];
  cell: (rowId: string, columnId: string) => MatrixCell;
  colors: ChartColors;
  rowLabelWidth?: number;
  cellHeight?: number;
  footer?: ReactNode;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  // Row labels take what their longest needs, up to 42 % of the width (never less than asked).
  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, 13))) + 12;
  const labelW = Math.ceil(Math.min(Math.max(rowLabelWidth, longest), width * 0.42));
  const colW = Math.max(44, Math.floor((width - labelW - 4) / Math.max(1, columns.length)));
  // Column words on up to two lines of their column's width, cut only when that is not enough.
  const heads = columns.map((c) => wrapText(c.label, colW - 8, 12));
  const headLines = Math.max(1, ...heads.map((l) => l.length));
  const headH = 52 + (headLines - 1) * 14;
  const w = labelW + colW * columns.length + 4;
  const h = headH + cellHeight * rows.length + 4;
  return (
    <div ref={ref} className="chart-box">
      <svg className="chart-svg" width={w} height={h} viewBox={`0 0 ${w} ${h}`} fontFamily="Inter Variable, Inter, system-ui, sans-serif" role="group" aria-label={label}>
        {columns.map((c, j) => {
          const x = labelW + j * colW + colW / 2;
          return (
            <g key={c.id}>
              {c.chip ? (
                <>
                  <rect x={x - 10} y={4} width={20} height={20} rx={4} fill={c.chip.fill} stroke={colors.outline} />
                  <text x={x} y={18} textAnchor="middle" fontSize={12} fontWeight={700} fill={c.chip.text}>
                    {c.chip.letter}
                  </text>
                </>
              ) : null}
              <text x={x} y={c.chip ? 42 : 30} textAnchor="middle" fontSize={12} fill={colors.muted}>
                {heads[j]!.length > 1 || heads[j]![0] !== c.label ? <title>{c.label}</title> : null}
                {heads[j]!.map((line, k) => (
                  <tspan key={k} x={x} dy={k === 0 ? 0 : 14}>
                    {/* A space between lines keeps the words apart in the text read out and copied. */}
                    {k < heads[j]!.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {rows.map((r, i) => {
          const y = headH + i * cellHeight;
          return (
            <g key={r.id}>
              <text x={0} y={y + cellHeight / 2 + 4} fontSize={13} fill={colors.text}>
                <title>{r.label}</title>
                {fitText(r.label, labelW - 8, 13)}
              </text>
              {columns.map((c, j) => {
                const v = cell(r.id, c.id);
                const x = labelW + j * colW;
                return (
                  <a key={c.id} href={v.href} aria-label={v.label} className="matrix-cell">
                    <title>{v.label}</title>
                    {v.gap ? (
                      <>
                        <rect x={x + 3} y={y + 3} width={colW - 6} height={cellHeight - 6} rx={4} fill="none" stroke={colors.gap} strokeWidth={2} strokeDasharray="5 3" />
                        {/* The warning mark drawn, not typed: a "!" would be read out as text. */}
                        <path d={`M ${x + colW / 2} ${y + 11} l 8 14 h -16 z`} fill={colors.gap} />
                        <path d={`M ${x + colW / 2 - 1} ${y + 15} h 2 v 5 h -2 z M ${x + colW / 2 - 1} ${y + 21.5} h 2 v 2 h -2 z`} fill="#ffffff" />
                      </>
                    ) : (
                      <>
                        <rect data-mark={v.mark} x={x + 3} y={y + 3} width={colW - 6} height={cellHeight - 6} rx={4} fill={v.fill} stroke={colors.outline} />
                        <text x={x + colW / 2} y={y + cellHeight / 2 + 5} textAnchor="middle" fontSize={14} fontWeight={600} fill={v.text} className="tabular">
                          {v.count}
                        </text>
                      </>
                    )}
                  </a>
                );
              })}
            </g>
          );
        })}
      </svg>
      {footer}
    </div>
  );
}
