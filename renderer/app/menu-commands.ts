/** Carries out the desktop menu's commands in this window. */
import { useEffect } from 'react';
import type { MenuCommand, Platform } from '../platform/platform';
import { usePlatform } from '../platform/react';
import { useExportUi } from '../state/export-ui';
import { useMeetingsUi } from '../state/meetings-ui';
import { navigate, parseRoute } from '../navigation/router';

export function useMenuCommands(): void {
  const platform = usePlatform();
  const openDialog = useMeetingsUi((state) => state.openDialog);
  const requestImport = useMeetingsUi((state) => state.requestImport);
  const openExport = useExportUi((state) => state.openExport);
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
        case 'show-restore':
          return navigate({ name: 'restore' });
        case 'show-register':
          return navigate({ name: 'register' });
        case 'import-meeting':
          navigate({ name: 'meetings' });
          return requestImport();
        case 'export-minutes':
          return exportMinutes(openExport);
        case 'audience-view':
          return openAudienceView(platform);
        case 'show-shortcuts':
          return showShortcuts();
      }
    }
    return platform.onMenuCommand(run);
  }, [platform, openDialog, requestImport, openExport]);
}

/**
 * Opens Export minutes for the meeting on screen (its preparation or run screen); anywhere else
 * the dialog asks the user to open a meeting first. The audience window ignores it.
 */
export function exportMinutes(openExport: (meetingId: string | undefined) => void): void {
  const hash = window.location.hash;
  if (/^#\/audience(\/|$)/.test(hash)) return;
  const route = parseRoute(hash);
  openExport(route.name === 'prepare' || route.name === 'run' ? route.meetingId : undefined);
}

/**
 * Opens the audience view of the meeting on screen (its preparation or run screen); anywhere else
 * it shows the meetings to pick one from. When no second window opens (main refuses it with a
 * single display, a browser may block it), F5 asks the run screen for its in-window presentation
 * mode. In the audience window itself the command does nothing, rather than put a facilitator's screen on
 * the wall.
 */
export function openAudienceView(platform: Platform): void {
  const hash = window.location.hash;
  if (/^#\/audience(\/|$)/.test(hash)) return;
  const route = parseRoute(hash);
  if (route.name !== 'prepare' && route.name !== 'run') return navigate({ name: 'meetings' });
  if (!platform.openAppWindow(`#/audience/${route.meetingId}`)) presentInThisWindow();
}

/** Presses F5 the way the keyboard does: the run screen's key for presenting on this screen. */
function presentInThisWindow(): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F5', code: 'F5', bubbles: true }));
}

/** Opens the shortcut help the same way the "?" key does. */
function showShortcuts(): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
}
