import type { ComponentType, SVGProps } from 'react';
import {
  ActionsIcon,
  AssessmentIcon,
  DashboardIcon,
  IndicatorsIcon,
  NetworksIcon,
  SectorsIcon,
  SettingsIcon,
  StakeholdersIcon,
  WorkshopsIcon,
} from '../components/icons';
import type { ScreenId } from './router';

export const navItems: { id: ScreenId; icon: ComponentType<SVGProps<SVGSVGElement> & { size?: number }> }[] = [
  { id: 'dashboard', icon: DashboardIcon },
  { id: 'sectors', icon: SectorsIcon },
  { id: 'stakeholders', icon: StakeholdersIcon },
  { id: 'networks', icon: NetworksIcon },
  { id: 'actions', icon: ActionsIcon },
  { id: 'indicators', icon: IndicatorsIcon },
  { id: 'workshops', icon: WorkshopsIcon },
  { id: 'assessment', icon: AssessmentIcon },
  { id: 'settings', icon: SettingsIcon },
];
