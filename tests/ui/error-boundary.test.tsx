import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/app/ErrorBoundary';
import { LanguageProvider } from '../../renderer/i18n/react';

function Broken(): never {
  throw new Error('secret internal detail at renderer/features/x.tsx:12');
}

afterEach(() => vi.restoreAllMocks());

describe('the error boundary', () => {
  it('shows a calm message and a Reload button in the user language, never the error itself', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <LanguageProvider language="de">
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </LanguageProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Etwas ist schiefgelaufen');
    expect(alert.textContent).not.toContain('secret internal detail');
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeTruthy();
  });
});
