import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../../shared/domain/format';
import type { CaptureEntry } from '../../../../../shared/schemas/agenda';
import { href } from '../../../app/router';
import { useCaptures } from '../../presentation/use-present';

const time = (iso: string, lng: string) => new Date(iso).toLocaleString(lng === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

/** After the workshop: what it decided, what it changed in the plan, how it voted. */
export function WorkshopLog({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const log = useCaptures(workshopId) ?? [];
  const decisions = log.filter((e) => e.kind === 'decision' || e.kind === 'outcome');
  const changes = log.filter((e) => e.kind === 'stakeholder' || e.kind === 'engagement');
  const votes = log.filter((e) => e.kind === 'vote');
  const who = (e: CaptureEntry) => (e.stakeholderId && e.stakeholderName ? <a href={href('stakeholders', undefined, e.stakeholderId)}>{e.stakeholderName}</a> : t('presentation.log.deleted'));
  const when = (e: CaptureEntry) => <time dateTime={e.recordedAt}>{time(e.recordedAt, lng)}</time>;
  return (
    <section className="workshop-log" aria-labelledby="workshop-log-title">
      <h3 id="workshop-log-title" className="related__title">
        {t('presentation.log.title')}
      </h3>
      {!log.length ? <p className="muted">{t('presentation.log.empty')}</p> : null}
      {decisions.length ? (
        <>
          <h4>{t('presentation.log.decisions')}</h4>
          <ul className="workshop-log__list" data-log="decisions">
            {decisions.map((e) => (
              <li key={e.id}>
                {e.text} <span className="muted">· {when(e)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changes.length ? (
        <>
          <h4>{t('presentation.log.changes')}</h4>
          <ul className="workshop-log__list" data-log="changes">
            {changes.map((e) => {
              const level = e.data.level ? t(`engagement.${e.data.level}`) : '';
              const [before, after] = t(e.kind === 'stakeholder' ? 'presentation.log.newStakeholder' : 'presentation.log.engagement', { name: '\u0000', sector: e.sectorName ?? '', level }).split('\u0000');
              return (
                <li key={e.id}>
                  {before}
                  {who(e)}
                  {after}
                  {e.text ? ` — ${e.text}` : ''} <span className="muted">· {when(e)}</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {votes.length ? (
        <>
          <h4>{t('presentation.log.votes')}</h4>
          <ul className="workshop-log__list" data-log="votes">
            {votes.map((e) => (
              <li key={e.id}>
                <strong>{e.text}</strong>: {(e.data.votes ?? []).map((v) => `${v.option} ${formatCount(v.count, lng)}`).join(', ')} <span className="muted">· {when(e)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
