import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceleratorFor, appCommands, menus, type AppCommand, type CommandId, type MenuName } from '../../../shared/shell/commands';
import { ariaKeyShortcut, formatAccelerator, isMac } from './accelerators';
import { useCommands } from './CommandsProvider';
import './menu-bar.css';

/** The browser host's menus: no desktop-only items, and shortcuts that leave the browser's own keys alone. */
const itemsOf = (menu: MenuName) =>
  (appCommands as readonly AppCommand[]).filter((c) => c.menu === menu && !c.desktopOnly).map((c) => ({ ...c, accelerator: acceleratorFor(c, 'browser') }));

/**
 * The browser host's in-page menu bar (WAI-ARIA menubar pattern): roving focus across the
 * top-level items, Enter/Space/↓ opens, ↑↓ Home End inside a menu, ←→ to the next menu,
 * Escape closes and returns focus. Electron draws its native menu instead.
 */
export function MenuBar() {
  const { t } = useTranslation();
  const { run, enabled, label } = useCommands();
  const mac = isMac();
  const [open, setOpen] = useState<MenuName | null>(null);
  const [active, setActive] = useState<MenuName>('file');
  const barRef = useRef<HTMLUListElement>(null);
  const topRefs = useRef(new Map<MenuName, HTMLButtonElement>());
  const itemRefs = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<'first' | 'last' | null>(null);

  // Focus the first/last item once a menu has opened.
  useEffect(() => {
    if (!open || !pendingFocus.current) return;
    const items = itemsOf(open);
    const target = pendingFocus.current === 'first' ? items[0] : items[items.length - 1];
    pendingFocus.current = null;
    if (target) itemRefs.current.get(target.id)?.focus();
  }, [open]);

  // Click outside closes.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!barRef.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const openMenu = (menu: MenuName, focus: 'first' | 'last' | null = 'first') => {
    pendingFocus.current = focus;
    setActive(menu);
    setOpen(menu);
  };
  const closeMenu = (refocus = true) => {
    const was = open;
    setOpen(null);
    if (refocus && was) topRefs.current.get(was)?.focus();
  };
  const sibling = (menu: MenuName, step: 1 | -1): MenuName => {
    const i = menus.indexOf(menu);
    return menus[(i + step + menus.length) % menus.length] ?? menu;
  };

  const onTopKey = (menu: MenuName) => (e: ReactKeyboardEvent) => {
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        e.preventDefault();
        const next = sibling(menu, e.key === 'ArrowRight' ? 1 : -1);
        setActive(next);
        topRefs.current.get(next)?.focus();
        if (open) openMenu(next, null);
        break;
      }
      case 'ArrowDown':
      case 'Enter':
      case ' ':
        e.preventDefault();
        openMenu(menu, 'first');
        break;
      case 'ArrowUp':
        e.preventDefault();
        openMenu(menu, 'last');
        break;
      case 'Home':
      case 'End': {
        e.preventDefault();
        const next = e.key === 'Home' ? menus[0] : menus[menus.length - 1];
        if (next) {
          setActive(next);
          topRefs.current.get(next)?.focus();
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          closeMenu();
        }
        break;
      default:
        break;
    }
  };

  const choose = (id: CommandId) => {
    if (!enabled(id)) return;
    closeMenu();
    run(id);
  };

  const onItemKey = (menu: MenuName, id: CommandId) => (e: ReactKeyboardEvent) => {
    const items = itemsOf(menu);
    const i = items.findIndex((c) => c.id === id);
    const focusAt = (j: number) => {
      const target = items[(j + items.length) % items.length];
      if (target) itemRefs.current.get(target.id)?.focus();
    };
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusAt(i + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focusAt(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusAt(0);
        break;
      case 'End':
        e.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        e.preventDefault();
        const next = sibling(menu, e.key === 'ArrowRight' ? 1 : -1);
        openMenu(next, 'first');
        break;
      }
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        closeMenu();
        break;
      case 'Tab':
        setOpen(null);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        choose(id as CommandId);
        break;
      default: {
        // Type-ahead: the first item whose label starts with the letter.
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const letter = e.key.toLocaleLowerCase();
          const order = [...items.slice(i + 1), ...items.slice(0, i + 1)];
          const hit = order.find((c) => t(`menu.${c.id}`).toLocaleLowerCase().startsWith(letter));
          if (hit) itemRefs.current.get(hit.id)?.focus();
        }
      }
    }
  };

  return (
    <ul className="menubar" role="menubar" aria-label={t('menu.label')} ref={barRef}>
      {menus.map((menu) => {
        const isOpen = open === menu;
        const menuId = `menu-${menu}`;
        return (
          <li key={menu} role="none" className="menubar__entry">
            <button
              type="button"
              role="menuitem"
              id={`${menuId}-button`}
              className={`menubar__top${isOpen ? ' is-open' : ''}`}
              aria-haspopup="menu"
              aria-expanded={isOpen}
              aria-controls={isOpen ? menuId : undefined}
              tabIndex={active === menu ? 0 : -1}
              ref={(el) => {
                if (el) topRefs.current.set(menu, el);
                else topRefs.current.delete(menu);
              }}
              onClick={() => (isOpen ? closeMenu(false) : openMenu(menu, null))}
              onMouseEnter={() => {
                if (open && open !== menu) openMenu(menu, null);
              }}
              onKeyDown={onTopKey(menu)}
            >
              {t(`menu.${menu}._`)}
            </button>
            {isOpen ? (
              <ul role="menu" id={menuId} className="menu" aria-labelledby={`${menuId}-button`}>
                {itemsOf(menu).map((c) => {
                  const disabled = !enabled(c.id as CommandId);
                  return [
                    c.separator ? <li key={`${c.id}-sep`} role="separator" className="menu__separator" /> : null,
                    <li key={c.id} role="none">
                      <button
                        type="button"
                        role="menuitem"
                        className="menu__item"
                        tabIndex={-1}
                        aria-disabled={disabled || undefined}
                        aria-keyshortcuts={c.accelerator ? ariaKeyShortcut(c.accelerator, mac) : undefined}
                        ref={(el) => {
                          if (el) itemRefs.current.set(c.id, el);
                          else itemRefs.current.delete(c.id);
                        }}
                        onClick={() => choose(c.id as CommandId)}
                        onKeyDown={onItemKey(menu, c.id as CommandId)}
                      >
                        <span className="menu__label">{label(c.id as CommandId)}</span>
                        {c.accelerator ? (
                          <span className="menu__shortcut" aria-hidden="true">
                            {formatAccelerator(c.accelerator, mac)}
                          </span>
                        ) : null}
                      </button>
                    </li>,
                  ];
                })}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
