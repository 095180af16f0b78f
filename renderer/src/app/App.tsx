import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/context';
import { CommandsProvider } from '../commands/CommandsProvider';
import { Shell } from './Shell';
import { useRoute, type ScreenId } from './router';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { SectorsScreen } from '../features/sectors/SectorsScreen';
import { StakeholdersScreen } from '../features/stakeholders/StakeholdersScreen';
import { NetworksScreen } from '../features/networks/NetworksScreen';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { IndicatorsScreen } from '../features/indicators/IndicatorsScreen';
import { WorkshopsScreen } from '../features/workshops/WorkshopsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import type { Route } from './router';
import type { ReactElement } from 'react';

const screenFor: Record<ScreenId, (route: Route) => ReactElement> = {
  dashboard: () => <DashboardScreen />,
  sectors: (r) => <SectorsScreen route={r} />,
  stakeholders: (r) => <StakeholdersScreen route={r} />,
  networks: (r) => <NetworksScreen route={r} />,
  actions: (r) => <ActionsScreen route={r} />,
  indicators: (r) => <IndicatorsScreen route={r} />,
  workshops: (r) => <WorkshopsScreen route={r} />,
  settings: () => <SettingsScreen />,
};

function Screens() {
  const { t } = useTranslation();
  const route = useRoute();
  const status = useAppStore((s) => s.status);
  const hasPlan = useAppStore((s) => s.planFile !== null);

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
  return (
    <Shell current={route.screen} withNav={hasPlan}>
      {screenFor[route.screen](route)}
    </Shell>
  );
}

export function App() {
  return (
    <CommandsProvider>
      <Screens />
    </CommandsProvider>
  );
}
