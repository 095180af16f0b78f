import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api/use-queries';
import { href } from '../../app/router';
import { judgementText } from '../../../../shared/domain/statements/assessment';
import './assessment.css';

/** The Dashboard's tile: each criterion's judgement at a glance and the number of gaps, linking to the screen. */
export function AssessmentTile() {
  const { t } = useTranslation();
  const { data } = useChannel('assessment.get', {});
  if (!data) return null;
  const e = data.evidence;
  const judged = e.criteria.filter((c) => c.judgement !== null).length;
  return (
    <section className="assessment-tile" aria-labelledby="assessment-tile-title">
      <h2 className="section-title" id="assessment-tile-title">
        {t('assessment.tile.title')}
      </h2>
      <p className="assessment-tile__gaps">{e.gapCount === 0 ? t('assessment.tile.none') : t('assessment.tile.gaps', { count: e.gapCount })}</p>
      <p className="muted">{t('assessment.tile.judged', { done: judged })}</p>
      <ol className="assessment-tile__list">
        {e.criteria.map((c) => (
          <li key={c.criterion} data-judgement={c.judgement ?? 'none'}>
            <span className="assessment-tile__n">{c.criterion}</span>
            <span className="assessment-tile__text">{t(`assessment.criterion.${c.criterion}`)}</span>
            <span className={`badge assessment-tile__judgement assessment-tile__judgement--${c.judgement ?? 'none'}`}>{judgementText(c, t)}</span>
          </li>
        ))}
      </ol>
      <a href={href('assessment')}>{t('assessment.tile.open')}</a>
    </section>
  );
}
