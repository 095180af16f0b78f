import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelName, Input } from '../../../shared/contract/channels';
import { useChannel } from '../api/use-queries';
import type { AppError, Reply } from '../../../shared/contract/errors';
import type { ImpactEntity, Impact } from '../../../shared/schemas/impact';
import { useAppStore } from '../store/context';
import { navigate, type ScreenId } from '../app/router';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';
import { WarningIcon } from './icons';
import { prop } from './editor/fields';
import './detail.css';

type GetChannel = Extract<ChannelName, `${string}.get`>;

/** One item for the detail pane, from the query cache (fresh whenever a change touched what it reads). */
export function useDetail<C extends Exclude<GetChannel, 'plan.get' | 'dashboard.get'>>(channel: C, id: string) {
  const query = useAppStore((s) => s.query);
  const input = { id } as Input<C>;
  /** The stored version now, read past the cache (to overwrite after a conflict). */
  const fresh = async () => {
    const r = await query(channel, input);
    const at = r.ok ? prop(r.value, 'updatedAt') : null;
    return typeof at === 'string' ? at : null;
  };
  return { ...useChannel(channel, input), fresh };
}

/**
 * An edit session keeps the version the user started from. The form is not replaced when the
 * item changes elsewhere (another window saves it): the typing stays, a note says so, and
 * saving meets the conflict choice (useVersionedSave), since it sends that older version.
 */
export function useEditSession<T extends { updatedAt: string }>(data: T | null) {
  const [base, setBase] = useState<T | null>(null);
  return {
    base,
    start: () => {
      if (data) setBase(data);
    },
    stop: () => setBase(null),
    changedElsewhere: !!base && !!data && data.updatedAt !== base.updatedAt,
  };
}

/** The note above a form whose item was saved elsewhere meanwhile. */
export function EditedElsewhere({ entity }: { entity: string }) {
  const { t } = useTranslation();
  return (
    <div className="warning edited-elsewhere" role="status">
      <WarningIcon size={18} />
      <p>{t('history.editedElsewhere', { entity: t(`entity.${entity}`) })}</p>
    </div>
  );
}

/** Loading / gone / error states of a detail pane. */
export function DetailStatus({ error, entity, screen }: { error: AppError | null; entity: string; screen: ScreenId }) {
  const { t } = useTranslation();
  if (!error)
    return (
      <p className="muted loading" role="status">
        {t('common.loading')}
      </p>
    );
  if (error.kind === 'notFound' || error.kind === 'validation')
    return (
      <div className="detail-gone">
        <p>{t('detail.gone', { entity: t(`entity.${entity}`) })}</p>
        <button type="button" className="button" onClick={() => navigate(screen, new URLSearchParams(location.hash.split('?')[1] ?? ''))}>
          {t('detail.backToList')}
        </button>
      </div>
    );
  return <ErrorNotice error={error} />;
}

/** The header of a detail pane: kind, name, Edit and Delete. */
export function DetailHead({ kind, title, onEdit, onDelete, children }: { kind: string; title: string; onEdit: () => void; onDelete: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="detail__head">
      <p className="detail__kind">{kind}</p>
      <h2 className="detail__title" id="detail-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
      <div className="button-row detail__actions">
        <button type="button" className="button" onClick={onEdit}>
          {t('detail.edit')}
        </button>
        <button type="button" className="button button--danger-quiet" onClick={onDelete}>
          {t('detail.delete')}
        </button>
      </div>
    </header>
  );
}

export interface RelatedItem {
  id: string;
  href: string;
  label: string;
  extra?: ReactNode;
}

/** Related things as links, with a count; an empty list says so. */
export function Related({ title, items, empty, id }: { title: string; items: RelatedItem[]; empty: string; id: string }) {
  const { i18n } = useTranslation();
  return (
    <section className="related" aria-labelledby={id}>
      <h3 className="related__title" id={id}>
        {title} <span className="related__count tabular">{new Intl.NumberFormat(i18n.language).format(items.length)}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted related__empty">{empty}</p>
      ) : (
        <ul className="related__list">
          {items.map((item) => (
            <li key={item.id} className="related__item">
              <a href={item.href}>{item.label}</a>
              {item.extra ? <span className="related__extra">{item.extra}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A small definition list of facts. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {items.map(([k, v]) => (
        <div key={k} className="facts__row">
          <dt>{k}</dt>
          <dd>{v === '' || v === null || v === undefined ? <span className="muted">{t('common.none')}</span> : v}</dd>
        </div>
      ))}
    </dl>
  );
}

type DeleteChannel = Extract<ChannelName, `${string}.delete`>;

/**
 * Asks before deleting: lists what the delete removes, unlinks or is blocked by (plan.impact),
 * then deletes and offers Undo in a toast.
 */
export function DeleteDialog({
  entity,
  id,
  name,
  channel,
  onClose,
  onDeleted,
}: {
  entity: ImpactEntity;
  id: string;
  name: string;
  channel: DeleteChannel;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const query = useAppStore((s) => s.query);
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const [impact, setImpact] = useState<Impact | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void query('plan.impact', { entity, id }).then((r) => (r.ok ? setImpact(r.value) : setError(r.error)));
  }, [query, entity, id]);
  const blocked = impact?.effects.some((e) => e.effect === 'blocks') ?? false;
  const groups = (['removes', 'unlinks', 'blocks'] as const).map((effect) => ({ effect, items: impact?.effects.filter((e) => e.effect === effect) ?? [] })).filter((g) => g.items.length > 0);

  const confirm = async () => {
    setBusy(true);
    const reply = await command(channel, { id });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    notify('delete.done', { entity: t(`entity.${entity}`), name }, { undoStep: reply.step?.id ?? null });
    onDeleted();
  };

  return (
    <Dialog title={t('delete.title', { name })} onClose={onClose} size="sm" describedBy="delete-lead">
      <div className="stack">
        <p id="delete-lead">{impact ? (groups.length === 0 ? t('delete.nothingElse') : t('delete.lead')) : t('common.loading')}</p>
        {groups.map((g) => (
          <div key={g.effect} className={`impact impact--${g.effect}`}>
            <p className="impact__title">{t(`delete.effect.${g.effect}`)}</p>
            <ul>
              {g.items.map((e) => (
                <li key={e.what}>{t(`impact.${e.what}`, { count: e.count })}</li>
              ))}
            </ul>
          </div>
        ))}
        {error ? <ErrorNotice error={error} /> : null}
        {blocked ? <p>{t('delete.blocked')}</p> : null}
        <div className="form__buttons">
          <button type="button" className="button button--danger" disabled={!impact || blocked || busy} onClick={() => void confirm()}>
            {t('delete.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/**
 * Saves with the version the user loaded. When someone else saved in between (conflict), the
 * user chooses: take their version (reload) or overwrite it with this one.
 */
export function useVersionedSave<I>({
  entity,
  expectedUpdatedAt,
  send,
  fresh,
  onSaved,
  onReload,
}: {
  entity: string;
  expectedUpdatedAt: string;
  send: (input: I, expectedUpdatedAt: string) => Promise<Reply<unknown>>;
  /** The stored updatedAt now (for overwrite). */
  fresh: () => Promise<string | null>;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<I | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const save = async (input: I): Promise<AppError | null> => {
    const reply = await send(input, expectedUpdatedAt);
    if (reply.ok) {
      onSaved();
      return null;
    }
    if (reply.error.kind === 'conflict') {
      setPending(input);
      return null;
    }
    return reply.error;
  };
  const overwrite = async () => {
    if (pending === null) return;
    const at = await fresh();
    if (!at) return setError({ kind: 'notFound', entity, id: '' });
    const reply = await send(pending, at);
    if (reply.ok) {
      setPending(null);
      onSaved();
    } else setError(reply.error);
  };
  const dialog =
    pending !== null ? (
      <Dialog title={t('conflict.title')} onClose={() => setPending(null)} size="sm" describedBy="conflict-lead">
        <div className="stack">
          <p id="conflict-lead">{t('conflict.body', { entity: t(`entity.${entity}`) })}</p>
          {error ? <ErrorNotice error={error} /> : null}
          <div className="form__buttons">
            <button
              type="button"
              className="button"
              data-autofocus
              onClick={() => {
                setPending(null);
                onReload();
              }}
            >
              {t('conflict.reload')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void overwrite()}>
              {t('conflict.overwrite')}
            </button>
          </div>
        </div>
      </Dialog>
    ) : null;
  return { save, dialog };
}
