import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallFit } from '../../../../../shared/domain/wall';
import { CheckIcon, CircleIcon, ClockIcon, MinusCircleIcon, PlayIcon } from '../../../components/icons';
import type { ActionStatus } from '../../../../../shared/schemas/enums';

/**
 * The wall's chart parts: plain HTML in slide units (`--u`, one pixel of a 1920 px wall), so
 * labels wrap instead of being cut, values sit on the marks and every mark carries its word
 * or icon. Marks carry `data-mark` (their category) for the colour-vision checks.
 */
export const u = (px: number) => `calc(var(--u) * ${px})`;

export const statusIcons = { planned: CircleIcon, running: PlayIcon, completed: CheckIcon, late: ClockIcon, cancelled: MinusCircleIcon } as const;

/** The body of a chart slide: the chart, then its summary sentence and what was left out. */
export function WallFrame({ chart, summary, fit, children, aside }: { chart: string; summary: string; fit?: WallFit | null; children: ReactNode; aside?: ReactNode }) {
  return (
    <div className={`wall wall--${chart}`} data-marks={chart}>
      <div className={`wall__main${aside ? ' wall__main--aside' : ''}`}>
        <div className="wall__chart">{children}</div>
        {aside ? <div className="wall__aside">{aside}</div> : null}
      </div>
      <More fit={fit} />
      <p className="wall__summary">{summary}</p>
    </div>
  );
}

/** "and 32 more sectors": never a silent cut. */
export function More({ fit, count, unit }: { fit?: WallFit | null; count?: number; unit?: WallFit['unit'] }) {
  const { t } = useTranslation();
  const n = count ?? (fit ? fit.total - fit.shown : 0);
  const what = unit ?? fit?.unit ?? 'sectors';
  if (n <= 0) return null;
  return (
    <p className="wall__more" data-more={n}>
      {t(`presentation.wall.more.${what}`, { count: n })}
    </p>
  );
}

/** A key of swatches with words, for ramps and stacks whose segments are too many to name. */
export function Key({ items }: { items: { key: string; label: string; style: CSSProperties; icon?: ReactNode }[] }) {
  return (
    <ul className="wall__key" aria-hidden="true">
      {items.map((i) => (
        <li key={i.key}>
          <span className="wall__swatch" style={i.style}>
            {i.icon}
          </span>
          {i.label}
        </li>
      ))}
    </ul>
  );
}

export function StatusMark({ status, size = 26 }: { status: ActionStatus; size?: number }) {
  const Icon = statusIcons[status];
  return <Icon size={size} className="wall__icon" aria-hidden="true" />;
}

/** Label column | marks | value: one row of a bar chart. */
export function Row({ label, children, value, sub }: { label: ReactNode; children: ReactNode; value?: ReactNode; sub?: ReactNode }) {
  return (
    <div className="wall__row">
      <div className="wall__label">
        {label}
        {sub ? <span className="wall__sub">{sub}</span> : null}
      </div>
      <div className="wall__track">{children}</div>
      {value !== undefined ? <div className="wall__value">{value}</div> : null}
    </div>
  );
}

/** A segment of a bar, its width a share of the track; its words only where they fit. */
export function Segment({ share, mark, className, style, children, minShare = 0.07 }: { share: number; mark: string; className?: string; style?: CSSProperties; children?: ReactNode; minShare?: number }) {
  if (share <= 0) return null;
  return (
    <span className={`wall__seg${className ? ` ${className}` : ''}`} data-mark={mark} style={{ width: `${share * 100}%`, ...style }}>
      {share >= minShare ? children : null}
    </span>
  );
}
