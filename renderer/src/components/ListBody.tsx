import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useList } from '../api/use-queries';
import type { ListKey } from '../store/types';
import { ErrorNotice } from './ErrorNotice';

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
