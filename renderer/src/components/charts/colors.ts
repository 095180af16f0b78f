import { useEffect, useState } from 'react';
import { engagementLevels, type ActionStatus, type EngagementLevel, type Helix } from '../../../../shared/schemas/enums';

/**
 * Chart colours are CSS variables (styles/tokens.css and charts.css), one meaning each, read
 * here as values so SVG attributes, recharts props and exports carry real colours; read again
 * when the OS switches between light and dark.
 */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  bg: string;
  surface: string;
  gap: string;
  gapText: string;
  accent: string;
  outline: string;
  helix: Record<Helix, string>;
  status: Record<ActionStatus, string>;
  /** Six steps, aware → leading; `onRamp` is the text colour that reads on each. */
  ramp: Record<EngagementLevel, string>;
  onRamp: Record<EngagementLevel, string>;
  money: { planned: string; committed: string; spent: string };
  /** Categorical, for funding sources; shares no hue with the helices. */
  sources: string[];
  path: string;
}

const read = (): ChartColors => {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim() || '#888888';
  return {
    text: v('--text'),
    muted: v('--text-muted'),
    grid: v('--border'),
    bg: v('--bg'),
    surface: v('--surface-2'),
    gap: v('--gap'),
    gapText: v('--danger'),
    accent: v('--accent'),
    outline: v('--chart-outline'),
    helix: { business: v('--helix-business'), academia: v('--helix-academia'), public: v('--helix-public'), civil: v('--helix-civil') },
    status: {
      planned: v('--status-planned'), running: v('--status-running'), completed: v('--status-completed'), late: v('--status-late'), cancelled: v('--status-cancelled'),
    },
    ramp: Object.fromEntries(engagementLevels.map((l, i) => [l, v(`--engagement-${i + 1}`)])) as Record<EngagementLevel, string>,
    onRamp: Object.fromEntries(engagementLevels.map((l, i) => [l, v(`--on-engagement-${i + 1}`)])) as Record<EngagementLevel, string>,
    money: { planned: v('--money-planned'), committed: v('--money-committed'), spent: v('--money-spent') },
    sources: Array.from({ length: 8 }, (_, i) => v(`--source-${i + 1}`)),
    path: v('--chart-path'),
  };
};

export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(read());
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  return colors;
}
