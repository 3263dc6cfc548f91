/**
 * Carries out the desktop menu's commands in this window. Commands of screens that do not exist
 * yet (register, export, import, audience view, shortcuts) are ignored until those screens land.
 */
import { useEffect } from 'react';
import { usePlatform } from '../platform/react';
import { useMeetingsUi } from '../state/meetings-ui';
import { navigate } from './router';

export function useMenuCommands(): void {
  const platform = usePlatform();
  const openDialog = useMeetingsUi((state) => state.openDialog);
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'show-meetings') navigate({ name: 'meetings' });
        if (command === 'new-meeting') {
          navigate({ name: 'meetings' });
          openDialog({ kind: 'new' });
        }
      }),
    [platform, openDialog],
  );
}
