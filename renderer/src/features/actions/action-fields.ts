/**
 * An action's fields and form layout, as data (no React): the funding lines and milestones are
 * grids of rows. The editor (action-editor.tsx) adds the facts and channels; tests read the
 * mapping both ways from here (components/editor/fields.ts loadValues, inputOf).
 */
import { actionStatuses, actionTypes } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { centsToInput } from '../../../../shared/domain/money';
import type { Fields, LayoutItem } from '../../components/editor/fields';
import { tagsField } from './action-tags';

export const actionFields = {
  title: { control: 'text', max: limits.name, required: true, autoFocus: true, hint: true },
  type: { control: 'select', options: { enum: 'actionType', values: actionTypes }, required: true, blank: 'project' },
  status: { control: 'select', options: { enum: 'status', values: actionStatuses }, required: true, blank: 'planned' },
  leadStakeholderId: { control: 'select', label: 'lead', hint: true, options: 'stakeholders', none: 'form.noneChosen', nullable: true },
  progress: { control: 'typed', kind: 'percent', hint: true, blank: '0', empty: 0 },
  startDate: { control: 'typed', kind: 'date', label: 'start', related: ['endDate'] },
  endDate: { control: 'typed', kind: 'date', label: 'end', related: ['startDate'] },
  sectorIds: { control: 'multi', label: 'sectors', options: 'sectors', from: 'sectors' },
  partnerIds: { control: 'multi', label: 'partners', hint: true, options: 'stakeholders', from: 'partners' },
  networkIds: { control: 'multi', label: 'networks', options: 'networks', from: 'networks' },
  fundingLines: {
    control: 'rows',
    hint: (t, lng) => t('actions.h.fundingLines', { whole: centsToInput(12_881_000, lng), cents: centsToInput(123_456, lng) }),
    add: 'actions.addLine',
    rowName: 'actions.line.rowName',
    flags: ['estimated'],
    yearGrid: { by: 'fundingSourceId', year: 'year', measures: ['plannedCents', 'committedCents', 'spentCents'], shared: ['note'] },
    columns: {
      fundingSourceId: { control: 'select', label: 'actions.line.source', options: 'fundingSources' },
      year: { control: 'year', label: 'actions.line.year' },
      plannedCents: { control: 'money', label: 'actions.line.planned', related: ['committedCents', 'spentCents'] },
      committedCents: { control: 'money', label: 'actions.line.committed', related: ['committedCents', 'spentCents'] },
      spentCents: { control: 'money', label: 'actions.line.spent', related: ['committedCents', 'spentCents'] },
      note: { control: 'text', label: 'actions.line.note', related: ['committedCents', 'spentCents'] },
    },
  },
  milestones: {
    control: 'rows',
    add: 'actions.addMilestone',
    rowName: 'actions.ms.rowName',
    columns: {
      title: { control: 'text', label: 'actions.ms.title', max: limits.name },
      dueDate: { control: 'date', label: 'actions.ms.due', required: true },
      doneDate: { control: 'date', label: 'actions.ms.done' },
    },
  },
  description: { control: 'multiline', max: limits.text },
  reference: { control: 'text', max: limits.short, hint: true },
  /** The enabling-condition tags (issue 19): one control, two boolean columns merged into the input. */
  tags: tagsField,
} as const satisfies Fields;

export const actionLayout: readonly LayoutItem<typeof actionFields>[] = ['title', 'reference', { row: ['type', 'status', 'leadStakeholderId', 'progress', 'startDate', 'endDate'] }, 'sectorIds', 'partnerIds', 'networkIds', 'tags', 'fundingLines', 'milestones', 'description'];
