/**
 * Single-screen presentation mode: the audience layout over the whole run screen, full screen when
 * the platform allows it. Esc (or leaving full screen) returns to the run screen. The run screen's
 * keys keep working underneath, so the facilitator can still go to the next item or blank the wall.
 * It is a modal dialog (ui/Dialog.tsx) in the top layer. A `<dialog>` may not itself go full screen
 * (Fullscreen API), so a stage inside it does, which keeps it above the page in the top layer too.
 * Its Leave button shows only while the pointer moves (Esc always leaves) and never on a blank wall.
 */
import { useEffect, useRef } from 'react';
import type { Projection } from '../../domain/projection';
import { useShortcut } from '../../shortcuts/registry';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { AudienceView } from './AudienceView';
import { enterFullScreen, leaveFullScreen, useIsFullScreen } from './fullscreen';
import { usePointerActive } from './pointer-activity';

export function PresentationOverlay({
  projection,
  onLeave,
}: {
  projection: Projection;
  onLeave: () => void;
}) {
  const t = useT();
  const fullScreen = useIsFullScreen();
  const wasFullScreen = useRef(false);
  const stage = useRef<HTMLDivElement>(null);
  const pointerActive = usePointerActive();

  useEffect(() => leaveFullScreen, []);
  // The browser's own Esc ends full screen without a key event; leave the presentation with it.
  useEffect(() => {
    if (fullScreen) wasFullScreen.current = true;
    else if (wasFullScreen.current) onLeave();
  }, [fullScreen, onLeave]);

  useShortcut({ id: 'audience.leave', combo: { code: 'Escape' }, label: 'audience.shortcut.leave' }, onLeave);

  return (
    <Dialog
      title={t('audience.presentation')}
      hideTitle
      pageShortcuts
      onCancel={onLeave}
      onOpen={() => enterFullScreen(stage.current ?? undefined)}
      className="presentation-overlay"
    >
      <div ref={stage} className="presentation-stage">
        <AudienceView meetingId={projection.meetingId} projection={projection} />
        {projection.mode !== 'blank' && (
          <button type="button" className="audience-fullscreen" data-shown={pointerActive} onClick={onLeave}>
            {t('audience.leave')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
