import { ActionCreateSchema } from '../../../../shared/schemas/action';
import { formatPercent } from '../../../../shared/domain/format';
import { defineEditor } from '../../components/editor/define';
import { href } from '../../app/router';
import { actionFields, actionLayout } from './action-fields';
import { tagList } from './action-tags';

/** An action's editor: its fields (funding lines and milestones as grids), layout, facts and channels. */
export const actionEditor = defineEditor({
  entity: 'action',
  schema: ActionCreateSchema,
  fields: actionFields,
  layout: actionLayout,
  facts: [
    'reference',
    'type',
    ['lead', (d) => (d.lead ? <a href={href('stakeholders', undefined, d.lead.id)}>{d.lead.name}</a> : '')],
    'startDate',
    'endDate',
    ['progress', (d, { lng }) => formatPercent(d.progress / 100, lng)],
    'description',
    ['tags.label', (d, { t }) => tagList(d, t)],
  ],
  create: (command, input) => command('action.create', input),
  update: (command, id, expectedUpdatedAt, input) => command('action.update', { id, expectedUpdatedAt, ...input }),
});
