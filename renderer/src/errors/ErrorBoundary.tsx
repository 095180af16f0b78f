import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../api/api';
import type { ErrorReport } from '../../../shared/schemas/files';
import './error-page.css';

/** A short reference the user can quote; the host's log has it with the stack. */
export const newErrorRef = (): string => crypto.randomUUID().slice(0, 8);

/** Sends a caught error to the host's log (never throws: the report must not fail the page). */
export function reportError(api: Pick<Api, 'call'>, report: ErrorReport): void {
  void api.call('app.logError', report).catch(() => {});
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 2000);
const stackOf = (e: unknown): string | undefined => (e instanceof Error && e.stack ? e.stack.slice(0, 20_000) : undefined);

/**
 * Promise rejections and errors nobody caught: logged under a reference and shown in the
 * app-wide alert (the internal-error message names the reference). Returns the uninstaller.
 */
export function catchUnhandled(api: Pick<Api, 'call'>, alert: (ref: string) => void): () => void {
  const onRejection = (e: PromiseRejectionEvent) => {
    const ref = newErrorRef();
    reportError(api, { ref, source: 'unhandledRejection', message: messageOf(e.reason), ...(stackOf(e.reason) ? { stack: stackOf(e.reason) } : {}) });
    alert(ref);
  };
  const onError = (e: ErrorEvent) => {
    const ref = newErrorRef();
    reportError(api, { ref, source: 'error', message: messageOf(e.error ?? e.message), ...(stackOf(e.error) ? { stack: stackOf(e.error) } : {}) });
    alert(ref);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return () => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  };
}

function Fallback({ errorRef, onRetry, onHome }: { errorRef: string; onRetry: () => void; onHome?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-boundary" role="alert" data-error-ref={errorRef}>
      <h2>{t('errors.boundary.title')}</h2>
      <p>{t('errors.boundary.message', { ref: errorRef })}</p>
      <p className="error-boundary__actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('errors.boundary.retry')}
        </button>
        {onHome ? (
          <button type="button" className="button" onClick={onHome}>
            {t('errors.boundary.home')}
          </button>
        ) : null}
      </p>
    </div>
  );
}

interface Props {
  api: Pick<Api, 'call'>;
  /** A change (the route) clears the error: moving to another screen starts afresh. */
  resetKey?: string;
  onHome?: () => void;
  /** Before trying again: forget what may have broken it (cached answers). */
  onRetry?: () => void;
  children: ReactNode;
}

/** A screen that throws while rendering shows a friendly message with a reference instead of a blank page. */
export class ErrorBoundary extends Component<Props, { ref: string | null; key: string | undefined }> {
  override state = { ref: null as string | null, key: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: { ref: string | null; key: string | undefined }) {
    return props.resetKey !== state.key ? { ref: null, key: props.resetKey } : null;
  }

  static getDerivedStateFromError() {
    return { ref: newErrorRef() };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    const ref = this.state.ref ?? newErrorRef();
    const stack = [stackOf(error), info.componentStack].filter(Boolean).join('\n').slice(0, 20_000);
    reportError(this.props.api, { ref, source: 'render', message: messageOf(error), ...(stack ? { stack } : {}) });
  }

  override render() {
    if (this.state.ref === null) return this.props.children;
    return <Fallback errorRef={this.state.ref} onRetry={() => {
          this.props.onRetry?.();
          this.setState({ ref: null });
        }} {...(this.props.onHome ? { onHome: this.props.onHome } : {})} />;
  }
}
