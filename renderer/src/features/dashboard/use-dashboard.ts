import type { DashboardFiltersInput } from '../../../../shared/schemas/dashboard';
import { helixes, type Helix } from '../../../../shared/schemas/enums';
import { useChannel } from '../../api/use-queries';
import { useLocalized } from '../../api/use-content';

/** Dashboard filters in the URL: sector and source repeat; helix; from and to years. */
export function filtersFromParams(params: URLSearchParams): DashboardFiltersInput {
  const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : null);
  const helix = params.get('helix');
  return {
    sectorIds: params.getAll('sector').filter(Boolean),
    helix: helix && (helixes as readonly string[]).includes(helix) ? (helix as Helix) : null,
    fundingSourceIds: params.getAll('source').filter(Boolean),
    fromYear: year(params.get('from')),
    toYear: year(params.get('to')),
  };
}

/**
 * The Dashboard's data for these filters, from the query cache: refetched when a change writes a
 * table it reads; while other filters load, the last answer stays on screen. Names and titles
 * are in the UI's language where the plan has them translated (the Dashboard and the slides).
 */
export function useDashboard(filters: DashboardFiltersInput) {
  const { data, error } = useChannel('dashboard.get', { filters }, { keepPrevious: true });
  return { data: useLocalized(data), error };
}
