/** Carries out the desktop menu's commands in this window. */
import { useEffect } from 'react';
import type { MenuCommand } from '../platform/platform';
import { usePlatform } from '../platform/react';
import { useMeetingsUi } from '../state/meetings-ui';
import { navigate } from './router';

export function useMenuCommands(): void {
  const platform = usePlatform();
  const openDialog = useMeetingsUi((state) => state.openDialog);
  useEffect(() => {
    function run(command: MenuCommand) {
      switch (command) {
        case 'new-meeting':
          navigate({ name: 'meetings' });
          return openDialog({ kind: 'new' });
        case 'show-meetings':
          return navigate({ name: 'meetings' });
        case 'show-people':
          return navigate({ name: 'people' });
        case 'show-definitions':
          return navigate({ name: 'definitions' });
        case 'show-shortcuts':
          return showShortcuts();
      }
    }
    return platform.onMenuCommand(run);
  }, [platform, openDialog]);
}

/** Opens the shortcut help the same way the "?" key does. */
function showShortcuts(): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
}
