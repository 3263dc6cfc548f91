/**
 * Renders one component inside the app's providers, on a fresh workspace, in the chosen language,
 * beside the app shell's undo notice (which offers what the component deleted, and hears Ctrl+Z).
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { UndoHost } from '../../renderer/app/UndoHost';
import { openDatabase } from '../../renderer/data/database';
import { WorkspaceProvider } from '../../renderer/data/provider';
import { createWorkspace, type Workspace } from '../../renderer/data/workspace';
import type { Language } from '../../renderer/domain/types';
import { LanguageProvider } from '../../renderer/i18n/react';
import { PlatformProvider } from '../../renderer/platform/react';
import { createWebPlatform } from '../../renderer/platform/web';

/** A workspace on a database no other test shares. */
export function freshWorkspace(): Workspace {
  return createWorkspace(openDatabase(`ui-${Math.random().toString(36).slice(2)}`));
}

export function renderWithProviders(
  element: ReactElement,
  options: { language?: Language; workspace?: Workspace } = {},
) {
  const workspace = options.workspace ?? freshWorkspace();
  const db = workspace.db;
  const user = userEvent.setup();
  const view = render(
    <WorkspaceProvider workspace={workspace}>
      <PlatformProvider platform={createWebPlatform()}>
        <LanguageProvider language={options.language ?? 'en'}>
          {element}
          <UndoHost />
        </LanguageProvider>
      </PlatformProvider>
    </WorkspaceProvider>,
  );
  return { ...view, user, workspace, db };
}
