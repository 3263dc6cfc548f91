/** Renders the whole app on a fresh workspace, as a user would meet it. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../../renderer/app/Root';
import { openDatabase } from '../../renderer/data/database';
import { createWorkspace, type Workspace } from '../../renderer/data/workspace';
import type { Platform } from '../../renderer/platform';
import { createWebPlatform } from '../../renderer/platform/web';

export function renderApp(options: { platform?: Platform; workspace?: Workspace } = {}) {
  const workspace =
    options.workspace ?? createWorkspace(openDatabase(`ui-${Math.random().toString(36).slice(2)}`));
  const db = workspace.db;
  const user = userEvent.setup();
  const view = render(<Root workspace={workspace} platform={options.platform ?? createWebPlatform()} />);
  return { ...view, user, workspace, db };
}
