import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, helixes } from '../../../../shared/schemas/enums';
import { formatCents, formatCount, formatPeriod } from '../../../../shared/domain/format';
import { useAppStore } from '../../store/context';
import { useLists } from '../../components/ListScreen';
import { HelixBadge, StatusBadge } from '../../components/Badges';
import { href } from '../../app/router';

/** A figure with its label, linking to the list that explains it. */
function FigureCard({ id, title, to, figure, children }: { id: string; title: string; to: string; figure: string | null; children?: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 className="card__title" id={id}>
        <a href={to}>{title}</a>
      </h2>
      <p className="card__figure">{figure ?? '…'}</p>
      {children}
    </section>
  );
}

export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  useLists('sectors', 'stakeholders', 'networks', 'actions');
  const plan = useAppStore((s) => s.planFile?.plan);
  const sectors = useAppStore((s) => s.sectors);
  const stakeholders = useAppStore((s) => s.stakeholders);
  const networks = useAppStore((s) => s.networks);
  const actions = useAppStore((s) => s.actions);

  const byHelix = useMemo(() => {
    const counts = Object.fromEntries(helixes.map((h) => [h, 0])) as Record<(typeof helixes)[number], number>;
    for (const s of stakeholders.items) counts[s.helix]++;
    return counts;
  }, [stakeholders.items]);
  const byStatus = useMemo(() => {
    const counts = Object.fromEntries(actionStatuses.map((s) => [s, 0])) as Record<(typeof actionStatuses)[number], number>;
    for (const a of actions.items) counts[a.status]++;
    return counts;
  }, [actions.items]);
  const money = useMemo(
    () =>
      actions.items.reduce(
        (sum, a) => ({ planned: sum.planned + a.plannedCents, committed: sum.committed + a.committedCents, spent: sum.spent + a.spentCents }),
        { planned: 0, committed: 0, spent: 0 },
      ),
    [actions.items],
  );

  if (!plan) return null;
  const ready = (l: { status: string }) => l.status === 'ready';
  const count = (l: { status: string; items: unknown[] }) => (ready(l) ? formatCount(l.items.length, lng) : null);
  const maxHelix = Math.max(1, ...Object.values(byHelix));
  const maxStatus = Math.max(1, ...Object.values(byStatus));

  return (
    <div className="screen">
      <header className="screen-head screen-head--plan">
        <div className="screen-head__text">
          <h1 className="screen-title">{plan.name}</h1>
          <dl className="meta">
            <div>
              <dt>{t('dashboard.region')}</dt>
              <dd>{plan.region}</dd>
            </div>
            <div>
              <dt>{t('dashboard.period')}</dt>
              <dd className="tabular">{formatPeriod(plan.periodStart, plan.periodEnd)}</dd>
            </div>
          </dl>
        </div>
      </header>

      <section className="vision" aria-labelledby="dash-vision">
        <h2 id="dash-vision" className="section-title">
          {t('dashboard.vision')}
        </h2>
        {plan.vision ? <p className="vision__text">{plan.vision}</p> : <p className="muted">{t('dashboard.noVision')}</p>}
      </section>

      <h2 className="visually-hidden">{t('dashboard.figures')}</h2>
      <div className="card-grid">
        <FigureCard id="dash-sectors" title={t('dashboard.sectors')} to={href('sectors')} figure={count(sectors)} />
        <FigureCard id="dash-networks" title={t('dashboard.networks')} to={href('networks')} figure={count(networks)} />
        <FigureCard id="dash-planned" title={t('dashboard.planned')} to={href('actions')} figure={ready(actions) ? formatCents(money.planned, lng, 0) : null}>
          <p className="card__sub">{t('dashboard.plannedHint')}</p>
          {ready(actions) ? (
            <ul className="card__facts tabular">
              <li>{t('dashboard.committed', { amount: formatCents(money.committed, lng, 0) })}</li>
              <li>{t('dashboard.spent', { amount: formatCents(money.spent, lng, 0) })}</li>
            </ul>
          ) : null}
        </FigureCard>

        <FigureCard id="dash-stakeholders" title={t('dashboard.stakeholders')} to={href('stakeholders')} figure={count(stakeholders)}>
          <h3 className="card__subtitle">{t('dashboard.byHelix')}</h3>
          <ul className="breakdown">
            {helixes.map((h) => (
              <li key={h}>
                <a className="breakdown__row" href={href('stakeholders', { helix: h })}>
                  <HelixBadge helix={h} />
                  <span className="breakdown__bar" aria-hidden="true">
                    <span className={`breakdown__fill helix-fill--${h}`} style={{ width: `${(byHelix[h] / maxHelix) * 100}%` }} />
                  </span>
                  <span className="breakdown__count tabular">{formatCount(byHelix[h], lng)}</span>
                </a>
              </li>
            ))}
          </ul>
        </FigureCard>

        <FigureCard id="dash-actions" title={t('dashboard.actions')} to={href('actions')} figure={count(actions)}>
          <h3 className="card__subtitle">{t('dashboard.byStatus')}</h3>
          <ul className="breakdown">
            {actionStatuses.map((s) => (
              <li key={s}>
                <a className="breakdown__row" href={href('actions', { status: s })}>
                  <StatusBadge status={s} />
                  <span className="breakdown__bar" aria-hidden="true">
                    <span className={`breakdown__fill status-fill--${s}`} style={{ width: `${(byStatus[s] / maxStatus) * 100}%` }} />
                  </span>
                  <span className="breakdown__count tabular">{formatCount(byStatus[s], lng)}</span>
                </a>
              </li>
            ))}
          </ul>
        </FigureCard>
      </div>
    </div>
  );
}
