import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../../shared/schemas/indicator';
import { indicatorKinds } from '../../../../shared/schemas/enums';
import { indicatorMatches } from '../../../../shared/domain/list-filters';
import { formatNumber } from '../../../../shared/domain/format';
import type { FilterDef } from '../../components/MasterDetail';
import { ExportMenu } from '../export/ExportMenu';
import type { VColumn } from '../../components/VirtualGrid';
import { EditorPane } from '../../components/editor/EditorPane';
import { EditorScreen } from '../../components/editor/EditorScreen';
import { type Route } from '../../app/router';
import { enumOptions, useSectorOptions } from '../common/options';
import { indicatorEditor } from './indicator-editor';
import { Measurements } from './Measurements';
import './indicators.css';

function IndicatorPane({ id, params }: { id: string; params: URLSearchParams }) {
  return (
    <EditorPane def={indicatorEditor} id={id} params={params}>
      {(data) => <Measurements detail={data} />}
    </EditorPane>
  );
}

export function IndicatorsScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sectorOptions = useSectorOptions();
  const columns = useMemo<VColumn<IndicatorRow>[]>(
    () => [
      { id: 'name', header: t('indicators.col.name'), width: 'minmax(9rem, 2.5fr)', sortValue: (r) => r.name, cell: (r) => <span className="cell-strong">{r.name}</span> },
      { id: 'kind', header: t('indicators.col.kind'), width: 'minmax(6rem, 1fr)', sortValue: (r) => r.kind, cell: (r) => t(`indicatorKind.${r.kind}`) },
      { id: 'baseline', header: t('indicators.col.baseline'), numeric: true, width: '7rem', sortValue: (r) => r.baselineValue, cell: (r) => (r.baselineValue === null ? '' : formatNumber(r.baselineValue, lng)) },
      { id: 'latest', header: t('indicators.col.latest'), numeric: true, width: '7rem', sortValue: (r) => r.latestValue, cell: (r) => (r.latestValue === null ? '' : formatNumber(r.latestValue, lng)) },
      { id: 'target', header: t('indicators.col.target'), numeric: true, width: '7rem', sortValue: (r) => r.targetValue, cell: (r) => (r.targetValue === null ? '' : formatNumber(r.targetValue, lng)) },
    ],
    [t, lng],
  );
  const filters = useMemo<FilterDef<IndicatorRow>[]>(
    () => [
      { id: 'sector', label: t('filters.sector'), options: sectorOptions, test: (r, v) => indicatorMatches(r, { sectorId: v }) },
      { id: 'kind', label: t('filters.kind'), options: enumOptions(t, 'indicatorKind', indicatorKinds), test: (r, v) => r.kind === v },
    ],
    [t, sectorOptions],
  );
  const searchTexts = useCallback((r: IndicatorRow) => [r.name, r.unit], []);
  return (
    <EditorScreen def={indicatorEditor} route={route} pane={IndicatorPane} columns={columns} filters={filters} searchTexts={searchTexts} defaultSort={{ column: 'name', direction: 'asc' }} headActions={(shown) => <ExportMenu list="indicators" ids={shown.map((r) => r.id)} />} />
  );
}
