import type { TFunction } from 'i18next';
import { descriptorOf, type ChangeContext } from '../../../../shared/domain/change-sentences';
import { rowKey, type Cell } from '../../../../shared/domain/plan-state';
import { formatCents, formatDate, formatNumber } from '../../../../shared/domain/format';

/**
 * One field's label and value as a conflict shows them ("title: “Port 2030”"), by the compare
 * sentences' descriptors and words (versions.*). The sentences put a value inside a sentence;
 * a conflict shows the value on its own, whole, so the user can choose between two long texts.
 */
export function fieldLabel(t: TFunction, table: string, column: string): string {
  for (const key of [`versions.field.${table}.${column}`, `versions.field.${column}`]) {
    const label = t(key);
    if (label !== key) return label;
  }
  return column.replace(/_/g, ' ');
}

export function cellText(t: TFunction, lng: string, context: ChangeContext, table: string, column: string, v: Cell): string {
  if (v === null || v === '') return t('versions.none');
  const f = descriptorOf(table).fields?.[column] ?? 'text';
  if (f === 'money' && typeof v === 'number') return formatCents(v, lng);
  if (f === 'date' && typeof v === 'string') return formatDate(v, lng);
  // A funding line's year reads as written (2024), as in the compare sentences.
  if (f === 'year') return String(v);
  if (f === 'flag') return t(v ? 'versions.flag.yes' : 'versions.flag.no');
  if (typeof f === 'object' && 'enum' in f) return t(`${f.enum}.${String(v)}`);
  if (typeof f === 'object' && 'ref' in f) {
    const row = context[f.ref]?.[rowKey([v])];
    const name = row?.name ?? row?.title;
    return typeof name === 'string' ? t('versions.quoted', { text: name, interpolation: { escapeValue: false } }) : t('versions.unknown');
  }
  if (typeof v === 'number') return formatNumber(v, lng);
  return t('versions.quoted', { text: v, interpolation: { escapeValue: false } });
}
