import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { navigate } from '../../app/router';
import { DeleteDialog, DetailHead, DetailStatus, EditedElsewhere, Facts, useDetail, useEditSession, useVersionedSave } from '../detail';
import { EditorForm } from './EditorForm';
import { blankValues, keyIn, labelOf, loadValues, prop, type Fields } from './fields';
import { useReturnToList } from '../list-focus';
import { Translations, isTranslatable } from '../translations/Translations';
import { translatable } from '../../../../shared/schemas/translation';
import { nameOf, type EditorDef, type EditorEntity, type Fact, type FactContext, type Stored } from './define';

/** A field shown its usual way among the facts: an enum by its name, a date in the UI language, text as it is. */
function factOf<E extends EditorEntity, F extends Fields>(def: EditorDef<E, F, z.ZodType>, fact: Fact<E, F>, stored: Stored<E>, c: FactContext): [string, ReactNode] {
  const screen = `${def.entity}s`;
  if (typeof fact !== 'string') return [c.t(keyIn(screen, 'f', fact[0])), fact[1](stored, c)];
  const spec = def.fields[fact];
  const value = prop(stored, fact);
  const shown =
    value === null || value === undefined || value === ''
      ? ''
      : spec?.control === 'select' && typeof spec.options === 'object'
        ? c.t(`${spec.options.enum}.${String(value)}`)
        : spec?.control === 'typed' && spec.kind === 'date'
          ? formatDate(String(value), c.lng)
          : String(value);
  return [spec ? labelOf(c.t, screen, fact, spec) : fact, shown];
}

/**
 * The detail pane of an item: its head (Edit, Delete), its facts, what the screen adds (related
 * items); Edit turns it into the definition's form, which keeps the version the user started
 * from (a save elsewhere meanwhile is noted, and saving meets the conflict choice).
 */
export function EditorPane<E extends EditorEntity, F extends Fields, S extends z.ZodType>({
  def,
  id,
  params,
  badges,
  more,
  children,
}: {
  def: EditorDef<E, F, S>;
  id: string;
  params: URLSearchParams;
  /** Beside the title (status, helix). */
  badges?: (stored: Stored<E>) => ReactNode;
  /** Between the head and the facts (a sector's order and archive buttons). */
  more?: (stored: Stored<E>) => ReactNode;
  /** After the facts: related items, grids of rows. */
  children?: (stored: Stored<E>) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const screen = `${def.entity}s` as const;
  const { data, error, reload, fresh } = useDetail(`${def.entity}.get`, id);
  const command = useAppStore((s) => s.command);
  const edit = useEditSession(data);
  const toList = useReturnToList();
  /** Leaving the form (saved or cancelled): focus back on the list's row, not the page body. */
  const closeForm = () => {
    toList();
    edit.stop();
  };
  const [deleting, setDeleting] = useState(false);
  const versioned = useVersionedSave<z.output<S>>({
    entity: def.entity,
    expectedUpdatedAt: edit.base?.updatedAt ?? data?.updatedAt ?? '',
    send: (input, expectedUpdatedAt) => def.update(command, id, expectedUpdatedAt, input),
    fresh,
    onSaved: closeForm,
    onReload: () => {
      closeForm();
      reload();
    },
  });
  if (!data) return <DetailStatus error={error} entity={def.entity} screen={screen} />;
  const name = nameOf(data);
  if (edit.base)
    return (
      <>
        {edit.changedElsewhere ? <EditedElsewhere entity={def.entity} /> : null}
        <EditorForm key={edit.base.updatedAt} def={def} formId={`${def.entity}-form`} screen={screen} id={id} initial={loadValues(def.fields, edit.base, lng)} title={t(`${screen}.editTitle`, { name })} save={versioned.save} onCancel={closeForm} />
        {versioned.dialog}
      </>
    );
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHead kind={t(`entity.${def.entity}Title`)} title={name} onEdit={edit.start} onDelete={() => setDeleting(true)}>
        {badges?.(data)}
      </DetailHead>
      {more?.(data)}
      <Facts items={def.facts.map((f) => factOf(def, f, data, { t, lng }))} />
      {isTranslatable(def.entity) ? (
        <Translations owner={def.entity} id={id} main={Object.fromEntries((translatable[def.entity] as readonly string[]).map((f) => [f, String(prop(data, f) ?? '')]))} />
      ) : null}
      {children?.(data)}
      {deleting ? (
        <DeleteDialog
          entity={def.entity}
          id={id}
          name={name}
          channel={`${def.entity}.delete`}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            toList();
            navigate(screen, params);
          }}
        />
      ) : null}
    </article>
  );
}

/** The add form: the definition's blank values (and what the list's parameters give), then the new item. */
export function NewItem<E extends EditorEntity, F extends Fields, S extends z.ZodType>({ def, params }: { def: EditorDef<E, F, S>; params: URLSearchParams }) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const toList = useReturnToList();
  const screen = `${def.entity}s` as const;
  const initial = useMemo(() => ({ ...blankValues(def.fields), ...def.initial?.(params) }), [def, params]);
  return (
    <EditorForm
      def={def}
      formId={`${def.entity}-form`}
      screen={screen}
      initial={initial}
      title={t(`${screen}.newTitle`)}
      onCancel={() => {
        toList();
        navigate(screen, params);
      }}
      save={async (input) => {
        const r = await def.create(command, input);
        if (!r.ok) return r.error;
        notify(`${screen}.saved`, { name: nameOf(r.value) });
        toList();
        navigate(screen, params, r.value.id);
        return null;
      }}
    />
  );
}
