/**
 * The mirrored-screen safety of the run screen (Alt+M or this button): when the laptop's own screen
 * is shown to the room, the run screen hides private conflict points and who raised relationship
 * points, by the audience view's rule (domain/projection.ts). Its state stays in view beside the
 * audience controls and is remembered per meeting on this device (settings, never exported).
 */
import '../../styles/mirrored-screen.css';
import { useId } from 'react';
import { useWorkspace } from '../../data/provider';
import { useShortcut } from '../../shortcuts/registry';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';

interface MirroredScreenToggleProps {
  meetingId: string;
  mirrored: boolean;
}

export function MirroredScreenToggle({ meetingId, mirrored }: MirroredScreenToggleProps) {
  const t = useT();
  const stateId = useId();
  const { settings } = useWorkspace();
  const { run } = useWrite();
  const toggle = () => void run(() => settings.setMirroredScreen(meetingId, !mirrored));

  useShortcut(
    { id: 'run.mirroredScreen', combo: { code: 'KeyM', alt: true }, label: 'mirrored.shortcut' },
    toggle,
  );

  return (
    <div className={mirrored ? 'mirrored-screen is-on' : 'mirrored-screen'}>
      <button
        type="button"
        aria-pressed={mirrored}
        aria-keyshortcuts="Alt+M"
        aria-describedby={stateId}
        onClick={toggle}
      >
        {t('mirrored.toggle')}
      </button>
      <span id={stateId} role="status" className="mirrored-screen-state">
        {t(mirrored ? 'mirrored.on' : 'mirrored.off')}
      </span>
    </div>
  );
}
