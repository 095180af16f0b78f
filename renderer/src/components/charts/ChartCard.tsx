import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, copyText } from './csv';
import { useImageExport } from '../../features/export/image';
import { TableExport } from '../../features/export/TableExport';
import { usePrint } from './medium';

/** A chart's data-table twin: header row and rows of shown (formatted) and raw (CSV) values. */
export interface TableTwin {
  columns: { label: string; numeric?: boolean }[];
  rows: TwinRow[];
  /** A totals row (tables of money), shown under the rows and exported with them. */
  totals?: TwinRow;
  /** Many columns: printed with a narrow first column and smaller type. */
  wide?: boolean;
}
type TwinRow = { key: string; cells: { shown: ReactNode; raw: string | number | null }[] };

function TwinCells({ row, table }: { row: TwinRow; table: TableTwin }) {
  return row.cells.map((c, i) =>
    i === 0 ? (
      <th key={i} scope="row">
        {c.shown}
      </th>
    ) : (
      <td key={i} className={table.columns[i]?.numeric ? 'num' : undefined}>
        {c.shown}
      </td>
    ),
  );
}

export interface ChartCardProps {
  /** Stable id: the heading's id and the export file name. */
  id: string;
  /** A statement of the finding, computed from the data. */
  title: string;
  /** What, unit, period. */
  subtitle: string;
  /** One sentence, computed from the data. */
  summary: string;
  table: TableTwin;
  /** "Kymenlaakson S3 …, 23.11.2026" */
  source: string;
  background: string;
  /** Beside the chart (gap call-outs). */
  aside?: ReactNode;
  /** A footnote under the summary (which figures are estimates). */
  note?: string;
  wide?: boolean;
  /** The chart holds its own links (matrices): no role="img" around it. */
  interactive?: boolean;
  children: ReactNode;
}

/**
 * A chart as a card: statement title, subtitle, the chart, a one-sentence summary, the
 * data-table twin (shown with "Table"), Copy as CSV,
 * Export PNG (2×) and SVG, and the source line.
 */
export function ChartCard({ id, title, subtitle, summary, table, source, background, aside, note, wide, interactive, children }: ChartCardProps) {
  const { t } = useTranslation();
  const exportImage = useImageExport();
  const print = usePrint();
  const [showTable, setShowTable] = useState(false);
  const [copied, setCopied] = useState<null | boolean>(null);
  const figure = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const svg = () => figure.current?.querySelector<SVGSVGElement>('svg.chart-svg, svg.recharts-surface') ?? null;
  const allRows = table.totals ? [...table.rows, table.totals] : table.rows;
  const csv = () => toCsv([table.columns.map((c) => c.label), ...allRows.map((r) => r.cells.map((c) => c.raw))]);

  return (
    <section className={`chart-card${wide ? ' chart-card--wide' : ''}`} aria-labelledby={`${id}-title`} data-chart={id}>
      <header className="chart-card__head">
        <h3 className="chart-card__title" id={`${id}-title`}>
          {title}
        </h3>
        <p className="chart-card__subtitle">{subtitle}</p>
      </header>
      <div className={`chart-card__body${aside ? ' chart-card__body--aside' : ''}`}>
        {/* A figure with its summary as its text alternative; on screen a matrix keeps its links reachable. */}
        <div className="chart-card__figure" ref={figure} {...(interactive && !print ? { role: 'group', 'aria-label': summary } : { role: 'img', 'aria-label': summary })}>
          {children}
        </div>
        {aside ? <div className="chart-card__aside">{aside}</div> : null}
      </div>
      <p className="chart-card__summary">{summary}</p>
      {note ? <p className="chart-card__note">{note}</p> : null}
      <div id={tableId} className="chart-card__table" hidden={!showTable}>
        <div className="table-scroll">
          <table className={`table chart-table${table.wide ? ' chart-table--wide' : ''}`}>
            <caption className="visually-hidden">{t('charts.card.tableOf', { title })}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key}>
                  <TwinCells row={r} table={table} />
                </tr>
              ))}
            </tbody>
            {table.totals ? (
              <tfoot>
                <tr>
                  <TwinCells row={table.totals} table={table} />
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      </div>
      <footer className="chart-card__foot">
        <p className="chart-card__source">{source}</p>
        <div className="chart-card__tools" role="group" aria-label={t('charts.card.tools', { title })}>
          <button type="button" className="chart-tool" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
            {showTable ? t('charts.card.hideTable') : t('charts.card.table')}
          </button>
          <button
            type="button"
            className="chart-tool"
            onClick={async () => {
              setCopied(await copyText(csv()));
              setTimeout(() => setCopied(null), 2500);
            }}
          >
            {t('charts.card.copyCsv')}
          </button>
          <TableExport name={id} title={title} headers={table.columns.map((c) => c.label)} rows={allRows.map((r) => r.cells.map((c) => c.raw))} />
          {(['png', 'svg'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="chart-tool"
              data-export={format}
              onClick={() => {
                const s = svg();
                if (s) exportImage(s, id, background, format);
              }}
            >
              {t(`charts.card.${format}`)}
            </button>
          ))}
          <span className="chart-card__copied" role="status">
            {copied === true ? t('charts.card.copied') : copied === false ? t('charts.card.copyFailed') : ''}
          </span>
        </div>
      </footer>
    </section>
  );
}
