import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Route } from '../../app/router';
import type { ListData } from '../../store/types';
import { useList } from '../../api/use-queries';
import { MasterDetail, type FilterDef } from '../MasterDetail';
import type { SortState, VColumn } from '../VirtualGrid';
import { NewItem } from './EditorPane';
import type { EditorDef, EditorEntity } from './define';
import type { Fields } from './fields';

type RowOf<E extends EditorEntity> = ListData[`${E}s`];

/**
 * A concept's list screen: its list (columns, filters, search), and beside it the selected
 * item's pane or the add form; titles, counts and the empty text come from `<screen>.*` keys.
 */
export function EditorScreen<E extends EditorEntity, F extends Fields, S extends z.ZodType>({
  def,
  route,
  pane: Pane,
  columns,
  filters,
  searchTexts,
  defaultSort,
  headActions,
}: {
  def: EditorDef<E, F, S>;
  route: Route;
  /** The screen's detail pane of one item (EditorPane with what the screen adds). */
  pane: ComponentType<{ id: string; params: URLSearchParams }>;
  columns: VColumn<RowOf<E>>[];
  filters: FilterDef<RowOf<E>>[];
  searchTexts: (row: RowOf<E>) => readonly (string | null | undefined)[];
  defaultSort: SortState;
  headActions?: (shown: readonly RowOf<E>[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const screen = `${def.entity}s` as const;
  const list = useList(screen);
  return (
    <MasterDetail
      screen={screen}
      route={route}
      listKey={screen}
      rows={list.items}
      title={t(`${screen}.title`)}
      lead={t(`${screen}.lead`)}
      countKey={`count.${screen}`}
      columns={columns}
      defaultSort={defaultSort}
      filters={filters}
      searchTexts={searchTexts}
      rowKey={(r) => r.id}
      {...(headActions ? { headActions } : {})}
      newLabel={t(`${screen}.add`)}
      empty={<p>{t(`${screen}.empty`)}</p>}
      detail={(id) => (id === 'new' ? <NewItem def={def} params={route.params} /> : <Pane key={id} id={id} params={route.params} />)}
    />
  );
}
