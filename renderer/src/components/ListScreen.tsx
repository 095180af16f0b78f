import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useList } from '../api/use-queries';
import type { ListKey } from '../store/types';
import { ErrorNotice } from './ErrorNotice';
import { CloseIcon } from './icons';

interface ListScreenProps {
  title: string;
  lead: string;
  /** "48 stakeholders" or "48 stakeholders, 12 shown". */
  count: string | null;
  actions?: ReactNode;
  filter?: { label: string; clearHref: string } | null;
  children: ReactNode;
}

/** The frame every list screen shares: h1, count, lead, actions at the top right, then the list. */
export function ListScreen({ title, lead, count, actions, filter, children }: ListScreenProps) {
  const { t } = useTranslation();
  return (
    <div className="screen screen--list">
      <header className="screen-head">
        <div className="screen-head__text">
          <h1 className="screen-title">{title}</h1>
          <p className="screen-lead">
            {count ? (
              <>
                <span className="screen-count" aria-live="polite">
                  {count}
                </span>
                <span aria-hidden="true"> · </span>
              </>
            ) : null}
            {lead}
          </p>
        </div>
        {actions ? <div className="screen-head__actions">{actions}</div> : null}
      </header>
      {filter ? (
        <div className="filter-bar">
          <span className="chip">
            {t('common.filteredBy', { filter: filter.label })}
            <a className="chip__clear" href={filter.clearHref} aria-label={t('common.clearFilter')} title={t('common.clearFilter')}>
              <CloseIcon size={14} />
            </a>
          </span>
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** Loading / error / empty / table for one list. */
export function ListBody({
  listKey,
  empty,
  isEmpty,
  children,
}: {
  listKey: ListKey;
  empty: ReactNode;
  isEmpty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { status, error, reload } = useList(listKey);
  if (status === 'idle' || status === 'loading') {
    return (
      <p className="muted loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (status === 'error' && error) {
    return (
      <div className="stack">
        <ErrorNotice error={error} />
        <div>
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (isEmpty) return <div className="empty-state">{empty}</div>;
  return <>{children}</>;
}
