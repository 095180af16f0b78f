import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IndicatorCreateSchema } from '../../../../shared/schemas/indicator';
import { indicatorKinds, indicatorFrequencies } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { formatNumber } from '../../../../shared/domain/format';
import { defineEditor } from '../../components/editor/define';
import { prop } from '../../components/editor/fields';
import { ActionStatusBadge } from '../../components/Badges';
import { href } from '../../app/router';
import { useActionOptions, useSectorOptions } from '../common/options';

/** What an indicator can be attached to: the whole plan, a sector or an action ("sector:<id>"). */
function useAttachOptions() {
  const { t } = useTranslation();
  const sectors = useSectorOptions();
  const actions = useActionOptions();
  return [
    { value: 'plan', label: t('indicators.wholePlan') },
    ...sectors.map((s) => ({ value: `sector:${s.value}`, label: `${t('entity.sectorTitle')}: ${s.label}` })),
    ...actions.map((a) => ({ value: `action:${a.value}`, label: `${t('entity.actionTitle')}: ${a.label}` })),
  ];
}

const valueIn = (t: TFunction, value: number | null, y: number | null, lng: string) =>
  value === null ? '' : y === null ? formatNumber(value, lng, 6) : t('indicators.valueInYear', { value: formatNumber(value, lng, 6), year: y });

/** An indicator's editor: its fields, the form's layout, the facts the pane shows, its channels. */
export const indicatorEditor = defineEditor({
  entity: 'indicator',
  schema: IndicatorCreateSchema,
  fields: {
    name: { control: 'text', max: limits.name, required: true, autoFocus: true, hint: true },
    kind: { control: 'select', options: { enum: 'indicatorKind', values: indicatorKinds }, required: true, none: 'form.choose', hint: true },
    unit: { control: 'text', max: limits.short, hint: true },
    attachedTo: {
      control: 'select',
      options: useAttachOptions,
      hint: true,
      blank: 'plan',
      load: (d) => (prop(d, 'sectorId') ? `sector:${String(prop(d, 'sectorId'))}` : prop(d, 'actionId') ? `action:${String(prop(d, 'actionId'))}` : 'plan'),
      // One choice, two columns: sectorId or actionId (or neither, the whole plan).
      merge: true,
      save: (v) => ({ sectorId: v.startsWith('sector:') ? v.slice(7) : null, actionId: v.startsWith('action:') ? v.slice(7) : null }),
    },
    baselineValue: { control: 'typed', kind: 'decimal' },
    baselineYear: { control: 'typed', kind: 'year' },
    targetValue: { control: 'typed', kind: 'decimal' },
    targetYear: { control: 'typed', kind: 'year' },
    frequency: { control: 'select', label: 'monitoringFields.frequency', options: { enum: 'indicatorFrequency', values: indicatorFrequencies }, none: 'form.noneChosen', nullable: true },
    measuredBy: { control: 'text', label: 'monitoringFields.measuredBy', hint: 'monitoringFields.measuredByHint', max: limits.name },
  },
  layout: ['name', { row: ['kind', 'unit'] }, 'attachedTo', { row: ['baselineValue', 'baselineYear', 'targetValue', 'targetYear'] }, { row: ['frequency', 'measuredBy'] }],
  facts: [
    'kind',
    'unit',
    [
      'attachedTo',
      (d, { t }) =>
        d.sector ? (
          <a href={href('sectors', undefined, d.sector.id)}>{d.sector.name}</a>
        ) : d.action ? (
          <>
            <a href={href('actions', undefined, d.action.id)}>{d.action.title}</a> <ActionStatusBadge action={d.action} />
          </>
        ) : (
          t('indicators.wholePlan')
        ),
    ],
    ['indicators.col.baseline', (d, { t, lng }) => valueIn(t, d.baselineValue, d.baselineYear, lng)],
    ['indicators.col.target', (d, { t, lng }) => valueIn(t, d.targetValue, d.targetYear, lng)],
    ['monitoringFields.frequency', (d, { t }) => (d.frequency ? t(`indicatorFrequency.${d.frequency}`) : '')],
    ['monitoringFields.measuredBy', (d) => d.measuredBy],
  ],
  initial: (params) => {
    const sector = params.get('sector');
    return { attachedTo: sector ? `sector:${sector}` : 'plan' };
  },
  create: (command, input) => command('indicator.create', input),
  update: (command, id, expectedUpdatedAt, input) => command('indicator.update', { id, expectedUpdatedAt, ...input }),
});
