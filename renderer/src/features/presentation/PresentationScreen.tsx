import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate, type Route } from '../../app/router';
import { presentHref } from './href';
import { buildSlides, useAgenda, useCaptures } from './use-present';
import { useShowState, type ShowState } from './sync';
import { ScaledSlide, Slide } from './Slide';
import { CapturePanel, captureKeys, type CaptureMode } from './CapturePanel';
import { FitWarning } from './FitWarning';
import './presentation.css';
import { useListItems } from '../../api/use-queries';

export type Role = 'audience' | 'presenter' | 'single';

/** The present route for a workshop and a window role ("#/present/<id>?role=presenter"). */

const isEditable = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

function requestFullscreen() {
  const el = document.documentElement;
  if (document.fullscreenElement || !el.requestFullscreen) return;
  el.requestFullscreen().catch(() => {
    /* not allowed here (no user gesture, or the browser host in a test): the window is enough */
  });
}

function leaveFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s) % 60).padStart(2, '0')}`;

/** Time since the start, time on this slide, and this slide's share of the session's minutes. */
function Timer({ show, count }: { show: ShowState; count: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const total = Math.max(0, (now - show.startedAt) / 1000);
  const slide = Math.max(0, (now - show.slideStartedAt) / 1000);
  const budget = show.minutes > 0 && count > 0 ? (show.minutes * 60) / count : 0;
  const over = budget > 0 && slide > budget;
  return (
    <div className="presenter__timers">
      <p className="presenter__timer" role="timer" aria-label={t('presentation.presenter.elapsed', { time: clock(total) })}>
        <span aria-hidden="true">{clock(total)}</span>
      </p>
      <p className={`presenter__slide-time${over ? ' is-over' : ''}`}>
        {budget ? t('presentation.presenter.slideTimeOf', { time: clock(slide), budget: clock(budget) }) : t('presentation.presenter.slideTime', { time: clock(slide) })}
      </p>
    </div>
  );
}

/** Chooses the workshop to present when F5 was pressed elsewhere than on a workshop. */
function ChooseWorkshop() {
  const { t } = useTranslation();
  const workshops = useListItems('workshops');
  return (
    <main className="present present--choose">
      <h1>{t('presentation.choose')}</h1>
      <ul>
        {workshops.map((w) => (
          <li key={w.id}>
            <a href={presentHref(w.id)}>{w.title}</a>
          </li>
        ))}
      </ul>
      <a href={href('workshops')}>{t('presentation.back')}</a>
    </main>
  );
}

export function PresentationScreen({ route }: { route: Route }) {
  if (!route.id) return <ChooseWorkshop />;
  const role = route.params.get('role');
  return <Presentation key={route.id} workshopId={route.id} role={role === 'presenter' || role === 'audience' ? role : 'single'} />;
}

function Presentation({ workshopId, role }: { workshopId: string; role: Role }) {
  const { t } = useTranslation();
  const workshop = useListItems('workshops').find((w) => w.id === workshopId);
  const agenda = useAgenda(workshopId);
  const captures = useCaptures(workshopId);
  const slides = useMemo(() => buildSlides(agenda ?? [], captures ?? []), [agenda, captures]);
  const [show, setShow] = useShowState(workshopId);
  const [capture, setCapture] = useState<CaptureMode | null>(null);
  const [typed, setTyped] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const count = slides.length;
  const index = Math.min(show.index, Math.max(0, count - 1));
  const current = slides[index] ?? null;
  const next = slides[index + 1] ?? null;

  // The presentation's own theme (high contrast), and full screen where the browser allows it.
  useEffect(() => {
    document.documentElement.classList.add('presenting');
    if (role !== 'presenter') requestFullscreen();
    return () => document.documentElement.classList.remove('presenting');
  }, [role]);

  const go = useCallback((to: number) => setShow({ index: Math.max(0, Math.min(count - 1, to)), blank: false }), [count, setShow]);

  const leave = useCallback(() => {
    leaveFullscreen();
    if (role !== 'single' && window.opener) window.close();
    else navigate('workshops', undefined, workshopId);
  }, [role, workshopId]);

  const openPresenter = useCallback(() => {
    window.open(presentHref(workshopId, 'presenter'), `s3-presenter-${workshopId}`, 'popup,width=1280,height=800');
  }, [workshopId]);

  const keyState = useRef({ typed, show, index, count, capture });
  // Before the browser paints: a key pressed right after the capture panel closed (its "saved"
  // on screen) must not still find the panel open and be dropped.
  useLayoutEffect(() => {
    keyState.current = { typed, show, index, count, capture };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keyState.current;
      if (k.capture || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isEditable(document.activeElement)) return;
      // A blank screen comes back with any key, which does nothing else.
      if (k.show.blank) {
        e.preventDefault();
        setShow({ blank: false });
        return;
      }
      const key = e.key;
      if (/^[0-9]$/.test(key)) {
        e.preventDefault();
        setTyped((s) => (s + key).slice(-3));
        return;
      }
      if (key === 'Enter' && k.typed) {
        e.preventDefault();
        go(Number(k.typed) - 1);
        setTyped('');
        return;
      }
      if (k.typed && key !== 'Shift') setTyped('');
      const lower = key.toLowerCase();
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'].includes(key)) go(k.index + 1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'].includes(key)) go(k.index - 1);
      else if (key === 'Home') go(0);
      else if (key === 'End') go(k.count - 1);
      else if (key === 'Escape') leave();
      else if (lower === 'b' || key === '.') setShow({ blank: true });
      else if (lower === 'h') setShow((s) => ({ publicMode: !s.publicMode }));
      else if (lower === 'w' && !e.shiftKey) openPresenter();
      else if (captureKeys[lower]) setCapture(captureKeys[lower]!);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, leave, openPresenter, setShow]);

  const onSaved = (mode: CaptureMode) => {
    setCapture(null);
    setSaved(t(`presentation.capture.saved.${mode}`));
    setTimeout(() => setSaved(null), 4000);
  };

  if (agenda === null || captures === null) {
    return (
      <main className="present present--empty">
        <p role="status">{t('presentation.loading')}</p>
      </main>
    );
  }
  const title = workshop?.title ?? '';
  if (!current) {
    return (
      <main className="present present--empty">
        <h1>{t('presentation.emptyTitle')}</h1>
        <p>{t('presentation.emptyBody')}</p>
        <a href={href('workshops', undefined, workshopId)}>{t('presentation.back')}</a>
      </main>
    );
  }

  const panel = capture ? <CapturePanel mode={capture} workshopId={workshopId} item={current.item} onClose={() => setCapture(null)} onSaved={onSaved} /> : null;
  const status = (
    <p className="present__status" role="status">
      {typed ? t('presentation.goTo', { n: typed }) : (saved ?? '')}
    </p>
  );

  if (role === 'presenter') {
    return (
      <main className="presenter" aria-label={t('presentation.presenter.label')}>
        <div className="presenter__current">
          <h2 className="presenter__label">{t('presentation.presenter.current', { n: index + 1, count })}</h2>
          <div className={`presenter__frame${show.blank ? ' is-blank' : ''}`}>
            <ScaledSlide spec={current} index={index} count={count} publicMode={show.publicMode} workshopTitle={title} id="current" />
          </div>
          {current.kind === 'chart' ? <FitWarning item={current.item} position={agenda.findIndex((a) => a.id === current.item.id)} /> : null}
          <h2 className="presenter__label">{t('presentation.presenter.notes')}</h2>
          <div className="presenter__notes" tabIndex={0}>
            {current.kind === 'voteResult' ? '' : current.item.notes || t('presentation.presenter.noNotes')}
          </div>
        </div>
        <aside className="presenter__side">
          <Timer show={show} count={count} />
          <label className="presenter__minutes">
            {t('presentation.presenter.minutes')}
            <input type="number" min={0} max={600} value={show.minutes || ''} onChange={(e) => setShow({ minutes: Math.max(0, Math.min(600, Number(e.target.value) || 0)) })} />
          </label>
          <h2 className="presenter__label">{next ? t('presentation.presenter.next') : t('presentation.presenter.last')}</h2>
          <div className="presenter__frame presenter__frame--next">
            {next ? <ScaledSlide spec={next} index={index + 1} count={count} publicMode={show.publicMode} workshopTitle={title} id="next" /> : null}
          </div>
          <h2 className="presenter__label" id="presenter-agenda">
            {t('presentation.presenter.agenda')}
          </h2>
          <ol className="presenter__agenda" aria-labelledby="presenter-agenda">
            {slides.map((sl, i) => (
              <li key={sl.key} aria-current={i === index ? 'step' : undefined}>
                <button type="button" onClick={() => go(i)}>
                  <span className="presenter__agenda-n">{i + 1}</span>
                  <span>{sl.kind === 'voteResult' ? t('presentation.presenter.result', { title: sl.item.title }) : sl.item.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </aside>
        <div className="presenter__controls" role="toolbar" aria-label={t('presentation.presenter.controls')}>
          <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t('presentation.presenter.prev')}
          </button>
          <button type="button" className="button button--primary" onClick={() => go(index + 1)} disabled={index >= count - 1}>
            {t('presentation.presenter.nextButton')}
          </button>
          <button type="button" className="button" aria-pressed={show.blank} onClick={() => setShow((s) => ({ blank: !s.blank }))}>
            {t('presentation.presenter.blank')}
          </button>
          <label className="presenter__switch">
            <input type="checkbox" checked={show.publicMode} onChange={(e) => setShow({ publicMode: e.target.checked })} />
            {t('presentation.presenter.public')}
          </label>
          {(['decision', 'stakeholder', 'engagement', 'vote'] as const).map((m) => (
            <button key={m} type="button" className="button" onClick={() => setCapture(m)} disabled={m === 'vote' && current.item.kind !== 'vote'}>
              {t(`presentation.capture.button.${m}`)}
            </button>
          ))}
          <button type="button" className="button" onClick={() => setShow({ startedAt: Date.now(), slideStartedAt: Date.now() })}>
            {t('presentation.presenter.resetTimer')}
          </button>
          <button type="button" className="button" onClick={leave}>
            {t('presentation.presenter.close')}
          </button>
        </div>
        {status}
        {panel}
      </main>
    );
  }

  return (
    <main className={`present${show.blank ? ' is-blank' : ''}`} aria-label={t('presentation.label', { title })}>
      {show.blank ? (
        <p className="present__blank" aria-label={t('presentation.blanked')} role="status" />
      ) : (
        <Slide spec={current} index={index} count={count} publicMode={show.publicMode} workshopTitle={title} id="slide" />
      )}
      {status}
      {panel}
    </main>
  );
}

export type { ShowState };
