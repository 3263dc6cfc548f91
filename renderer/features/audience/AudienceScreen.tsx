/**
 * The audience window (`#/audience/<meetingId>`), opened from the run screen and moved to the
 * projector. It has no app navigation; it follows the facilitator's window through live queries,
 * including the stored projection. Here F5 or the button goes full screen, Esc leaves it, and B
 * blanks the screen as in presentation software. The button shows only while the pointer moves
 * and never on a blank wall, which stays entirely black.
 */
import { toggleBlank } from '../../domain/projection';
import { useWorkspace } from '../../data/provider';
import { useProjection } from '../../data/queries/settings';
import { useShortcut } from '../../shortcuts/registry';
import { useT } from '../../i18n/react';
import { AudienceView } from './AudienceView';
import { canGoFullScreen, enterFullScreen, leaveFullScreen, useIsFullScreen } from './fullscreen';
import { usePointerActive } from './pointer-activity';

export function AudienceScreen({ meetingId }: { meetingId: string }) {
  const t = useT();
  const projection = useProjection(meetingId);
  const { settings } = useWorkspace();
  const setProjection = settings.setProjection;
  const fullScreen = useIsFullScreen();
  const pointerActive = usePointerActive();

  useShortcut(
    { id: 'audience.blank', combo: { code: 'KeyB' }, label: 'audience.shortcut.blank' },
    () => void (projection && setProjection(toggleBlank(projection))),
  );
  useShortcut(
    { id: 'audience.fullScreen', combo: { code: 'F5' }, label: 'audience.shortcut.fullScreen' },
    () => enterFullScreen(),
  );
  useShortcut(
    { id: 'audience.leave', combo: { code: 'Escape' }, label: 'audience.shortcut.leave' },
    leaveFullScreen,
  );

  if (!projection) return null;
  return (
    <main className="audience-window">
      <AudienceView meetingId={meetingId} projection={projection} />
      {!fullScreen && canGoFullScreen() && projection.mode !== 'blank' && (
        <button
          type="button"
          className="audience-fullscreen"
          data-shown={pointerActive}
          onClick={() => enterFullScreen()}
        >
          {t('audience.fullScreen')}
        </button>
      )}
    </main>
  );
}
