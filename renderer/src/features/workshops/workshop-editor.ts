import { WorkshopCreateSchema } from '../../../../shared/schemas/workshop';
import { limits } from '../../../../shared/schemas/common';
import { defineEditor } from '../../components/editor/define';

/** A workshop's editor: its fields, the form's layout, the facts the pane shows, its channels. */
export const workshopEditor = defineEditor({
  entity: 'workshop',
  schema: WorkshopCreateSchema,
  fields: {
    title: { control: 'text', max: limits.name, required: true, autoFocus: true, hint: true },
    heldOn: { control: 'typed', kind: 'date', label: 'date', required: true },
    place: { control: 'text', max: limits.short },
    sectorIds: { control: 'multi', label: 'sectors', options: 'sectors', from: 'sectors' },
    participantIds: { control: 'multi', label: 'participants', hint: true, options: 'stakeholders', from: 'participants' },
    outcomes: { control: 'multiline', max: limits.text, hint: true },
    actionIds: { control: 'multi', label: 'actions', hint: true, options: 'actions', from: 'actions' },
  },
  layout: ['title', { row: ['heldOn', 'place'] }, 'sectorIds', 'participantIds', 'outcomes', 'actionIds'],
  facts: ['heldOn', 'place', 'outcomes'],
  create: (command, input) => command('workshop.create', input),
  update: (command, id, expectedUpdatedAt, input) => command('workshop.update', { id, expectedUpdatedAt, ...input }),
});
