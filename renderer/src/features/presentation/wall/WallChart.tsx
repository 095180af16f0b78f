import type { ReactNode } from 'react';
import type { AgendaChart } from '../../../../../shared/schemas/agenda';
import { wallCapacity, wallFit } from '../../../../../shared/domain/wall';
import type { ChartContext } from '../../dashboard/common';
import { WallCoverage, WallLevels, WallNetworkMap, WallNetworks, WallStakeholders } from './coverage';
import { WallActions, WallMoneySector, WallMoneySource, WallMoneyYear, WallTimeline } from './progress';
import { WallIndicators, WallOverTime } from './lines';
import './wall.css';

/** A Dashboard chart in its wall layout: the rows one slide holds, the rest counted ("and N more"). */
export function WallChart({ chart, c, title }: { chart: AgendaChart; c: ChartContext; title: string }): ReactNode {
  const fit = wallFit(chart, c.d, title);
  switch (chart) {
    case 'coverageMatrix':
      return <WallCoverage c={c} fit={fit} />;
    case 'networkMatrix':
      return <WallNetworks c={c} fit={fit} />;
    case 'stakeholderBase':
      return <WallStakeholders c={c} title={title} />;
    case 'engagementLevels':
      return <WallLevels c={c} fit={fit} />;
    case 'engagementOverTime':
      return <WallOverTime c={c} title={title} />;
    case 'networkMap':
      return <WallNetworkMap c={c} fit={fit} />;
    case 'actionsBySector':
      return <WallActions c={c} fit={fit} />;
    case 'moneyBySector':
      return <WallMoneySector c={c} fit={fit} />;
    case 'moneyBySource':
      return <WallMoneySource c={c} />;
    case 'moneyByYear':
      return <WallMoneyYear c={c} />;
    case 'timeline':
      return <WallTimeline c={c} fit={fit} cap={wallCapacity('timeline', title)} />;
    case 'indicators':
      return <WallIndicators c={c} fit={fit} />;
  }
}
