import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { importFields, type ImportTarget } from '../../../../shared/domain/import/fields';
import type { ListFilterSchema } from '../../../../shared/schemas/import';
import {
  actionStatuses, actionTypes, engagementLevels, fundingKinds, helixes, indicatorKinds, memberships, networkScopes, stakeholderSizes, stakeholderTypes,
} from '../../../../shared/schemas/enums';
import { useApi } from '../../store/context';
import { ChevronDownIcon } from '../../components/icons';
import { exportLanguage, useExportTo, type ExportFormat } from './save';

const enumGroups: Record<string, readonly string[]> = {
  helix: helixes, stakeholderType: stakeholderTypes, size: stakeholderSizes, engagement: engagementLevels, scope: networkScopes,
  membership: memberships, actionType: actionTypes, status: actionStatuses, fundingKind: fundingKinds, indicatorKind: indicatorKinds,
};

/** Column headers of a list in the UI language (the import step matches them back). */
export function exportHeaders(t: TFunction, list: ImportTarget): Record<string, string> {
  return Object.fromEntries(importFields[list].map((f) => [f.key, t(`import.field.${list}.${f.key}`)]));
}

/** Enum words in the UI language, keyed "helix.business". */
export function exportValueLabels(t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [group, codes] of Object.entries(enumGroups)) for (const code of codes) out[`${group}.${code}`] = t(`${group}.${code}`);
  return out;
}

/**
 * "Export" beside a list's New button: the rows on screen (search and filters applied, in
 * their order) to CSV or XLSX, headers and enum words in the UI language.
 */
export function ExportMenu({ list, ids, filter }: { list: ImportTarget; ids: readonly string[]; filter?: z.input<typeof ListFilterSchema> }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { exportTo, dialog } = useExportTo();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const run = (format: ExportFormat) => {
    setOpen(false);
    buttonRef.current?.focus();
    const name = `${t(`import.export.fileNames.${list}`)}.${format}`;
    exportTo(format, name, (path, overwrite) =>
      api.call('export.list', {
        list, path, format, language: exportLanguage(i18n.language), ids: [...ids], filter: filter ?? {},
        headers: exportHeaders(t, list), valueLabels: exportValueLabels(t), overwrite,
      }),
    );
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('import.export.menuLabel', { list: t(`import.export.lists.${list}`) })}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('import.export.button')}
        <ChevronDownIcon size={14} />
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" className="menu export-menu__list" aria-label={t('import.export.button')} onKeyDown={onMenuKey}>
          <button type="button" role="menuitem" className="menu__item" tabIndex={-1} onClick={() => run('csv')}>
            {t('import.export.csv')}
          </button>
          <button type="button" role="menuitem" className="menu__item" tabIndex={-1} onClick={() => run('xlsx')}>
            {t('import.export.xlsx')}
          </button>
        </div>
      ) : null}
      {dialog}
    </div>
  );
}
