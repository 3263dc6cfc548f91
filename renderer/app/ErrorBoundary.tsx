/**
 * Catches rendering errors so the user sees a calm message and a Reload button, never a stack
 * trace. The error goes to the console for developers; stored data is untouched by a render error.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/react';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tandem could not render a screen', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashScreen /> : this.props.children;
  }
}

function CrashScreen() {
  const t = useT();
  return (
    <div role="alert" className="crash">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('action.reload')}
      </button>
    </div>
  );
}
