import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexRows, queryRows } from '../../../shared/domain/list-query';
import { replaceRoute, navigate, type ScreenId, type Route } from '../app/router';
import type { ListKey } from '../store/types';
import { ListBody } from './ListBody';
import { useList } from '../api/use-queries';
import { VirtualGrid, type SortState, type VColumn } from './VirtualGrid';
import { CloseIcon, PlusIcon } from './icons';
import { ListFocusContext } from './list-focus';
import './master-detail.css';

export interface FilterDef<T> {
  /** The hash parameter: "helix" in #/stakeholders?helix=civil. */
  id: string;
  label: string;
  options: { value: string; label: string }[];
  test: (row: T, value: string) => boolean;
}

interface MasterDetailProps<T> {
  screen: ScreenId;
  route: Route;
  listKey: ListKey;
  rows: readonly T[];
  title: string;
  lead: string;
  /** "count.stakeholders": pluralised with {{count}}. */
  countKey: string;
  columns: VColumn<T>[];
  defaultSort: SortState;
  filters: FilterDef<T>[];
  searchTexts: (row: T) => readonly (string | null | undefined)[];
  rowKey: (row: T) => string;
  newLabel: string;
  empty: ReactNode;
  /** The detail pane for a selected id ('new' shows the add form). */
  detail: (id: string) => ReactNode;
  /** Buttons before New, given the rows on screen (search, filters and sort applied): Export. */
  headActions?: (shown: readonly T[]) => ReactNode;
}

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

/** Ctrl+Alt+N anywhere on a list screen, N while the list has focus: the list's New. */
export const NEW_SHORTCUT = { key: 'N', aria: 'N Control+Alt+N', label: 'Ctrl+Alt+N' } as const;

/**
 * A list screen: the list on the left (search, filters, sortable virtualised grid, the count),
 * the selected item's detail on the right; the selection, search, filters and sort live in
 * the hash (#/stakeholders/<id>?helix=civil&q=kotka) so reload keeps the place.
 */
export function MasterDetail<T>(props: MasterDetailProps<T>) {
  const { screen, route, listKey, rows, title, lead, countKey, columns, defaultSort, filters, searchTexts, rowKey, newLabel, empty, detail } = props;
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const status = useList(listKey).status;
  const newRef = useRef<HTMLButtonElement>(null);
  const params = route.params;
  const search = params.get('q') ?? '';
  const sortColumn = params.get('sort');
  const sort: SortState = sortColumn && columns.some((c) => c.id === sortColumn) ? { column: sortColumn, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' } : defaultSort;
  const active = filters.map((f) => ({ f, value: params.get(f.id) })).filter((x): x is { f: FilterDef<T>; value: string } => !!x.value && x.f.options.some((o) => o.value === x.value));

  // Search keys (a row's texts with translated labels, folded) only once a search is typed:
  // for 10,000 stakeholders they are 0.1 s of opening the list, most of it translating labels.
  const searching = search.trim() !== '';
  const indexed = useMemo(() => (searching ? indexRows(rows, searchTexts) : rows.map((row) => ({ row, key: '' }))), [rows, searchTexts, searching]);
  // Filters and sort live in the hash: its text is what the rows shown depend on.
  const paramsKey = params.toString();
  const shown = useMemo(() => {
    const col = columns.find((c) => c.id === sort.column);
    return queryRows(indexed, {
      search,
      filter: active.length ? (row) => active.every(({ f, value }) => f.test(row, value)) : undefined,
      sort: col?.sortValue ? { value: col.sortValue, direction: sort.direction } : null,
      language: lng,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [indexed, search, paramsKey, columns, lng]);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    replaceRoute(screen, next, route.id);
  };
  const openNew = () => navigate(screen, params, 'new');

  // Back to the list after a save: the list section at once (N works there), then the grid on
  // the selected row once that row is shown (a new item arrives with the refetch after its save).
  const listRef = useRef<HTMLElement>(null);
  const focusPending = useRef(false);
  const [focusAsked, setFocusAsked] = useState(0);
  const returnToList = useCallback(() => {
    listRef.current?.focus();
    focusPending.current = true;
    setFocusAsked((n) => n + 1);
  }, []);
  const selectedShown = !route.id || shown.some((r) => rowKey(r) === route.id);
  useEffect(() => {
    if (!focusPending.current || !selectedShown) return;
    const grid = listRef.current?.querySelector<HTMLElement>('.vgrid');
    if (!grid) return;
    const here = document.activeElement;
    // Still in the closing pane or its dialog (a delete): wait for the next render.
    if (here?.closest('.md__detail, dialog[open]')) return;
    focusPending.current = false;
    // Only if the user has not moved on meanwhile.
    if (!here || here === document.body || here === listRef.current) grid.focus();
  }, [focusAsked, selectedShown, shown, route.id]);

  // Ctrl+Alt+N: New, from anywhere on this screen (not while a dialog is open).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && !e.metaKey && e.key.toLowerCase() === 'n' && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        navigate(screen, new URLSearchParams(location.hash.split('?')[1] ?? ''), 'new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen]);

  const onListKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key.toLowerCase() === 'n' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target)) {
      e.preventDefault();
      openNew();
    }
  };

  const total = t(countKey, { count: rows.length });
  const count = status !== 'ready' ? null : shown.length === rows.length ? total : t('common.countShown', { total, shown: shown.length });

  return (
    <div className="screen screen--md">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{title}</h1>
          <p className="screen-lead">{lead}</p>
        </div>
        <div className="screen-head__actions">
          {props.headActions?.(shown)}
          <button ref={newRef} type="button" className="button button--primary" aria-keyshortcuts={NEW_SHORTCUT.aria} title={t('list.newShortcut', { keys: NEW_SHORTCUT.label })} onClick={openNew}>
            <PlusIcon size={16} />
            {newLabel}
            <kbd className="kbd-hint" aria-hidden="true">
              {NEW_SHORTCUT.key}
            </kbd>
          </button>
        </div>
      </header>
      <div className={`md${route.id ? '' : ' md--empty'}`}>
        <section ref={listRef} className="md__list" aria-label={t('list.listOf', { title })} onKeyDown={onListKey} tabIndex={-1}>
          <div className="list-tools">
            <div className="list-tools__search">
              <label className="visually-hidden" htmlFor={`${screen}-search`}>
                {t('list.search')}
              </label>
              <input
                id={`${screen}-search`}
                className="input input--search"
                type="search"
                placeholder={t('list.searchPlaceholder')}
                value={search}
                onChange={(e) => setParam('q', e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown') {
                    e.preventDefault();
                    (document.querySelector(`#${screen}-grid .vgrid`) as HTMLElement | null)?.focus();
                  }
                }}
              />
            </div>
            {filters.map((f) => (
              <label key={f.id} className={`filter${params.get(f.id) ? ' is-on' : ''}`}>
                <span className="filter__label">{f.label}</span>
                <select className="filter__select" value={params.get(f.id) ?? ''} onChange={(e) => setParam(f.id, e.target.value || null)}>
                  <option value="">{t('list.all')}</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {active.length > 0 ? (
            <div className="filter-bar">
              {active.map(({ f, value }) => (
                <span key={f.id} className="chip">
                  {f.label}: {f.options.find((o) => o.value === value)?.label}
                  <button type="button" className="chip__clear" aria-label={t('list.removeFilter', { filter: f.label })} onClick={() => setParam(f.id, null)}>
                    <CloseIcon size={14} />
                  </button>
                </span>
              ))}
            </div>
          ) : null}
          <p className="list-count" aria-live="polite">
            {count}
          </p>
          <div id={`${screen}-grid`} className="md__grid">
            <ListBody listKey={listKey} isEmpty={rows.length === 0} empty={empty}>
              {shown.length === 0 ? (
                <p className="empty-state">{t('list.noMatches')}</p>
              ) : (
                <VirtualGrid
                  label={title}
                  columns={columns}
                  rows={shown}
                  rowKey={rowKey}
                  selectedId={route.id}
                  sort={sort}
                  onSort={(s) => {
                    const next = new URLSearchParams(params);
                    next.set('sort', s.column);
                    next.set('dir', s.direction);
                    replaceRoute(screen, next, route.id);
                  }}
                  onOpen={(row) => navigate(screen, params, rowKey(row))}
                />
              )}
            </ListBody>
          </div>
        </section>
        <section className="md__detail" aria-label={t('list.detailPane')}>
          <ListFocusContext.Provider value={returnToList}>{route.id ? detail(route.id) : <p className="muted md__placeholder">{t('list.choose')}</p>}</ListFocusContext.Provider>
        </section>
      </div>
    </div>
  );
}
