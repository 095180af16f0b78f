import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** 'sm' for confirmations, 'md' for forms. */
  size?: 'sm' | 'md' | 'lg';
  /** Extra id(s) that describe the dialog (a lead paragraph). */
  describedBy?: string;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape cancels,
 * and focus returns where it was. Mounted = open.
 */
export function Dialog({ title, onClose, children, size = 'md', describedBy }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element, the close button, so typing went nowhere
    // and Enter closed the dialog. React's autoFocus ran while the dialog was still closed (and
    // renders no attribute), so the dialog picks its own first focus: the control marked
    // data-autofocus (a confirmation's safe button), else the first field, else the first button.
    const body = dialog.querySelector('.dialog__body');
    const first =
      body?.querySelector<HTMLElement>('[data-autofocus]') ??
      body?.querySelector<HTMLElement>('input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled)') ??
      body?.querySelector<HTMLElement>('button:not(:disabled), [href]');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="dialog__head">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={() => onCloseRef.current()} aria-label={t('common.close')}>
          <CloseIcon size={16} />
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
