import { useTranslation } from 'react-i18next';
import { useApi, useAppStore } from '../store/context';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { CommandsProvider } from '../commands/CommandsProvider';
import { Shell } from './Shell';
import { navigate, useRoute, type ScreenId } from './router';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { SectorsScreen } from '../features/sectors/SectorsScreen';
import { StakeholdersScreen } from '../features/stakeholders/StakeholdersScreen';
import { NetworksScreen } from '../features/networks/NetworksScreen';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { IndicatorsScreen } from '../features/indicators/IndicatorsScreen';
import { WorkshopsScreen } from '../features/workshops/WorkshopsScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { ExportPdfDialog } from '../features/report/ExportPdfDialog';
import type { Route } from './router';
import { lazy, Suspense, type ReactElement } from 'react';
import { useQueryClient } from '@tanstack/react-query';

// The printable report (recharts and every chart) loads in its own chunk, only on its route.
const ReportScreen = lazy(() => import('../features/report/ReportScreen'));
// Presentation mode (the wall screen, issue 7): its own chunk, no app shell.
const PresentationScreen = lazy(() => import('../features/presentation/PresentationScreen').then((m) => ({ default: m.PresentationScreen })));
// Screens used now and then (the engagement grid, the self-assessment, merging a copy, settings
// with versions and translations) load on
// first use, so the first paint does not wait for them (issue 15: initial JavaScript budget).
const EngagementScreen = lazy(() => import('../features/engagement/EngagementScreen').then((m) => ({ default: m.EngagementScreen })));
const AssessmentScreen = lazy(() => import('../features/assessment/AssessmentScreen').then((m) => ({ default: m.AssessmentScreen })));
const MergeScreen = lazy(() => import('../features/merge/MergeScreen').then((m) => ({ default: m.MergeScreen })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const later = (screen: ReactElement) => <Suspense fallback={null}>{screen}</Suspense>;

const screenFor: Record<ScreenId, (route: Route) => ReactElement> = {
  dashboard: () => <DashboardScreen />,
  sectors: (r) => <SectorsScreen route={r} />,
  stakeholders: (r) => <StakeholdersScreen route={r} />,
  engagement: (r) => later(<EngagementScreen route={r} />),
  networks: (r) => <NetworksScreen route={r} />,
  actions: (r) => <ActionsScreen route={r} />,
  indicators: (r) => <IndicatorsScreen route={r} />,
  workshops: (r) => <WorkshopsScreen route={r} />,
  assessment: () => later(<AssessmentScreen />),
  settings: () => later(<SettingsScreen />),
  import: (r) => <ImportScreen route={r} />,
  merge: () => later(<MergeScreen />),
  report: (r) => (
    <Suspense fallback={null}>
      <ReportScreen route={r} />
    </Suspense>
  ),
  present: (r) => (
    <Suspense fallback={null}>
      <PresentationScreen route={r} />
    </Suspense>
  ),
};

function Screens() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const api = useApi();
  const route = useRoute();
  const status = useAppStore((s) => s.status);
  const hasPlan = useAppStore((s) => s.planFile !== null);

  // The printable report: one document, no app shell (it waits for the plan itself).
  if (route.screen === 'report') return screenFor.report(route);
  if (status === 'starting') {
    return (
      <Shell current={route.screen} withNav={false}>
        <p className="muted loading" role="status">
          {t('app.starting')}
        </p>
      </Shell>
    );
  }
  // Settings stay reachable without a plan; everything else needs one.
  if (!hasPlan && route.screen !== 'settings') {
    return (
      <Shell current={route.screen} withNav={false}>
        <WelcomeScreen />
      </Shell>
    );
  }
  // Presentation mode: full screen, no app shell.
  if (route.screen === 'present') return screenFor.present(route);
  return (
    <Shell current={route.screen} withNav={hasPlan}>
      {/* A screen that throws leaves the menus and navigation working; another screen starts afresh. */}
      <ErrorBoundary api={api} resetKey={route.screen} onHome={() => navigate('dashboard')} onRetry={() => void queries.resetQueries()}>
        {screenFor[route.screen](route)}
      </ErrorBoundary>
    </Shell>
  );
}

export function App() {
  const api = useApi();
  return (
    // The outer boundary catches what the screen's own cannot (the shell, the menus, a dialog).
    <ErrorBoundary api={api}>
      <CommandsProvider>
        <Screens />
        <ExportPdfDialog />
      </CommandsProvider>
    </ErrorBoundary>
  );
}
