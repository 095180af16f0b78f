import { formatDate } from '../format';
import { lateByEndDate, type StatusSource } from '../action-status';
import type { ActionStatus } from '../../schemas/enums';
import type { Translate } from './translate';

/**
 * An action's status in words, the same in lists, detail views, the PDF and the timeline's
 * table: the derived status, and where it differs from what the officer typed, both —
 * "Running (late: ended 31.12.2023)".
 */
export function statusText(t: Translate, a: StatusSource & { derivedStatus: ActionStatus }, lng: string): string {
  const ended = lateByEndDate(a);
  return ended ? t('status.lateByEnd', { typed: t(`status.${a.status}`), date: formatDate(ended, lng) }) : t(`status.${a.derivedStatus}`);
}
