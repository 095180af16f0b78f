import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorRow } from '../../../../shared/schemas/sector';
import { formatCount } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { ListBody, ListScreen, useLists } from '../../components/ListScreen';
import { DataTable, type Column } from '../../components/DataTable';
import { PlusIcon } from '../../components/icons';
import { SectorForm } from './SectorForm';

export function SectorsScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('sectors');
  const sectors = useAppStore((s) => s.sectors);
  const notify = useAppStore((s) => s.notify);
  const [adding, setAdding] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);

  const columns = useMemo<Column<SectorRow>[]>(
    () => [
      {
        id: 'name',
        header: t('sectors.col.name'),
        rowHeader: true,
        sortValue: (r) => r.name,
        cell: (r) => (
          <span className="cell-stack">
            <span className="cell-strong">{r.name}</span>
            {r.description ? <span className="cell-sub">{r.description}</span> : null}
          </span>
        ),
      },
      { id: 'stakeholders', header: t('sectors.col.stakeholders'), numeric: true, sortValue: (r) => r.stakeholderCount, cell: (r) => formatCount(r.stakeholderCount, lng), width: '9rem' },
      { id: 'networks', header: t('sectors.col.networks'), numeric: true, sortValue: (r) => r.networkCount, cell: (r) => formatCount(r.networkCount, lng), width: '8rem' },
      { id: 'actions', header: t('sectors.col.actions'), numeric: true, sortValue: (r) => r.actionCount, cell: (r) => formatCount(r.actionCount, lng), width: '9rem' },
    ],
    [t, lng],
  );

  const done = (saved: string | null) => {
    setAdding(false);
    if (saved) notify('sectors.saved', { name: saved });
    requestAnimationFrame(() => addRef.current?.focus());
  };

  return (
    <ListScreen
      title={t('sectors.title')}
      lead={t('sectors.lead')}
      count={sectors.status === 'ready' ? t('count.sectors', { count: sectors.items.length }) : null}
      actions={
        <button ref={addRef} type="button" className="button button--primary" onClick={() => (adding ? document.getElementById('sector-new-name')?.focus() : setAdding(true))} aria-expanded={adding}>
          <PlusIcon size={16} />
          {t('sectors.add')}
        </button>
      }
    >
      {adding ? <SectorForm onDone={done} /> : null}
      <ListBody listKey="sectors" isEmpty={sectors.items.length === 0} empty={<p>{t('sectors.empty')}</p>}>
        <DataTable caption={t('sectors.title')} columns={columns} rows={sectors.items} rowKey={(r) => r.id} />
      </ListBody>
    </ListScreen>
  );
}
