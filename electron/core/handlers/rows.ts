// The update and delete handlers the edited entities share: how an update names its undo step
// and answers, and how a delete answers. Written once so each entity's file lists only what
// is its own.
import type { CoreContext } from '../context';
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
