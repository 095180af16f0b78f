import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, intlLocale } from '../../../../../shared/domain/format';
import type { CaptureEntry } from '../../../../../shared/schemas/agenda';
import { href } from '../../../app/router';
import { useCaptures } from '../../presentation/use-present';

const time = (iso: string, lng: string) => new Date(iso).toLocaleString(intlLocale(lng), { dateStyle: 'short', timeStyle: 'short' });

/** One part of the log, left out when empty: a heading and an entry a line, each with its time. */
function LogPart({ kind, entries, when, children }: { kind: 'decisions' | 'changes' | 'votes'; entries: CaptureEntry[]; when: (e: CaptureEntry) => ReactNode; children: (e: CaptureEntry) => ReactNode }) {
  const { t } = useTranslation();
  if (!entries.length) return null;
  return (
    <>
      <h4>{t(`presentation.log.${kind}`)}</h4>
      <ul className="workshop-log__list" data-log={kind}>
        {entries.map((e) => (
          <li key={e.id}>
            {children(e)} <span className="muted">· {when(e)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

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
      <LogPart kind="decisions" entries={decisions} when={when}>
        {(e) => e.text}
      </LogPart>
      <LogPart kind="changes" entries={changes} when={when}>
        {(e) => {
          const level = e.data.level ? t(`engagement.${e.data.level}`) : '';
          const [before, after] = t(e.kind === 'stakeholder' ? 'presentation.log.newStakeholder' : 'presentation.log.engagement', { name: '\u0000', sector: e.sectorName ?? '', level }).split('\u0000');
          return (
            <>
              {before}
              {who(e)}
              {after}
              {e.text ? ` — ${e.text}` : ''}
            </>
          );
        }}
      </LogPart>
      <LogPart kind="votes" entries={votes} when={when}>
        {(e) => (
          <>
            <strong>{e.text}</strong>: {(e.data.votes ?? []).map((v) => `${v.option} ${formatCount(v.count, lng)}`).join(', ')}
          </>
        )}
      </LogPart>
    </section>
  );
}
