import { useEffect, useState } from 'react';
import type { Dashboard, DashboardFiltersInput } from '../../../../shared/schemas/dashboard';
import type { AppError } from '../../../../shared/contract/errors';
import { helixes, type Helix } from '../../../../shared/schemas/enums';
import { useApi, useAppStore } from '../../store/context';

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
 * The Dashboard's data for these filters: one `dashboard.get`, again whenever the plan changes
 * (plan.changed / plan.opened from the host). A newer request wins over a late older reply.
 */
export function useDashboard(filters: DashboardFiltersInput) {
  const api = useApi();
  const planPath = useAppStore((s) => s.planFile?.path ?? null);
  const [state, setState] = useState<{ data: Dashboard | null; error: AppError | null }>({ data: null, error: null });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filters);

  useEffect(
    () =>
      api.onEvent((e) => {
        if (e.name === 'plan.changed' || e.name === 'plan.opened') setVersion((v) => v + 1);
      }),
    [api],
  );

  useEffect(() => {
    if (!planPath) return;
    let live = true;
    void api.call('dashboard.get', { filters: JSON.parse(key) as DashboardFiltersInput }).then((reply) => {
      if (!live) return;
      setState(reply.ok ? { data: reply.value, error: null } : (s) => ({ data: s.data, error: reply.error }));
    });
    return () => {
      live = false;
    };
  }, [api, key, planPath, version]);

  return state;
}
