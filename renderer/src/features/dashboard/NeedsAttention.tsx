import { attentionItems, nothingNeedsAttention } from '../../../../shared/domain/statements/attention';
import { ClockIcon, WarningIcon } from '../../components/icons';
import { href } from '../../app/router';
import type { ChartContext } from './common';

/** "Answer first": the gaps, late actions, overdue milestones and indicators behind, in words, each linking to its list. */
export function NeedsAttention({ c }: { c: ChartContext }) {
  const items = attentionItems(c).map((item) => ({ ...item, to: href(item.link.screen, item.link.params, item.link.id) }));
  const { t } = c;
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title" className="dash-section__title">
        {t('charts.attention.title')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{nothingNeedsAttention(c)}</p>
      ) : (
        <ul className="attention__list">
          {items.map((item) => (
            <li key={item.key} className={`attention__item attention__item--${item.icon}`}>
              {item.icon === 'gap' ? <WarningIcon size={18} className="icon attention__icon" /> : <ClockIcon size={18} className="icon attention__icon" />}
              <div>
                <a href={item.to} className="attention__link">
                  {item.text}
                </a>
                {item.detail?.length ? (
                  <ul className="attention__detail">
                    {item.detail.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
