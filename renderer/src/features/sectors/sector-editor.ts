import { SectorCreateSchema } from '../../../../shared/schemas/sector';
import { limits } from '../../../../shared/schemas/common';
import { defineEditor } from '../../components/editor/define';

/** A sector's editor: its fields, the form's layout, the facts the pane shows, its channels. */
export const sectorEditor = defineEditor({
  entity: 'sector',
  schema: SectorCreateSchema,
  fields: {
    name: { control: 'text', max: limits.name, required: true, autoFocus: true, hint: true },
    description: { control: 'multiline', max: limits.text, hint: true },
    rationale: { control: 'multiline', max: limits.text, hint: true },
    economicDomain: { control: 'text', max: limits.short },
    scientificDomain: { control: 'text', max: limits.short },
    policyObjective: { control: 'text', max: limits.short },
    naceCodes: { control: 'text', max: limits.short, hint: 'nace' },
  },
  layout: ['name', 'description', 'rationale', { group: 'sectors.codes', hint: 'sectors.h.codes', items: ['economicDomain', 'scientificDomain', 'policyObjective', 'naceCodes'] }],
  facts: ['description', 'rationale', 'economicDomain', 'scientificDomain', 'policyObjective', 'naceCodes'],
  create: (command, input) => command('sector.create', input),
  update: (command, id, expectedUpdatedAt, input) => command('sector.update', { id, expectedUpdatedAt, ...input }),
});
