import { useTranslation } from 'react-i18next';
import type { StakeholderRef } from '../../../../../shared/schemas/refs';
import { byHelix } from '../../../../../shared/domain/discovery';
import { formatCount } from '../../../../../shared/domain/format';
import { HelixBadge } from '../../../components/Badges';
import { href } from '../../../app/router';

/** Who took part, by helix: a count and the names in each, a helix nobody came from shown as a gap. */
export function ParticipantsByHelix({ participants }: { participants: StakeholderRef[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="related" aria-labelledby="workshop-participants">
      <h3 className="related__title" id="workshop-participants">
        {t('discovery.participantsByHelix')} <span className="related__count tabular">{formatCount(participants.length, i18n.language)}</span>
      </h3>
      {participants.length === 0 ? <p className="muted related__empty">{t('related.noParticipants')}</p> : null}
      <div className="helix-groups">
        {byHelix(participants).map(({ helix, people }) => (
          <div key={helix} className={`helix-group${people.length === 0 ? ' is-gap' : ''}`}>
            <h4 className="helix-group__title">
              <HelixBadge helix={helix} /> <span className="tabular">{formatCount(people.length, i18n.language)}</span>
            </h4>
            {people.length === 0 ? (
              <p className="gap-note">{t('related.helixGap')}</p>
            ) : (
              <ul className="related__list">
                {people.map((p) => (
                  <li key={p.id} className="related__item">
                    <a href={href('stakeholders', undefined, p.id)}>{p.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
