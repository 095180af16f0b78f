import { NetworkCreateSchema } from '../../../../shared/schemas/network';
import { memberships, networkScopes } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { defineEditor } from '../../components/editor/define';
import { websiteLink } from '../stakeholders/stakeholder-editor';

/** A network's editor: its fields, the form's layout, the facts the pane shows, its channels. */
export const networkEditor = defineEditor({
  entity: 'network',
  schema: NetworkCreateSchema,
  fields: {
    name: { control: 'text', max: limits.name, required: true, autoFocus: true, hint: true },
    scope: { control: 'select', options: { enum: 'scope', values: networkScopes }, required: true, none: 'form.choose' },
    membership: { control: 'select', options: { enum: 'membership', values: memberships }, required: true, none: 'form.choose', hint: true },
    sectorIds: { control: 'multi', label: 'sectors', hint: true, options: 'sectors', from: 'sectors' },
    memberIds: { control: 'multi', label: 'members', hint: true, options: 'stakeholders', from: 'members' },
    website: { control: 'text', max: limits.url },
    description: { control: 'multiline', max: limits.text },
  },
  layout: ['name', { row: ['scope', 'membership'] }, 'sectorIds', 'memberIds', 'website', 'description'],
  facts: ['scope', 'membership', ['website', (d) => websiteLink(d.website)], 'description'],
  create: (command, input) => command('network.create', input),
  update: (command, id, expectedUpdatedAt, input) => command('network.update', { id, expectedUpdatedAt, ...input }),
});
