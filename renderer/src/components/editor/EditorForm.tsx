import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppError } from '../../../../shared/contract/errors';
import { fieldDateText } from '../date-text';
import { FormFrame, useEntityForm } from '../form';
import { MultiSelect, SelectInput, TextInput } from './controls';
import { RowsField } from './Grid';
import { hintOf, inputOf, prop, keyIn, kindsOf, labelOf, type FieldForm, type FieldSpec, type Fields, type LayoutItem, type Option, type OptionsOf, type Values } from './fields';
import type { FormDef } from './define';
import { optionSources } from '../../features/common/options';

/** The field names in the order the layout draws them (the first wrong one gets focus). */
export function orderOf<F extends Fields>(layout: readonly LayoutItem<F>[]): string[] {
  return layout.flatMap((item) => (typeof item === 'string' ? [item] : 'row' in item ? [...item.row] : 'group' in item ? orderOf(item.items) : []));
}

function useOptions(options: OptionsOf): Option[] {
  const { t } = useTranslation();
  const source = typeof options === 'string' ? optionSources[options] : typeof options === 'function' ? options : null;
  // A list of the plan (its hook), or an enum's values in the UI language.
  return source ? source() : typeof options === 'object' ? options.values.map((v) => ({ value: v, label: t(`${options.enum}.${v}`) })) : [];
}

function SelectField({ form, name, spec, label, hint }: { form: FieldForm; name: string; spec: Extract<FieldSpec, { control: 'select' }>; label: string; hint: string | undefined }) {
  const { t } = useTranslation();
  const options = useOptions(spec.options);
  return <SelectInput form={form} name={name} label={label} hint={hint} required={spec.required} options={options} noneLabel={spec.none ? t(spec.none) : undefined} related={spec.related} />;
}

function MultiField({ form, name, spec, label, hint }: { form: FieldForm; name: string; spec: Extract<FieldSpec, { control: 'multi' }>; label: string; hint: string | undefined }) {
  return <MultiSelect form={form} name={name} label={label} hint={hint} options={optionSources[spec.options]()} />;
}

/** One field of a definition, drawn by its control. */
function FieldView({ form, screen, name, spec }: { form: FieldForm; screen: string; name: string; spec: FieldSpec }) {
  const { t, i18n } = useTranslation();
  const label = labelOf(t, screen, name, spec);
  const hint = hintOf(t, i18n.language, screen, name, spec);
  const common = { form, name, label, hint, required: spec.required, related: spec.related };
  switch (spec.control) {
    case 'select':
      return <SelectField form={form} name={name} spec={spec} label={label} hint={hint} />;
    case 'multi':
      return <MultiField form={form} name={name} spec={spec} label={label} hint={hint} />;
    case 'rows':
      return <RowsField form={form} name={name} spec={spec} label={label} hint={hint} />;
    case 'custom':
      return <spec.render form={form} name={name} label={label} />;
    case 'typed':
      return spec.kind === 'date' ? (
        <TextInput {...common} type="date" hint={hint ?? t('form.dateHint', { example: fieldDateText('2027-12-31', i18n.language) })} />
      ) : (
        <TextInput {...common} inputMode={spec.kind === 'decimal' || spec.kind === 'amount' ? 'decimal' : 'numeric'} />
      );
    default:
      return <TextInput {...common} maxLength={spec.max} autoFocus={spec.autoFocus} multiline={spec.control === 'multiline'} type={spec.control === 'multiline' ? 'text' : spec.control} />;
  }
}

/** An editor's form: its definition's fields in its layout, checked against its schema. */
export function EditorForm<F extends Fields, S extends z.ZodType>({
  def,
  formId,
  screen,
  initial,
  title,
  id,
  save,
  onCancel,
}: {
  def: FormDef<F, S>;
  /** Prefix of the control ids (`stakeholder-form`). */
  formId: string;
  /** Where its locale keys are (`stakeholders`: stakeholders.f.name, stakeholders.h.name). */
  screen: string;
  initial: Values<F>;
  title: string;
  /** The item edited (none while adding). */
  id?: string;
  save: (input: z.output<S>) => Promise<AppError | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fields = orderOf(def.layout);
  const form = useEntityForm({ formId, initial, fields, toInput: (v, lng) => inputOf(def.fields, v, lng), schema: def.schema, save, kinds: kindsOf(def.fields) });
  const labelFor = (path: string) => {
    const [top = '', row, col = ''] = path.split('.');
    const spec = def.fields[top];
    if (!spec) return undefined;
    const label = labelOf(t, screen, top, spec);
    const column = spec.control === 'rows' ? spec.columns[col] : undefined;
    // A year grid's rows are cells of a year, not lines the user sees: named by their year.
    const year = spec.control === 'rows' && spec.yearGrid ? prop(prop(prop(form.values, top), String(row)), spec.yearGrid.year) : undefined;
    if (row !== undefined && column && year) return `${label}, ${String(year)}: ${t(column.label)}`;
    return row === undefined || !column ? label : `${label}, ${t('form.row', { row: Number(row) + 1 })}: ${t(column.label)}`;
  };
  const draw = (item: LayoutItem<F>, i: number): ReactNode => {
    if (typeof item === 'string') {
      const spec = def.fields[item];
      return spec ? <FieldView key={item} form={form} screen={screen} name={item} spec={spec} /> : null;
    }
    if ('row' in item)
      return (
        <div key={i} className="form__grid">
          {item.row.map(draw)}
        </div>
      );
    if ('group' in item)
      return (
        <fieldset key={i} className="fieldset">
          <legend className="field__label">{t(keyIn(screen, 'f', item.group))}</legend>
          {item.hint ? <p className="field__hint">{t(keyIn(screen, 'h', item.hint))}</p> : null}
          <div className="form__grid">{item.items.map(draw)}</div>
        </fieldset>
      );
    return <item.part key={i} form={form} initial={initial} id={id} />;
  };
  return (
    <FormFrame form={form} title={title} labelFor={labelFor} onCancel={onCancel}>
      {def.layout.map(draw)}
    </FormFrame>
  );
}
