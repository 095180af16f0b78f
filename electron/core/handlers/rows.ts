// The update and delete handlers the edited entities share: how an update names its undo step
// and answers, and how a delete answers. Written once so each entity's file lists only what
// is its own.
import type { ParsedInput, Result } from '../../../shared/contract/channels';
import type { CoreContext } from '../context';
import type { Handlers } from './types';
import type { Db } from '../storage/connection';
import { deleteRow, updateLabel, type Entity } from '../storage/repos/versions';

/** What an update changed: its fields, and for entities with links whether those changed. */
type Changes = readonly string[] | { changed: readonly string[]; relationsChanged: boolean };

/**
 * An update: the repo writes it and says what changed (the step is "Undo rename …" when only
 * the name did); the answer is the row as it now is.
 */
export const updateHandler =
  <I extends { id: string }, R>(entity: Entity, update: (db: Db, input: I) => Changes, read: (db: Db, id: string) => R) =>
  (ctx: CoreContext, input: I): R => {
    const changes = update(ctx.db(), input);
    ctx.stepLabel = 'changed' in changes ? updateLabel(entity, changes.changed, changes.relationsChanged) : updateLabel(entity, changes);
    return read(ctx.db(), input.id);
  };

/** A delete: the row goes, with what depends on it, as one undo step; the answer is null. */
export const deleteHandler =
  (entity: Entity) =>
  (ctx: CoreContext, { id }: { id: string }): null => {
    deleteRow(ctx.db(), entity, id);
    return null;
  };

/** The entities whose five row channels (list, get, create, update, delete) are only their repo's reads and writes. */
type RowEntity = 'indicator' | 'network' | 'workshop' | 'stakeholder';
type RowChannel<E extends RowEntity> = `${E}.list` | `${E}.get` | `${E}.create` | `${E}.update` | `${E}.delete`;

/** What a row entity's repo offers: the list, the detail, the row, and its insert and update. */
export interface RowRepo<E extends RowEntity> {
  list: (db: Db) => Result<`${E}.list`>;
  detail: (db: Db, id: string) => Result<`${E}.get`>;
  get: (db: Db, id: string) => Result<`${E}.update`>;
  insert: (db: Db, input: ParsedInput<`${E}.create`>) => Result<`${E}.create`>;
  update: (db: Db, input: ParsedInput<`${E}.update`>) => Changes;
}

/** The five row channels of an entity, served by its repo. */
export function rowHandlers<E extends RowEntity>(entity: E, repo: RowRepo<E>): Handlers<RowChannel<E>> {
  const handlers: Record<string, (ctx: CoreContext, input: never) => unknown> = {
    [`${entity}.list`]: (ctx) => repo.list(ctx.db()),
    [`${entity}.get`]: (ctx, { id }: { id: string }) => repo.detail(ctx.db(), id),
    [`${entity}.create`]: (ctx, input: ParsedInput<`${E}.create`>) => repo.insert(ctx.db(), input),
    [`${entity}.update`]: updateHandler(entity, repo.update, repo.get),
    [`${entity}.delete`]: deleteHandler(entity),
  };
  // The keys are built from the entity's name, which TypeScript cannot follow: the repo's types check each handler.
  return handlers as unknown as Handlers<RowChannel<E>>;
}
