import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n';

interface State {
  error: Error | null;
}

/**
 * Catches a crash in any screen and shows a friendly message with a reload button. It never
 * touches the database: whatever was saved stays saved, drafts included.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Kader Desa crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="kd-crash" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <button type="button" className="kd-btn" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <details>
          <summary>{t('error.detail')}</summary>
          <pre>{String(error.stack ?? error.message)}</pre>
        </details>
      </main>
    );
  }
}
