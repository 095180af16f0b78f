import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { helixes } from '../../../../shared/schemas/enums';
import { range } from '../../../../shared/domain/progress';
import type { Dashboard, DashboardFiltersInput } from '../../../../shared/schemas/dashboard';
import { replaceRoute } from '../../app/router';
import { Select } from '../../components/Select';

/** Dashboard-wide filters, kept in the URL (#/dashboard?sector=…&helix=…&source=…&from=…&to=…). */
export function DashboardFilters({
  filters, params, sectors, sources, period,
}: {
  filters: DashboardFiltersInput;
  params: URLSearchParams;
  sectors: { id: string; name: string }[];
  sources: Dashboard['fundingSources'];
  period: { start: number; end: number };
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    if (value) next.set(key, value);
    replaceRoute('dashboard', next);
  };
  const years = range(period.start, period.end);
  const active = (filters.sectorIds?.length ?? 0) + (filters.fundingSourceIds?.length ?? 0) + (filters.helix ? 1 : 0) + (filters.fromYear ? 1 : 0) + (filters.toYear ? 1 : 0) > 0;
  const sourceName = (s: Dashboard['fundingSources'][number]) => (s.kind === 'custom' ? s.name : t(`fundingKind.${s.kind}`));
  return (
    <form className="dash-filters" role="search" aria-label={t('charts.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <Filter id={`${id}-sector`} label={t('charts.filters.sector')} value={filters.sectorIds?.[0] ?? ''} onChange={(v) => set('sector', v)} all={t('charts.filters.allSectors')} options={sectors.map((s) => [s.id, s.name])} />
      <Filter id={`${id}-helix`} label={t('charts.filters.helix')} value={filters.helix ?? ''} onChange={(v) => set('helix', v)} all={t('charts.filters.allHelixes')} options={helixes.map((h) => [h, t(`helix.${h}`)])} />
      <Filter id={`${id}-source`} label={t('charts.filters.source')} value={filters.fundingSourceIds?.[0] ?? ''} onChange={(v) => set('source', v)} all={t('charts.filters.allSources')} options={sources.map((s) => [s.id, sourceName(s)])} />
      <Filter id={`${id}-from`} years label={t('charts.filters.from')} value={String(filters.fromYear ?? '')} onChange={(v) => set('from', v)} all={String(period.start)} options={years.map((y) => [String(y), String(y)])} />
      <Filter id={`${id}-to`} years label={t('charts.filters.to')} value={String(filters.toYear ?? '')} onChange={(v) => set('to', v)} all={String(period.end)} options={years.map((y) => [String(y), String(y)])} />
      {active ? (
        <button type="button" className="chart-tool dash-filters__clear" onClick={() => replaceRoute('dashboard')}>
          {t('charts.filters.clear')}
        </button>
      ) : null}
    </form>
  );
}

/** One filter: a labelled select whose empty value means "all" (or the whole period). */
function Filter({ id, label, value, onChange, all, options, years }: { id: string; label: string; value: string; onChange: (value: string) => void; all: string; options: [string, string][]; years?: boolean }) {
  return (
    <div className={`dash-filter${years ? ' dash-filter--years' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Select id={id} value={value} onChange={onChange} empty={all} options={options} />
    </div>
  );
}
