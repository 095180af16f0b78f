import { useEffect, useState } from 'react';
import { actionStatuses, engagementLevels, type ActionStatus, type EngagementLevel, type Helix } from '../../../../shared/schemas/enums';

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
  /** Status as a mark's fill (four lightness steps), and the text that reads on it. */
  status: Record<ActionStatus, string>;
  onStatus: Record<ActionStatus, string>;
  /** Six steps, aware → leading; `onRamp` is the text colour that reads on each. */
  ramp: Record<EngagementLevel, string>;
  onRamp: Record<EngagementLevel, string>;
  money: { planned: string; committed: string; spent: string };
  /** Categorical, for the four largest funding sources; shares no hue with the helices. */
  sources: string[];
  /** The rest of the sources, grouped. */
  sourceOther: string;
  /** The "today" line: neutral, never the colour of "late". */
  today: string;
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
    status: Object.fromEntries(actionStatuses.map((s) => [s, v(`--fill-${s}`)])) as Record<ActionStatus, string>,
    onStatus: Object.fromEntries(actionStatuses.map((s) => [s, v(`--on-fill-${s}`)])) as Record<ActionStatus, string>,
    ramp: Object.fromEntries(engagementLevels.map((l, i) => [l, v(`--engagement-${i + 1}`)])) as Record<EngagementLevel, string>,
    onRamp: Object.fromEntries(engagementLevels.map((l, i) => [l, v(`--on-engagement-${i + 1}`)])) as Record<EngagementLevel, string>,
    money: { planned: v('--money-planned'), committed: v('--money-committed'), spent: v('--money-spent') },
    sources: Array.from({ length: 4 }, (_, i) => v(`--source-${i + 1}`)),
    sourceOther: v('--source-other'),
    today: v('--text'),
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
