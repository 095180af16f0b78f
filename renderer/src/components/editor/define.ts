import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Reply } from '../../../../shared/contract/errors';
import type { Result } from '../../../../shared/contract/channels';
import type { AppStoreState } from '../../store/types';
import type { Fields, LayoutItem, Values } from './fields';

/** The concepts edited in a list screen; the screen is the plural (`sectors`), channels `<entity>.get` … */
export type EditorEntity = 'sector' | 'stakeholder' | 'network' | 'action' | 'indicator' | 'workshop';
export type Stored<E extends EditorEntity> = Result<`${E}.get`>;
type Command = AppStoreState['command'];

export interface FactContext {
  t: TFunction;
  lng: string;
}
/** A line of the read-only facts: a field shown its usual way, or a label key and what to show. */
export type Fact<E extends EditorEntity, F extends Fields> = (keyof F & string) | readonly [label: string, show: (stored: Stored<E>, c: FactContext) => ReactNode];

/** A form as data: its fields, their layout, and the schema its input is checked against. */
export interface FormDef<F extends Fields, S extends z.ZodType> {
  fields: F;
  layout: readonly LayoutItem<F>[];
  /** The channel's schema: the form checks against it as the user types, and sends what it gives. */
  schema: S;
}

export interface EditorDef<E extends EditorEntity, F extends Fields, S extends z.ZodType> extends FormDef<F, S> {
  entity: E;
  facts: readonly Fact<E, F>[];
  create: (command: Command, input: z.output<S>) => Promise<Reply<{ id: string; name: string } | { id: string; title: string }>>;
  update: (command: Command, id: string, expectedUpdatedAt: string, input: z.output<S>) => Promise<Reply<unknown>>;
  /** A new item's values from the list's parameters (#/stakeholders/new?helix=civil). */
  initial?: (params: URLSearchParams) => Partial<Values<F>>;
}

/** One editor definition per concept: it drives the form, the facts, the values both ways and the pane. */
export const defineEditor = <E extends EditorEntity, F extends Fields, S extends z.ZodType>(def: EditorDef<E, F, S>) => def;

export const defineForm = <F extends Fields, S extends z.ZodType>(def: FormDef<F, S>) => def;

/** The item's name as titles and notices show it. */
export const nameOf = (item: { name: string } | { title: string }) => ('name' in item ? item.name : item.title);
