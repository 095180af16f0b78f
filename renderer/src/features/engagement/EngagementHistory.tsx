import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementLevels, type EngagementLevel } from '../../../../shared/schemas/enums';
import type { EngagementChange } from '../../../../shared/schemas/engagement';
import type { AppError } from '../../../../shared/contract/errors';
import { formatDate } from '../../../../shared/domain/format';
import { readDate } from '../../../../shared/domain/dates';
import { describeReadProblem } from '../../errors/read-problem';
import { useChannel, useListItems } from '../../api/use-queries';
import { useAppStore } from '../../store/context';
import { DateInput } from '../../components/DateInput';
import { ErrorNotice } from '../../components/ErrorNotice';

/** One recorded change: its level and date are edited in place, each edit one undo step. */
function ChangeRow({ change, sectorName, latest }: { change: EngagementChange; sectorName: string; latest: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const command = useAppStore((s) => s.command);
  const [date, setDate] = useState(formatDate(change.changedOn, lng));
  const [seen, setSeen] = useState(change.changedOn);
  if (seen !== change.changedOn) {
    setSeen(change.changedOn);
    setDate(formatDate(change.changedOn, lng));
  }
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const send = async (input: { changedOn?: string; level?: EngagementLevel | null }) => {
    const reply = await command('engagement.updateChange', { id: change.id, ...input });
    setError(reply.ok ? null : reply.error);
  };
  const remove = async () => {
    const reply = await command('engagement.deleteChange', { id: change.id });
    setError(reply.ok ? null : reply.error);
  };
  const dateId = `change-date-${change.id}`;
  const when = formatDate(change.changedOn, lng);
  return (
    <tr className={latest ? 'history-row is-latest' : 'history-row'}>
      <th scope="row">{sectorName}</th>
      <td>
        <select
          className={`input select engagement-select${change.level ? ` level--${change.level}` : ''}`}
          aria-label={t('engagementGrid.history.levelFor', { sector: sectorName, date: when })}
          value={change.level ?? ''}
          onChange={(e) => void send({ level: (e.target.value || null) as EngagementLevel | null })}
        >
          <option value="">{t('engagementGrid.history.ended')}</option>
          {engagementLevels.map((l, i) => (
            <option key={l} value={l}>{`${i + 1}. ${t(`engagement.${l}`)}`}</option>
          ))}
        </select>
      </td>
      <td>
        <DateInput
          id={dateId}
          aria-label={t('engagementGrid.history.dateFor', { sector: sectorName, date: when })}
          {...(dateError ? { 'aria-invalid': true as const, 'aria-describedby': `${dateId}-error` } : {})}
          value={date}
          onChange={setDate}
          onBlur={() => {
            const r = readDate(date, lng);
            setDateError(r.ok ? (r.value ? null : t('engagementGrid.history.dateRequired')) : describeReadProblem(t, r.problem, lng));
            if (r.ok && r.value && r.value !== change.changedOn) void send({ changedOn: r.value });
          }}
        />
        {dateError ? (
          <p className="field__error" id={`${dateId}-error`}>
            {dateError}
          </p>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
      </td>
      <td>
        {latest ? <span className="history-row__current">{t('engagementGrid.history.current')}</span> : null}
        <button type="button" className="button button--small" aria-label={t('engagementGrid.history.delete', { sector: sectorName, date: when })} onClick={() => void remove()}>
          {t('engagementGrid.history.deleteShort')}
        </button>
      </td>
    </tr>
  );
}

/**
 * A stakeholder's engagement over time, per sector: every recorded change, editable (level,
 * date) and deletable. The latest change per sector is the current engagement (the core derives
 * it: syncEngagement), marked "current" here.
 */
export function EngagementHistory({ stakeholderId, headingId }: { stakeholderId: string; headingId: string }) {
  const { t } = useTranslation();
  const { data, error } = useChannel('engagement.history', { stakeholderId });
  const sectors = useListItems('sectors');
  const nameOf = (id: string) => sectors.find((s) => s.id === id)?.name ?? '';
  const changes = data ?? [];
  // Changes come per sector in the order they took effect: the last of each sector is current.
  const latest = new Set(changes.filter((c, i) => changes[i + 1]?.sectorId !== c.sectorId).map((c) => c.id));
  return (
    <section className="related engagement-history" aria-labelledby={headingId}>
      <h3 className="related__title" id={headingId}>
        {t('engagementGrid.history.title')}
      </h3>
      <p className="field__hint">{t('engagementGrid.history.hint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {data && changes.length === 0 ? <p className="muted">{t('engagementGrid.history.empty')}</p> : null}
      {changes.length > 0 ? (
        <table className="table table--plain table--edit">
          <caption className="visually-hidden">{t('engagementGrid.history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('engagementGrid.history.sector')}</th>
              <th scope="col">{t('engagementGrid.history.level')}</th>
              <th scope="col">{t('engagementGrid.history.date')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('engagementGrid.history.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <ChangeRow key={c.id} change={c} sectorName={nameOf(c.sectorId)} latest={latest.has(c.id)} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
