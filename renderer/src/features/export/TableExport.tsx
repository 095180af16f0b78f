import { useTranslation } from 'react-i18next';
import { useApi } from '../../store/context';
import { exportLanguage, useExportTo, type ExportFormat } from './save';

/** A chart's data table to CSV or XLSX (numbers stay numbers in XLSX), beside "Copy as CSV". */
export function TableExport({ name, title, headers, rows }: { name: string; title: string; headers: string[]; rows: (string | number | null)[][] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { exportTo, dialog } = useExportTo();
  const run = (format: ExportFormat) =>
    exportTo(format, `${name}.${format}`, (path, overwrite) =>
      api.call('export.table', { path, format, language: exportLanguage(i18n.language), title: title.slice(0, 200), headers, rows, overwrite }),
    );
  return (
    <>
      <button type="button" className="chart-tool" data-export="csv" onClick={() => run('csv')}>
        {t('import.export.csvShort')}
      </button>
      <button type="button" className="chart-tool" data-export="xlsx" onClick={() => run('xlsx')}>
        {t('import.export.xlsxShort')}
      </button>
      {dialog}
    </>
  );
}
