import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { collator } from '../../../../shared/domain/format';
import { useListItems } from '../../api/use-queries';

export interface Option {
  value: string;
  label: string;
}

const sorted = (options: Option[], language: string) => {
  const c = collator(language);
  return options.sort((a, b) => c.compare(a.label, b.label));
};

/** Sectors in the plan's order (not alphabetical): the order the officers chose. */
export function useSectorOptions(): Option[] {
  const sectors = useListItems('sectors');
  return useMemo(() => sectors.filter((s) => !s.archived).map((s) => ({ value: s.id, label: s.name })), [sectors]);
}

export function useStakeholderOptions(): Option[] {
  const { i18n } = useTranslation();
  const items = useListItems('stakeholders');
  return useMemo(() => sorted(items.map((s) => ({ value: s.id, label: s.name })), i18n.language), [items, i18n.language]);
}

export function useNetworkOptions(): Option[] {
  const { i18n } = useTranslation();
  const items = useListItems('networks');
  return useMemo(() => sorted(items.map((s) => ({ value: s.id, label: s.name })), i18n.language), [items, i18n.language]);
}

export function useActionOptions(): Option[] {
  const { i18n } = useTranslation();
  const items = useListItems('actions');
  return useMemo(() => sorted(items.map((s) => ({ value: s.id, label: s.title })), i18n.language), [items, i18n.language]);
}

/** Options of an enum, translated: enumOptions(t, 'helix', helixes). */
export function enumOptions(t: (key: string) => string, prefix: string, values: readonly string[]): Option[] {
  return values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
}

/** Today as the plan stores dates (YYYY-MM-DD), in local time. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The years a list can be filtered by: the plan's period, and any year rows fall in. */
export function useYearOptions(extra: readonly (number | null)[] = []): Option[] {
  const plan = useAppStore((s) => s.planFile?.plan);
  return useMemo(() => {
    const years = new Set<number>();
    if (plan) for (let y = plan.periodStart; y <= plan.periodEnd && y - plan.periodStart < 50; y++) years.add(y);
    for (const y of extra) if (y) years.add(y);
    return [...years].sort((a, b) => a - b).map((y) => ({ value: String(y), label: String(y) }));
  }, [plan, extra]);
}
