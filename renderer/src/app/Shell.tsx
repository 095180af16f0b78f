import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useAppStore } from '../store/context';
import { MenuBar } from '../commands/MenuBar';
import { fileName } from '../commands/dialogs';
import { ErrorNotice } from '../components/ErrorNotice';
import { SidebarIcon } from '../components/icons';
import { navItems } from './nav';
import { href, type ScreenId } from './router';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { stepName } from '../errors/describe';
import { usePrefetchLists } from '../api/use-queries';
import { formatTime } from '../../../shared/domain/format';
import './shell.css';

const SIDEBAR_KEY = 's3.sidebarCollapsed';

function Sidebar({ current }: { current: ScreenId }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(SIDEBAR_KEY) === '1');
  useEffect(() => localStorage.setItem(SIDEBAR_KEY, collapsed ? '1' : '0'), [collapsed]);
  return (
    <nav className={`sidebar${collapsed ? ' is-collapsed' : ''}`} aria-label={t('nav.label')}>
      <ul className="sidebar__list">
        {navItems.map(({ id, icon: Icon }) => (
          <li key={id} className={id === 'settings' ? 'sidebar__item sidebar__item--end' : 'sidebar__item'}>
            <a className="sidebar__link" href={href(id)} aria-current={id === current ? 'page' : undefined} title={collapsed ? t(`nav.${id}`) : undefined}>
              <Icon size={18} />
              <span className="sidebar__label">{t(`nav.${id}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="sidebar__toggle icon-button"
        aria-expanded={!collapsed}
        aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
        title={collapsed ? t('nav.expand') : t('nav.collapse')}
        onClick={() => setCollapsed((c) => !c)}
      >
        <SidebarIcon size={16} />
      </button>
    </nav>
  );
}

/** Transient messages ("Nothing to undo") in a polite live region. */
function StatusRegion() {
  const { t } = useTranslation();
  const visible = useAppStore((s) => s.notice);
  const clearNotice = useAppStore((s) => s.clearNotice);
  const undoStep = useAppStore((s) => s.undoStep);
  useEffect(() => {
    if (!visible) return;
    // A toast that offers Undo stays longer, so there is time to reach it.
    const timer = setTimeout(() => clearNotice(visible.id), visible.undoStep ? 10000 : 4000);
    return () => clearTimeout(timer);
  }, [visible, clearNotice]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {visible ? (
        <div className={`toast${visible.undoStep ? ' toast--action' : ''}`}>
          <span>{t(visible.text, visible.step ? { ...visible.values, step: stepName(t, visible.step) } : visible.values)}</span>
          {visible.undoStep ? (
            <button
              type="button"
              className="toast__button"
              onClick={() => {
                clearNotice(visible.id);
                void undoStep(visible.undoStep!);
              }}
            >
              {t('commands.undo')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** A quiet "Saved 14.32" once the open plan has been written in this session. */
function SavedStatus() {
  const { t, i18n } = useTranslation();
  const savedAt = useAppStore((s) => s.savedAt);
  return (
    <span className="topbar__saved" role="status">
      {savedAt === null ? null : t('feedback.saved', { time: formatTime(savedAt, i18n.language) })}
    </span>
  );
}

function TopBar() {
  const { t } = useTranslation();
  const api = useApi();
  const planFile = useAppStore((s) => s.planFile);
  return (
    <header className="topbar">
      <span className="topbar__brand" aria-hidden="true">
        S3
      </span>
      {api.host === 'browser' ? <MenuBar /> : null}
      <div className="topbar__plan">
        {planFile ? (
          <>
            <span className="topbar__name" title={planFile.plan.name}>
              {planFile.plan.name}
            </span>
            <span className="topbar__file" title={t('topbar.filePath', { path: planFile.path })}>
              {fileName(planFile.path)}
            </span>
            {planFile.isExample ? (
              <span className="badge" title={t('app.exampleBadgeHint')}>
                {t('app.exampleBadge')}
              </span>
            ) : null}
            {planFile.readOnly ? (
              <span className="badge" title={t(`planFile.banner.${planFile.readOnly}`)}>
                {t('planFile.readOnlyBadge')}
              </span>
            ) : null}
            <SavedStatus />
          </>
        ) : (
          <span className="topbar__file">{t('topbar.noPlan')}</span>
        )}
      </div>
      <LanguageSwitch />
    </header>
  );
}

/** Skip link → main; does not touch the hash (the hash is the route). */
function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        target.current?.focus();
      }}
    >
      {t('app.skipLink')}
    </a>
  );
}

export function Shell({ current, withNav, children }: { current: ScreenId; withNav: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const alert = useAppStore((s) => s.alert);
  const showAlert = useAppStore((s) => s.showAlert);
  const planFile = useAppStore((s) => s.planFile);
  usePrefetchLists(withNav);

  // Window title: "<plan name> — <file name> [Read-only] — S3 Planner".
  useEffect(() => {
    const file = planFile ? `${fileName(planFile.path)}${planFile.readOnly ? ` [${t('planFile.readOnlyBadge')}]` : ''}` : '';
    document.title = planFile ? `${planFile.plan.name} — ${file} — ${t('app.name')}` : t('app.name');
  }, [planFile, t]);

  return (
    <div className={`app${withNav ? '' : ' app--bare'}`}>
      <SkipLink target={mainRef} />
      <TopBar />
      <div className="app__body">
        {withNav ? <Sidebar current={current} /> : null}
        <main id="main" className="main" ref={mainRef} tabIndex={-1}>
          {alert ? <ErrorNotice className="app-alert" error={alert} onDismiss={() => showAlert(null)} /> : null}
          <ReadOnlyBanner />
          {children}
        </main>
      </div>
      <StatusRegion />
    </div>
  );
}
