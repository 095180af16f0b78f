/**
 * The action form's values and their mapping to and from the contract. Every field is the text
 * the user sees, in the UI language; amounts and dates are read back in that language only
 * (shared/domain/reading.ts), so opening and saving an action never changes its numbers.
 */
import type { ActionCreate, ActionDetail } from '../../../../shared/schemas/action';
import { inputDate, inputNumber, inputText, type FieldKinds } from '../../../../shared/domain/reading';

export interface LineValues {
  id?: string;
  fundingSourceId: string;
  /** Amounts as typed ("450 000", "450,000"); the keys are the contract's, so errors land on them. */
  plannedCents: string;
  committedCents: string;
  spentCents: string;
  note: string;
}
export interface MilestoneValues {
  id?: string;
  title: string;
  dueDate: string;
  doneDate: string;
}
export interface ActionValues extends Record<string, unknown> {
  title: string;
  type: string;
  status: string;
  leadStakeholderId: string;
  startDate: string;
  endDate: string;
  progress: string;
  description: string;
  sectorIds: string[];
  partnerIds: string[];
  networkIds: string[];
  fundingLines: LineValues[];
  milestones: MilestoneValues[];
}

export const actionFields = ['title', 'type', 'status', 'leadStakeholderId', 'startDate', 'endDate', 'progress', 'sectorIds', 'partnerIds', 'networkIds', 'fundingLines', 'milestones', 'description'] as const;

export const actionKinds: FieldKinds = {
  progress: 'percent',
  startDate: 'date',
  endDate: 'date',
  'fundingLines.*.plannedCents': 'amount',
  'fundingLines.*.committedCents': 'amount',
  'fundingLines.*.spentCents': 'amount',
  'milestones.*.dueDate': 'date',
  'milestones.*.doneDate': 'date',
};

export const blankAction: ActionValues = {
  title: '',
  type: 'project',
  status: 'planned',
  leadStakeholderId: '',
  startDate: '',
  endDate: '',
  progress: '0',
  description: '',
  sectorIds: [],
  partnerIds: [],
  networkIds: [],
  fundingLines: [],
  milestones: [],
};

export const blankLine = (fundingSourceId: string): LineValues => ({ fundingSourceId, plannedCents: '', committedCents: '', spentCents: '', note: '' });

/** The values as the channel's input; an empty amount is 0, an empty progress 0. */
export const actionInput = (v: ActionValues, lng: string): ActionCreate => ({
  title: v.title,
  type: v.type as ActionCreate['type'],
  status: v.status as NonNullable<ActionCreate['status']>,
  leadStakeholderId: v.leadStakeholderId || null,
  startDate: inputDate(v.startDate, lng),
  endDate: inputDate(v.endDate, lng),
  progress: inputNumber('percent', v.progress, lng) ?? 0,
  description: v.description,
  sectorIds: v.sectorIds,
  partnerIds: v.partnerIds,
  networkIds: v.networkIds,
  fundingLines: v.fundingLines.map((l) => ({
    ...(l.id ? { id: l.id } : {}),
    fundingSourceId: l.fundingSourceId,
    plannedCents: inputNumber('amount', l.plannedCents, lng) ?? 0,
    committedCents: inputNumber('amount', l.committedCents, lng) ?? 0,
    spentCents: inputNumber('amount', l.spentCents, lng) ?? 0,
    note: l.note,
  })),
  milestones: v.milestones.map((m) => ({ ...(m.id ? { id: m.id } : {}), title: m.title, dueDate: inputDate(m.dueDate, lng) ?? '', doneDate: inputDate(m.doneDate, lng) })),
});

/** A stored action as the form shows it in the UI language. */
export const actionValues = (d: ActionDetail, lng: string): ActionValues => ({
  title: d.title,
  type: d.type,
  status: d.status,
  leadStakeholderId: d.leadStakeholderId ?? '',
  startDate: inputText('date', d.startDate, lng),
  endDate: inputText('date', d.endDate, lng),
  progress: inputText('percent', d.progress, lng),
  description: d.description,
  sectorIds: d.sectors.map((s) => s.id),
  partnerIds: d.partners.map((s) => s.id),
  networkIds: d.networks.map((s) => s.id),
  fundingLines: d.fundingLines.map((l) => ({
    id: l.id,
    fundingSourceId: l.fundingSourceId,
    plannedCents: inputText('amount', l.plannedCents, lng),
    committedCents: inputText('amount', l.committedCents, lng),
    spentCents: inputText('amount', l.spentCents, lng),
    note: l.note,
  })),
  milestones: d.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: inputText('date', m.dueDate, lng), doneDate: inputText('date', m.doneDate, lng) })),
});
