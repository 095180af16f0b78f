import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { helixes } from '../../../../shared/schemas/enums';
import { range } from '../../../../shared/domain/progress';
import type { Dashboard, DashboardFiltersInput } from '../../../../shared/schemas/dashboard';
import { replaceRoute } from '../../app/router';

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
      <div className="dash-filter">
        <label htmlFor={`${id}-sector`}>{t('charts.filters.sector')}</label>
        <select id={`${id}-sector`} value={filters.sectorIds?.[0] ?? ''} onChange={(e) => set('sector', e.target.value)}>
          <option value="">{t('charts.filters.allSectors')}</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-helix`}>{t('charts.filters.helix')}</label>
        <select id={`${id}-helix`} value={filters.helix ?? ''} onChange={(e) => set('helix', e.target.value)}>
          <option value="">{t('charts.filters.allHelixes')}</option>
          {helixes.map((h) => (
            <option key={h} value={h}>
              {t(`helix.${h}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-source`}>{t('charts.filters.source')}</label>
        <select id={`${id}-source`} value={filters.fundingSourceIds?.[0] ?? ''} onChange={(e) => set('source', e.target.value)}>
          <option value="">{t('charts.filters.allSources')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {sourceName(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter dash-filter--years">
        <label htmlFor={`${id}-from`}>{t('charts.filters.from')}</label>
        <select id={`${id}-from`} value={filters.fromYear ?? ''} onChange={(e) => set('from', e.target.value)}>
          <option value="">{period.start}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter dash-filter--years">
        <label htmlFor={`${id}-to`}>{t('charts.filters.to')}</label>
        <select id={`${id}-to`} value={filters.toYear ?? ''} onChange={(e) => set('to', e.target.value)}>
          <option value="">{period.end}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {active ? (
        <button type="button" className="chart-tool dash-filters__clear" onClick={() => replaceRoute('dashboard')}>
          {t('charts.filters.clear')}
        </button>
      ) : null}
    </form>
  );
}
