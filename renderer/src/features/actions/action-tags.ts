// Written with createElement, not JSX: action-fields.ts (plain data, read by tests under the
// node build without JSX) names this control.
import { createElement as h } from 'react';
import { useTranslation } from 'react-i18next';
import { prop, type CustomSpec, type FieldForm } from '../../components/editor/fields';

/** The enabling-condition tags an action can carry (criteria 5 and 6 of the self-assessment). */
export const actionTags = ['researchSystem', 'industrialTransition'] as const;
type Tags = Record<(typeof actionTags)[number], boolean>;

function TagBoxes({ form, name, label }: { form: FieldForm; name: string; label: string }) {
  const { t } = useTranslation();
  const value = (prop(form.values, name) ?? {}) as Partial<Tags>;
  return h(
    'fieldset',
    { className: 'fieldset' },
    h('legend', { className: 'field__label' }, label),
    h('p', { className: 'field__hint' }, t('tags.hint')),
    h(
      'div',
      { className: 'radio-list' },
      actionTags.map((tag, i) =>
        h(
          'label',
          { key: tag, className: 'radio' },
          h('input', {
            id: i === 0 ? form.idFor(name) : undefined,
            type: 'checkbox',
            checked: !!value[tag],
            onChange: (e: { target: { checked: boolean } }) => form.setAt(name, { ...value, [tag]: e.target.checked }),
          }),
          t(`tags.${tag}`),
        ),
      ),
    ),
  );
}

/** One field of the form, two columns of the action (merged into the input). */
export const tagsField: CustomSpec<unknown> = {
  control: 'custom',
  label: 'tags.label',
  blank: { researchSystem: false, industrialTransition: false },
  load: (a) => ({ researchSystem: prop(a, 'researchSystem') === true, industrialTransition: prop(a, 'industrialTransition') === true }),
  save: (v) => v,
  merge: true,
  render: TagBoxes,
};

/** The tags an action carries, as the detail pane lists them. */
export const tagList = (a: object, t: (k: string) => string) =>
  actionTags
    .filter((tag) => prop(a, tag) === true)
    .map((tag) => t(`tags.${tag}`))
    .join(', ');
