import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../store/context';
import { useCommands } from '../../commands/CommandsProvider';
import { RecentList } from '../../commands/dialogs';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FolderIcon, PlusIcon, SparkleIcon } from '../../components/icons';
import { navigate } from '../../app/router';
import './welcome.css';

/** No plan open: the first steps, and the plans used lately. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const { run } = useCommands();
  const recent = useAppStore((s) => s.appState?.recentFiles ?? []);
  const openPlan = useAppStore((s) => s.openPlan);
  const openExample = useAppStore((s) => s.openExample);
  const [error, setError] = useState<AppError | null>(null);

  const openRecent = async (path: string) => {
    setError(null);
    const reply = await openPlan(path);
    if (reply.ok) navigate('dashboard');
    // Open elsewhere: the commands' own flow asks read-only, a copy, or cancel.
    else if (reply.error.kind === 'file' && reply.error.reason === 'locked') run('file.openRecent', path);
    else setError(reply.error);
  };

  return (
    <div className="screen welcome">
      <h1 className="screen-title">{t('welcome.title')}</h1>
      <p className="welcome__lead">{t('welcome.lead')}</p>
      <p className="muted">{t('welcome.noPlan')}</p>
      <div className="welcome__actions">
        <button type="button" className="welcome__action" onClick={() => run('file.new')}>
          <PlusIcon size={20} />
          <span className="welcome__action-label">{t('welcome.new')}</span>
          <span className="welcome__action-hint">{t('welcome.newHint')}</span>
        </button>
        <button type="button" className="welcome__action" onClick={() => run('file.open')}>
          <FolderIcon size={20} />
          <span className="welcome__action-label">{t('welcome.open')}</span>
          <span className="welcome__action-hint">{t('welcome.openHint')}</span>
        </button>
        <button
          type="button"
          className="welcome__action"
          onClick={() =>
            void openExample(false).then((r) => {
              if (r.ok) navigate('dashboard');
              else setError(r.error);
            })
          }
        >
          <SparkleIcon size={20} />
          <span className="welcome__action-label">{t('welcome.example')}</span>
          <span className="welcome__action-hint">{t('welcome.exampleHint')}</span>
        </button>
      </div>
      <section className="welcome__recent" aria-labelledby="welcome-recent">
        <h2 className="section-title" id="welcome-recent">
          {t('welcome.recent')}
        </h2>
        {error ? <ErrorNotice error={error} onDismiss={() => setError(null)} /> : null}
        <RecentList files={recent} onOpen={(p) => void openRecent(p)} />
      </section>
    </div>
  );
}
