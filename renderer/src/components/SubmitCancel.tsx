import type { ReactNode } from 'react';

/** A form's two buttons: submit (off while it saves) and cancel. */
export function SubmitCancel({ className, busy, submit, cancel, onCancel }: { className: string; busy: boolean; submit: ReactNode; cancel: ReactNode; onCancel: () => void }) {
  return (
    <div className={className}>
      <button type="submit" className="button button--primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
