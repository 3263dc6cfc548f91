/**
 * The screens as commands without keys, for the Ctrl+K palette (shortcuts/registry.ts): the four
 * main screens always, and for the meeting on screen its preparation, its live run, its audience
 * view and Export minutes. They run what the desktop menu runs (menu-commands.ts).
 */
import { usePlatform } from '../platform/react';
import { useExportUi } from '../state/export-ui';
import { navigate, useRoute } from '../navigation/router';
import { useCommand } from '../shortcuts/registry';
import { exportMinutes, openAudienceView } from './menu-commands';

export function ScreenCommands() {
  const route = useRoute();
  const platform = usePlatform();
  const openExport = useExportUi((state) => state.openExport);
  const meetingId = route.name === 'prepare' || route.name === 'run' ? route.meetingId : undefined;
  const inMeeting = meetingId !== undefined;

  useCommand({ id: 'screen.meetings', label: 'nav.meetings' }, () => navigate({ name: 'meetings' }));
  useCommand({ id: 'screen.register', label: 'register.nav' }, () => navigate({ name: 'register' }));
  useCommand({ id: 'screen.definitions', label: 'nav.definitions' }, () => navigate({ name: 'definitions' }));
  useCommand({ id: 'screen.people', label: 'people.nav' }, () => navigate({ name: 'people' }));
  useCommand({ id: 'screen.trends', label: 'trends.nav' }, () => navigate({ name: 'trends' }));
  useCommand(
    { id: 'screen.prepare', label: 'palette.prepare' },
    () => meetingId && navigate({ name: 'prepare', meetingId }),
    inMeeting && route.name !== 'prepare',
  );
  useCommand(
    { id: 'screen.run', label: 'palette.run' },
    () => meetingId && navigate({ name: 'run', meetingId }),
    inMeeting && route.name !== 'run',
  );
  useCommand(
    { id: 'screen.audience', label: 'palette.audience' },
    () => openAudienceView(platform),
    inMeeting,
  );
  useCommand({ id: 'screen.export', label: 'export.open' }, () => exportMinutes(openExport), inMeeting);
  return null;
}
