import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { collator } from '../../../../shared/domain/format';
import { useListItems } from '../../api/use-queries';
import type { TFunction } from 'i18next';
import type { FundingSource } from '../../../../shared/schemas/plan';
import type { Option, OptionSource, RowsSeen } from '../../components/editor/fields';

export type { Option };

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

/** The names of the funding sources: the kind's name in the UI language, or the name given. */
export const sourceName = (t: TFunction, s: Pick<FundingSource, 'kind' | 'name'> | undefined) => (!s ? '' : s.kind === 'custom' || s.name ? s.name || t('fundingKind.custom') : t(`fundingKind.${s.kind}`));

/** The funding sources a line can name: those in use, and any a line names already. */
export function useSourceOptions(rows: RowsSeen = []): Option[] {
  const { t } = useTranslation();
  const sources = useListItems('fundingSources');
  return sources.filter((s) => s.inUse || rows.some((l) => l.fundingSourceId === s.id)).map((s) => ({ value: s.id, label: sourceName(t, s) }));
}

/** The hook behind each list an editor's field chooses from (components/editor/fields.ts OptionSource). */
export const optionSources: Readonly<Record<OptionSource, (rows?: RowsSeen) => Option[]>> = {
  sectors: useSectorOptions,
  stakeholders: useStakeholderOptions,
  networks: useNetworkOptions,
  actions: useActionOptions,
  fundingSources: useSourceOptions,
};
