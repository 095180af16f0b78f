import { useTranslation } from 'react-i18next';
import type { ActionStatus, Helix } from '../../../shared/schemas/enums';
import type { StatusSource } from '../../../shared/domain/action-status';
import { statusText } from '../../../shared/domain/statements/status';
import { CheckIcon, CircleIcon, ClockIcon, MinusCircleIcon, PlayIcon } from './icons';

/** A helix always shows its colour with its letter (second channel) and, here, its word. */
export function HelixBadge({ helix, short = false }: { helix: Helix; short?: boolean }) {
  const { t } = useTranslation();
  const word = t(`helix.${helix}`);
  return (
    <span className={`helix helix--${helix}`} title={short ? word : undefined}>
      <span className="helix__letter" aria-hidden="true">
        {t(`helixLetter.${helix}`)}
      </span>
      {short ? <span className="visually-hidden">{word}</span> : <span className="helix__word">{word}</span>}
    </span>
  );
}

const statusIcons = {
  planned: CircleIcon,
  running: PlayIcon,
  completed: CheckIcon,
  late: ClockIcon,
  cancelled: MinusCircleIcon,
} as const;

/** A status is colour + icon + word, the same on every screen. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  const Icon = statusIcons[status];
  return (
    <span className={`status status--${status}`}>
      <Icon size={14} />
      <span className="status__word">{t(`status.${status}`)}</span>
    </span>
  );
}

/**
 * An action's status: the derived one's colour and icon (one "late"), in words with what the
 * officer typed where the two differ ("Running (late: ended 31.12.2023)"). `compact` (a list's
 * narrow column) shows the derived word alone, the whole text as its tooltip and for screen readers.
 */
export function ActionStatusBadge({ action, compact = false }: { action: StatusSource & { derivedStatus: ActionStatus }; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const Icon = statusIcons[action.derivedStatus];
  const text = statusText(t, action, i18n.language);
  const word = t(`status.${action.derivedStatus}`);
  return (
    <span className={`status status--${action.derivedStatus}`} title={compact && text !== word ? text : undefined}>
      <Icon size={14} />
      {compact && text !== word ? (
        <>
          <span className="status__word" aria-hidden="true">
            {word}
          </span>
          <span className="visually-hidden">{text}</span>
        </>
      ) : (
        <span className="status__word">{text}</span>
      )}
    </span>
  );
}
