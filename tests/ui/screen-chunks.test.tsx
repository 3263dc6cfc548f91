// Screens in their own chunks (renderer/app/screens.tsx): a screen whose chunk is loaded renders
// in the same commit, so React never shows (and then holds) the "Loading…" fallback for it.
import { screen } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DefinitionsScreen, loadScreenOf, RestoreScreen } from '../../renderer/app/screens';
import { renderWithProviders } from './render-with-providers';

const inSuspense = (element: ReactElement) => <Suspense fallback={<p>Chunk loading</p>}>{element}</Suspense>;

describe('screens loaded on demand', () => {
  it('renders a screen at once when its chunk was loaded first', async () => {
    await loadScreenOf({ name: 'definitions' });
    renderWithProviders(inSuspense(<DefinitionsScreen />));
    expect(screen.queryByText('Chunk loading')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Agreed definitions' })).toBeTruthy();
  });

  it('shows the fallback until the chunk of a screen not loaded yet arrives', async () => {
    renderWithProviders(inSuspense(<RestoreScreen />));
    expect(screen.getByText('Chunk loading')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Restore' })).toBeTruthy();
    expect(screen.queryByText('Chunk loading')).toBeNull();
  });
});
